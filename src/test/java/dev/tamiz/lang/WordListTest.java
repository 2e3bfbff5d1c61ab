package dev.tamiz.lang;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector's word list stands in for several scans of the text: the letters per script class and the marks of
 * a char-by-char count, {@link Segments#countWords} for the segments, a walk of each segment of its own, and a
 * search for Arabic and Farsi yeh in the words scored. Checked here against those scans on random texts made of the
 * characters where they could disagree.
 */
class WordListTest {

    /** Letters of three scripts, apostrophes, marks, ZWJ/ZWNJ, tatweel, combining marks, digits, a surrogate pair,
     *  a lone surrogate, and long words. */
    private static final String[] PIECES = {
        "a", "b", "Z", "é", "ı", "ب", "ی", "ي", "ک", "ه", "д", "Ж", "'", "\u2019", "\u02BB", "`", ".", "!", "?",
        "\u061F", "\u06D4", "\u2026", "\n", "«", "»", "\u201C", "\u201D", "\u201E", "\"", "\u2039", "\u203A",
        "\uFD3E", "\uFD3F", "\u200D", "\u200C", "\u0640", "\u064E", "\u0301", "\u00AD", "1", " ", " ", " ", ",",
        "\uD835\uDC00", "\uD800", "א", "क", "\u093F", "漢", "か", "don't", "rock'n'roll", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnop",
        "بسیاربسیاربسیاربسیاربسیاربسیاربسیاربسیاربسیار", "One two three. ", "یک دو سه چهار. ", "«این یک نقل قول است» ",
    };

    private static String randomText(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** The detector's former first pass: letters per script class, and marks and sentence ends before the end. */
    private static int[] charByChar(String text) {
        int len = text.length();
        int[] out = new int[Features.CLASSES + 2];
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1))) {
                out[Features.script(Character.toCodePoint(c, text.charAt(i + 1)))]++;
                i++;
            } else {
                byte sc = Features.SCRIPT[c];
                out[sc]++;
                if (sc == Features.NONE && i + 1 < len && Segments.isMark(c)) {
                    out[Features.CLASSES]++;
                    if (Segments.isSentenceEnd(c)) {
                        out[Features.CLASSES + 1]++;
                    }
                }
            }
        }
        out[Features.NONE] = 0;
        out[Features.SKIP] = 0;
        return out;
    }

    private static NgramLanguageDetector.WordList split(String text) {
        NgramLanguageDetector.WordList wl = new NgramLanguageDetector.WordList();
        return wl.split(text, 0, text.length());
    }

    /** The list's own walk finds the words of {@link Features#words}: same script, offsets, letters and hash. */
    @Test
    void theWordsAreThoseOfTheFeatureWalk() {
        Random rnd = new Random(8);
        for (int t = 0; t < 20000; t++) {
            String text = randomText(rnd);
            int from = rnd.nextInt(4) == 0 ? rnd.nextInt(text.length() + 1) : 0;
            int to = rnd.nextInt(4) == 0 ? from + rnd.nextInt(text.length() - from + 1) : text.length();
            NgramLanguageDetector.WordList wl = new NgramLanguageDetector.WordList();
            // a CharSequence that is no String takes the other way in
            wl.split(t % 2 == 0 ? text : new StringBuilder(text), from, to);
            java.util.List<String> expected = new java.util.ArrayList<>();
            Features.words(text, from, to, new char[Features.MAX_WORD + 2], (sc, s, e, w, m) ->
                    expected.add(sc + " " + s + " " + e + " [" + new String(w, 0, m + 2) + "] "
                            + Features.wordHash(w, m)));
            java.util.List<String> got = new java.util.ArrayList<>();
            for (int i = 0; i < wl.n; i++) {
                got.add(wl.script[i] + " " + wl.start[i] + " " + wl.end[i] + " [" + wl.padded(i) + "] " + wl.hash(i));
            }
            assertEquals(expected, got, text + " [" + from + ", " + to + ")");
        }
    }

    @Test
    void countsAgreeWithScanningTheText() {
        Random rnd = new Random(6);
        for (int t = 0; t < 20000; t++) {
            String text = randomText(rnd);
            NgramLanguageDetector.WordList wl = split(text);
            int[] expected = charByChar(text);
            int[] got = new int[Features.CLASSES + 2];
            System.arraycopy(wl.letters, 0, got, 0, Features.CLASSES);
            // only whether there are marks and sentence ends matters
            expected[Features.CLASSES] = Math.min(1, expected[Features.CLASSES]);
            expected[Features.CLASSES + 1] = Math.min(1, expected[Features.CLASSES + 1]);
            got[Features.CLASSES] = wl.marked ? 1 : 0;
            got[Features.CLASSES + 1] = wl.ended ? 1 : 0;
            assertArrayEquals(expected, got, text);
            for (char yeh : new char[] {'\u064A', '\u06CC'}) {
                for (int a = 0; a < text.length(); a += 1 + text.length() / 7) {
                    for (int b = a; b <= text.length(); b += 1 + text.length() / 5) {
                        assertEquals(text.substring(a, b).indexOf(yeh) >= 0, wl.holds(yeh, a, b), text);
                    }
                }
                for (int q = 0; q < 20; q++) {
                    int a = rnd.nextInt(text.length() + 1);
                    int b = a + rnd.nextInt(text.length() - a + 1);
                    assertEquals(text.substring(a, b).indexOf(yeh) >= 0, wl.holds(yeh, a, b), text);
                }
            }
            for (byte script : new byte[] {Features.LATN, Features.ARAB, Features.CYRL}) {
                wl.countScript(script);
                assertEquals(Segments.countWords(text, 0, text.length(), script), wl.count(0, text.length()), text);
                int[] segs = Segments.find(text, script, wl);
                assertArrayEquals(Segments.find(text, script), segs, text);
                // and from the marks the walk kept
                assertArrayEquals(segs, wl.segments(script), text);
                for (int i = 0; segs != null && i < segs.length; i += Segments.FIELDS) {
                    int a = wl.lower(segs[i]);
                    int b = wl.lower(segs[i + 1]);
                    // a segment is a range of the word list: it is scored from the rows the paragraph computed
                    assertTrue(wl.aligned(a, b, segs[i], segs[i + 1], script),
                            text + " @" + segs[i] + ".." + segs[i + 1]);
                    NgramLanguageDetector.WordList own = new NgramLanguageDetector.WordList();
                    own.split(text, segs[i], segs[i + 1]);
                    assertEquals(ofScript(wl, a, b, script), ofScript(own, 0, own.n, script), text);
                }
            }
        }
    }

    /** The words of {@code script} in words {@code [a, b)}: offsets and folded letters. */
    private static String ofScript(NgramLanguageDetector.WordList wl, int a, int b, byte script) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            if (wl.script[k] == script) {
                sb.append(wl.start[k]).append('-').append(wl.end[k]).append(':').append(wl.m[k]).append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void lowerFindsTheFirstWordStartingAtOrAfterAnOffset() {
        Random rnd = new Random(9);
        for (int t = 0; t < 300; t++) {
            String text = randomText(rnd);
            NgramLanguageDetector.WordList wl = split(text);
            for (int q = 0; q < 50; q++) {
                int pos = q % 10 == 0 ? q / 10 : rnd.nextInt(text.length() + 2);
                int expect = 0;
                while (expect < wl.n && wl.start[expect] < pos) {
                    expect++;
                }
                assertEquals(expect, wl.lower(pos), text + " @" + pos);
            }
        }
    }

    @Test
    void aQuotationMayCutAWordOfAnotherScriptOnly() {
        // the quotation starts at a letter: the Devanagari vowel sign before it (a word's first char) is trimmed
        String text = "One two three four. \"\u093F\u0915 five six seven\" eight nine.";
        NgramLanguageDetector.WordList wl = split(text);
        int from = text.indexOf('\u0915');
        int to = text.lastIndexOf('"');
        int a = wl.lower(from);
        int b = wl.lower(to);
        assertTrue(wl.end[a - 1] > from, "the Devanagari word crosses the start");
        assertTrue(wl.aligned(a, b, from, to, Features.LATN));
        assertTrue(!wl.aligned(a, b, from, to, Features.DEVA));
        int[] segs = Segments.find(text, Features.LATN);
        assertEquals(from, segs[0]);
    }

    @Test
    void wordsOfARangeAreTheWordsOfTheSubstring() {
        String text = "One «two three» four. Пять шесть: семь! هشت نه ده؟";
        NgramLanguageDetector.WordList wl = split(text);
        NgramLanguageDetector.WordList own = new NgramLanguageDetector.WordList();
        own.split(text, 22, 39);
        assertEquals(3, own.n);
        assertEquals(wl.lower(22), 4);
        for (int k = 0; k < own.n; k++) {
            assertEquals(wl.start[4 + k], own.start[k]);
            assertEquals(Features.CYRL, own.script[k]);
        }
    }

    /** A text whose chars are read through a detection of its own: the inner call gets its own word list. */
    @Test
    void callsInsideCallsKeepTheirOwnWords() {
        LanguageDetector d = LanguageDetectors.standard();
        String outer = "The minister said on Tuesday that the new road would open. Die Straße wird im Herbst eröffnet.";
        String inner = "وزیر امور خارجه در این نشست درباره همکاری‌های اقتصادی دو کشور سخن گفت.";
        LanguageResult expectInner = d.detect(inner);
        LanguageResult[] seen = new LanguageResult[1];
        CharSequence nested = new CharSequence() {
            @Override
            public int length() {
                return outer.length();
            }

            @Override
            public char charAt(int index) {
                if (seen[0] == null) {
                    seen[0] = d.detect(inner);
                }
                return outer.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return outer.subSequence(start, end);
            }

            @Override
            public String toString() {
                return outer;
            }
        };
        assertEquals(d.detect(outer), d.detect(nested));
        assertEquals(expectInner, seen[0]);
    }
}
