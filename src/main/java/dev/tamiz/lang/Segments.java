package dev.tamiz.lang;

/**
 * Candidate same-script spans of a paragraph: quotations (between paired quotation marks) and sentences (ended
 * by . ! ? ؟ ۔ … or a line break), each with at least {@link #MIN_WORDS} words of the paragraph's script and fewer
 * than the whole text. One linear scan, no regular expressions.
 */
final class Segments {

    /** Fields per segment in {@link #find}'s array: start, end, kind (1 = quotation, 0 = sentence), words. */
    static final int FIELDS = 4;
    /** A quotation or sentence needs this many words of the script to be classified on its own. */
    static final int MIN_WORDS = 3;

    private Segments() {
    }

    /** {@link #isMark} as a bitmap over the BMP: bit {@code c % 64} of word {@code c / 64}. */
    private static final long[] MARKS = new long[1024];

    static {
        for (int c = 0; c < 0x10000; c++) {
            if (mark((char) c)) {
                MARKS[c >>> 6] |= 1L << c;
            }
        }
    }

    /** Sentence ends and quotation marks: the chars that make a text worth segmenting. */
    static boolean isMark(char c) {
        return (MARKS[c >>> 6] & 1L << c) != 0;
    }

    private static boolean mark(char c) {
        switch (c) {
            case '.': case '!': case '?': case '\u061F': case '\u06D4': case '\u2026': case '\n':
            case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E': case '"':
            case '\u2039': case '\u203A': case '\uFD3E': case '\uFD3F':
                return true;
            default:
                return false;
        }
    }

    static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4' || c == '\u2026' || c == '\n';
    }

    /** The closing mark of a quotation opened by {@code c}, or 0 when {@code c} opens none. */
    private static char closer(char c) {
        switch (c) {
            case '\u00AB': return '\u00BB';   // « »
            case '\u201C': return '\u201D';   // “ ”
            case '\u201E': return '\u201C';   // „ “ (also closed by ”)
            case '\u2039': return '\u203A';   // ‹ ›
            case '"': return '"';
            case '\uFD3E': return '\uFD3F';   // ornate parentheses, either way round
            case '\uFD3F': return '\uFD3E';
            default: return 0;
        }
    }

    /**
     * Segments of {@code text} worth classifying on their own, as {@link #FIELDS} ints each: start, end, kind
     * (1 = quotation, 0 = sentence; quotations first, then sentences, each in text order) and words of the script;
     * or null when there are none.
     */
    static int[] find(CharSequence text, byte script) {
        return find(text, script, (from, to) -> countWords(text, from, to, script));
    }

    /** Counts the words of the script in a range of the text, as {@link #countWords} does. */
    interface WordCount {
        int count(int from, int to);
    }

    /**
     * As {@link #find(CharSequence, byte)}, with the words of a range counted by {@code words}, which must agree
     * with {@link #countWords} on ranges that start and end between words (a caller that has already split the
     * text into words counts without another scan).
     */
    static int[] find(CharSequence text, byte script, WordCount words) {
        return find(text, script, words, null, 0);
    }

    /**
     * As {@link #find(CharSequence, byte, WordCount)}; {@code marks}, when not null, holds the offsets of all the
     * text's marks ({@link #isMark}) in order, its first {@code markCount} ints, so that only they are looked at.
     */
    static int[] find(CharSequence text, byte script, WordCount words, int[] marks, int markCount) {
        int len = text.length();
        int total = words.count(0, len);
        if (total <= MIN_WORDS) {
            return null;
        }
        Found quotes = new Found(text, words, total, 1);
        Found sents = new Found(text, words, total, 0);
        int sentStart = 0;
        int quoteStart = -1;
        char expect = 0;
        int next = 0;
        for (int i = 0; i < len; i++) {
            char c;
            if (marks != null) {
                if (next == markCount) {
                    break;
                }
                i = marks[next++];
                c = text.charAt(i);
            } else {
                c = text.charAt(i);
                if (!isMark(c)) {
                    continue;
                }
            }
            if (quoteStart >= 0 && (c == expect || (expect == '\u201C' && c == '\u201D'))) {
                quotes.add(quoteStart, i);
                quoteStart = -1;
                continue;
            }
            char close = quoteStart < 0 ? closer(c) : 0;
            if (close != 0) {
                quoteStart = i + 1;
                expect = close;
                continue;
            }
            if (isSentenceEnd(c) && (i + 1 >= len || c == '\n' || Character.isWhitespace(text.charAt(i + 1))
                    || isMark(text.charAt(i + 1)))) {
                sents.add(sentStart, i + 1);
                sentStart = i + 1;
            }
        }
        if (sentStart > 0 && sentStart < len) {
            sents.add(sentStart, len);
        }
        if (quotes.n + sents.n == 0) {
            return null;
        }
        int[] out = java.util.Arrays.copyOf(quotes.a, quotes.n + sents.n);
        System.arraycopy(sents.a, 0, out, quotes.n, sents.n);
        return out;
    }

    /** Segments found so far. */
    private static final class Found {
        final CharSequence text;
        final WordCount words;
        final int total;
        final int kind;
        int[] a = new int[4 * FIELDS];
        int n;

        Found(CharSequence text, WordCount words, int total, int kind) {
            this.text = text;
            this.words = words;
            this.total = total;
            this.kind = kind;
        }

        /** Adds the trimmed segment {@code [start, end)} when it has enough words and is not the whole text. */
        void add(int start, int end) {
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int words = this.words.count(start, end);
            if (words < MIN_WORDS || words >= total) {
                return;
            }
            if (n + FIELDS > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = start;
            a[n++] = end;
            a[n++] = kind;
            a[n++] = words;
        }
    }

    /** Words of {@code script} in {@code text[from, to)} (marks inside a word do not split it). */
    static int countWords(CharSequence text, int from, int to, byte script) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            byte sc = Features.SCRIPT[c];
            if (sc == Features.SKIP) {
                continue;
            }
            boolean letter = sc == script;
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
