package dev.tamiz.lang;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The detector sums a word's feature rows from the packed table, eight languages to a long in 16-bit lanes; the sums
 * must be those of adding the costs one by one, for models of 1 to 20 languages and words of up to
 * {@link Features#MAX_WORD} letters of the highest cost (the lanes' worst case).
 */
class PackedRowsTest {

    private static NgramModel randomModel(int langs, int bits, Random rnd, boolean worst) {
        String[] tags = new String[langs];
        for (int k = 0; k < langs; k++) {
            tags[k] = "l" + k;
        }
        byte[] table = new byte[(1 << bits) * langs];
        for (int i = 0; i < table.length; i++) {
            table[i] = (byte) (worst ? 255 : rnd.nextInt(256));
        }
        return new NgramModel(Features.LATN, tags, bits, table, new int[langs]);
    }

    @Test
    void packedSumsAreTheByteSums() {
        Random rnd = new Random(11);
        for (int langs : new int[] {1, 2, 7, 8, 9, 15, 16, 17, 20}) {
            for (boolean worst : new boolean[] {false, true}) {
                NgramModel model = randomModel(langs, 10, rnd, worst);
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 60; w++) {
                    int len = w < 3 ? 60 : 1 + rnd.nextInt(14);   // the first words pass MAX_WORD letters
                    for (int i = 0; i < len; i++) {
                        sb.append((char) ('a' + rnd.nextInt(26)));
                    }
                    sb.append(' ');
                }
                String text = sb.toString();
                NgramLanguageDetector.WordList wl = new NgramLanguageDetector.WordList();
                wl.setStride(langs);
                wl.split(text, 0, text.length());
                char[] w = new char[Features.MAX_WORD + 2];
                int[] expected = new int[langs];
                int[] word = {0};
                Features.words(text, 0, text.length(), w, (sc, s, e, letters, m) -> {
                    java.util.Arrays.fill(expected, 0);
                    Features.emit(letters, m, h -> {
                        for (int k = 0; k < langs; k++) {
                            expected[k] += model.cost(h & model.mask, k);
                        }
                    });
                    int base = wl.costs(word[0], model);
                    int[] got = java.util.Arrays.copyOfRange(wl.feat, base, base + langs);
                    assertArrayEquals(expected, got, langs + " languages, word " + word[0]);
                    word[0]++;
                });
                assertEquals(60, word[0]);
            }
        }
    }

    @Test
    void theFileKeepsItsBytes() throws IOException {
        Random rnd = new Random(5);
        byte[] table = new byte[(1 << 8) * 9];
        rnd.nextBytes(table);
        NgramModel model = new NgramModel(Features.CYRL, new String[] {"a", "b", "c", "d", "e", "f", "g", "h", "i"},
                8, table, new int[9]);
        assertArrayEquals(table, model.table());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NgramModel.write(List.of(model), out);
        NgramModel back = NgramModel.read(new java.io.ByteArrayInputStream(out.toByteArray())).get(0);
        assertArrayEquals(table, back.table());
        assertArrayEquals(model.packed, back.packed);
    }
}
