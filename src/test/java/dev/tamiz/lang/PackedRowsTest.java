package dev.tamiz.lang;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector sums a word's feature rows from the packed table, eight languages to a long in 16-bit lanes, over the
 * word refolded from its own range; the sums must be those of adding the costs one by one over the words of a walk
 * of the whole text, for models of 1 to 20 languages, words past {@link Features#MAX_WORD} letters and of the
 * highest cost (the lanes' worst case), with apostrophes and skipped marks inside.
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
                        // inside words: apostrophes (kept as letters), ZWJ and a combining accent (skipped)
                        if (i + 1 < len && rnd.nextInt(9) == 0) {
                            sb.append(new String[] {"'", "\u2019", "\u200D", "\u0301"}[rnd.nextInt(4)]);
                        }
                    }
                    sb.append(w % 5 == 4 ? ". " : " ");
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

    /** Rows are kept for the first ROW_CACHE words; later words are scored into a scratch slot, to the same sums. */
    @Test
    void wordsPastTheRowCacheGetTheSameRows() {
        NgramModel model = randomModel(9, 12, new Random(2), false);
        String[] unit = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"};
        StringBuilder sb = new StringBuilder();
        int words = NgramLanguageDetector.WordList.ROW_CACHE + 3 * unit.length;
        for (int i = 0; i < words; i++) {
            sb.append(unit[i % unit.length]).append(i % 11 == 10 ? ". " : " ");
        }
        String text = sb.toString();
        NgramLanguageDetector.WordList wl = new NgramLanguageDetector.WordList();
        wl.setStride(9);
        wl.split(text, 0, text.length());
        assertEquals(words, wl.n);
        int[][] first = new int[unit.length][];
        for (int i = 0; i < unit.length; i++) {
            int base = wl.costs(i, model);
            first[i] = java.util.Arrays.copyOfRange(wl.feat, base, base + 9);
        }
        for (int i = NgramLanguageDetector.WordList.ROW_CACHE - unit.length; i < words; i++) {
            int base = wl.costs(i, model);
            assertArrayEquals(first[i % unit.length], java.util.Arrays.copyOfRange(wl.feat, base, base + 9),
                    "word " + i);
        }
        for (int i = 0; i < unit.length; i++) {
            int base = wl.costs(i, model);
            assertEquals(i * 9, base);
            assertArrayEquals(first[i], java.util.Arrays.copyOfRange(wl.feat, base, base + 9), "cached word " + i);
        }
    }

    /**
     * Rows kept from earlier calls on a thread's word list ({@link NgramLanguageDetector.RowCache}) are the rows a
     * fresh list computes: over many more distinct words than the cache has slots (so slots are replaced), words of
     * every length around the longest kept, repeated in later calls, under two models of one script in turn (a
     * cache answers for its own model only), with the distinctive-letter costs of real tags.
     */
    @Test
    void rowsKeptFromEarlierCallsAreTheRowsOfTheModel() {
        Random rnd = new Random(17);
        String[] tags = {"en", "de", "fr", "es", "tr", "az", "uz", "tk", "kmr"};
        NgramModel[] models = new NgramModel[2];
        for (int k = 0; k < 2; k++) {
            byte[] table = new byte[(1 << 12) * tags.length];
            rnd.nextBytes(table);
            models[k] = new NgramModel(Features.LATN, tags, 12, table, new int[tags.length]);
            models[k].penalty = NgramLanguageDetector.penalties(models[k]);
            models[k].letterMask = NgramLanguageDetector.letterMasks(models[k]);
            models[k].absence = NgramLanguageDetector.absenceCosts(models[k]);
        }
        String letters = "abcdeßñışğə";
        String[] vocabulary = new String[3 * NgramLanguageDetector.RowCache.SLOTS];
        for (int v = 0; v < vocabulary.length; v++) {
            StringBuilder w = new StringBuilder();
            int len = 1 + rnd.nextInt(NgramLanguageDetector.RowCache.KEY + 3);
            for (int i = 0; i < len; i++) {
                w.append(letters.charAt(rnd.nextInt(v < 40 ? 3 : letters.length())));
            }
            vocabulary[v] = w.toString();
        }
        NgramLanguageDetector.WordList kept = new NgramLanguageDetector.WordList();
        kept.setStride(tags.length);
        int hits = 0;
        for (int call = 0; call < 400; call++) {
            NgramModel model = models[(call / 50) % 2];
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                // mostly a few frequent words, as in text, and some of the rest
                int v = rnd.nextInt(4) == 0 ? rnd.nextInt(vocabulary.length) : rnd.nextInt(40);
                sb.append(vocabulary[v]).append(' ');
            }
            String text = sb.toString();
            kept.split(text, 0, text.length());
            NgramLanguageDetector.WordList fresh = new NgramLanguageDetector.WordList();
            fresh.setStride(tags.length);
            fresh.split(text, 0, text.length());
            assertEquals(fresh.n, kept.n);
            for (int i = 0; i < kept.n; i++) {
                int a = kept.costs(i, model);
                int b = fresh.costs(i, model);
                assertArrayEquals(java.util.Arrays.copyOfRange(fresh.feat, b, b + tags.length),
                        java.util.Arrays.copyOfRange(kept.feat, a, a + tags.length), "call " + call + ", word " + i);
                assertArrayEquals(java.util.Arrays.copyOfRange(fresh.pen, b, b + tags.length),
                        java.util.Arrays.copyOfRange(kept.pen, a, a + tags.length), "call " + call + ", word " + i);
            }
            hits += kept.rowCacheHits();
        }
        // the frequent words were answered from the cache, so the comparison covered kept rows
        assertTrue(hits > 400 * 30, "hits " + hits);
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
