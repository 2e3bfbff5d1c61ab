package dev.tamiz.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextFoldTest {

    @Test
    void hygienicDropsInvisiblesAndUnifiesSpaces() {
        assertEquals("a b\u200Cc d", TextFold.hygienic(" a\u00A0b\u200Cc\u200F\u202E\tdx".replace("x", "\u0007")));
        assertEquals("\uD83D\uDE00 ok", TextFold.hygienic("\uD83D\uDE00 ok\uD800"));
        assertEquals("x", TextFold.hygienic("\uE000x\u0378"));
        String plain = "plain text, متن ساده";
        assertSame(plain, TextFold.hygienic(plain));
    }

    /** {@link TextFold#hygienic} agrees with its definition, char by char, on random mixes of what it drops. */
    @Test
    void hygienicAgreesWithItsDefinition() {
        char[] pool = {'a', ' ', '\t', '\u00A0', '\u2009', '\u200C', '\u200D', '\u200F', '\u202E', '\u0007', '\u0000',
            '\uE000', '\u0378', '\uD83D', '\uDE00', 'س', '\u3000', '\n', '\u00AD', 'Z', '\u0640'};
        java.util.Random rnd = new java.util.Random(11);
        for (int k = 0; k < 20_000; k++) {
            char[] t = new char[rnd.nextInt(12)];
            for (int i = 0; i < t.length; i++) {
                t[i] = pool[rnd.nextInt(pool.length)];
            }
            String text = new String(t);
            StringBuilder want = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int type = Character.getType(c);
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))
                        : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                boolean drop = c == '\u0640' || (type == Character.CONTROL && c != '\t')
                        || (type == Character.FORMAT && c != '\u200C')
                        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                        || (type == Character.SURROGATE && !paired);
                if (!drop) {
                    want.append(c == '\t' || type == Character.SPACE_SEPARATOR ? ' ' : c);
                }
            }
            String w = want.toString();
            int a = 0;
            int b = w.length();
            while (a < b && (w.charAt(a) == '\u200C' || Character.isWhitespace(w.charAt(a)))) {
                a++;
            }
            while (b > a && (w.charAt(b - 1) == '\u200C' || Character.isWhitespace(w.charAt(b - 1)))) {
                b--;
            }
            assertEquals(w.substring(a, b), TextFold.hygienic(text), () -> "for " + text.chars()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void keyFoldsCaseLettersDigitsAndPunctuation() {
        assertEquals("search", TextFold.key("  [SEARCH]  "));
        assertEquals("کی ی", TextFold.key("كي\u200Cى"));
        assertEquals("لینک مطلب 123", TextFold.key("لینک مطلب: ۱۲۳"));
        assertEquals("اسلام", TextFold.key("إِسلام"));
        assertEquals("ss strasse", TextFold.key("SS Stra\u00DFe"));
        assertEquals("ab", TextFold.key("\uD835\uDC00B")); // outside the BMP: mathematical bold A
        assertEquals("", TextFold.key("!!! ... ---"));
    }

    /**
     * The key as its definition reads: NFKC_Casefold of the whole text (ZWNJ a space), then each code point folded,
     * dropped (marks, tatweel, format chars) or made a word break (anything else that is not a letter or digit),
     * spaces collapsed and trimmed. {@link TextFold#key} takes a one-char path where
     * the normaliser's segments allow it; the two must agree.
     */
    private static String referenceKey(String text) {
        String s = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance().normalize(text.replace('\u200C', ' '));
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            int cp = TextFold.foldArabic(c);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || cp == 0x0640 || type == Character.FORMAT) {
                return;
            }
            if (Character.isLetterOrDigit(cp)) {
                int digit = Character.digit(cp, 10);
                sb.appendCodePoint(digit >= 0 && cp > 0x7F ? '0' + digit : cp);
            } else {
                sb.append(' ');
            }
        });
        return sb.toString().replaceAll(" +", " ").strip();
    }

    @Test
    void keyAgreesWithNormalisingTheWholeText() {
        // chars whose normalisation depends on their neighbours: composing marks, Hangul jamo, compatibility forms,
        // ZWNJ, format chars, surrogate pairs and lone surrogates, with plain letters between them
        String alphabet = "aAeE\u0301\u0308\u0327\u0651\u064E\u0653\u0654\u0627\u0648\u064A\u06CC"
                + "\u1100\u1161\u11A8\uAC00\uFB50\uFE8D\uFDFC\uFDF2\u00BD\u2460\u00DF\u0130\u200C\u200D"
                + "\u200F\u0640 .,\u06F1\u0661\uD835\uDC00\uD83D\uDE00\uD800\u0345\u0399\u1E9E\u3099\u304B";
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertEquals(referenceKey(text), TextFold.key(text), () -> "key of " + text.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void splitAndWordsAgree() {
        String k = TextFold.key("one, two; three");
        assertEquals(3, TextFold.words(k));
        assertEquals(3, TextFold.split(k).length);
        assertEquals("three", TextFold.split(k)[2]);
        assertEquals(0, TextFold.split("").length);
    }
}
