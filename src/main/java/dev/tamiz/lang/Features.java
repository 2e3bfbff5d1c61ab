package dev.tamiz.lang;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import dev.tamiz.internal.Tables;

/**
 * The text features the language model sees, shared by the detector and the trainer so that both fold and hash
 * alike.
 *
 * <p>Per BMP code point two tables, built once: its script class ({@link #SCRIPT}) and its folded form
 * ({@link #FOLD}). Letters are lower-cased (dotted capital I to plain i, so that an English "İslamic" is no
 * evidence for Turkish), Arabic yeh and kaf fold to the Persian forms that Persian pages mix with them; Arabic and
 * Hebrew vowel marks, tatweel, ZWJ and other combining marks outside Indic scripts are skipped; everything else
 * that is not a letter (spaces, digits, punctuation, ZWNJ) ends a word.
 *
 * <p>A word's features: the whole word, and the character 1- to 4-grams of the word padded with a space at each
 * end; each hashed to a bucket of a power-of-two table.
 */
final class Features {

    static final byte NONE = 0;      // word break
    static final byte SKIP = 1;      // ignored inside a word (marks)
    static final byte LATN = 2;
    static final byte ARAB = 3;
    static final byte CYRL = 4;
    static final byte HEBR = 5;
    static final byte DEVA = 6;
    static final byte GREK = 7;
    static final byte ARMN = 8;
    static final byte GEOR = 9;
    static final byte HANG = 10;
    static final byte KANA = 11;
    static final byte HANI = 12;
    static final byte THAI = 13;
    static final byte OTHER = 14;
    static final int CLASSES = 15;

    static final String[] SCRIPT_CODES = {"Zyyy", "Zinh", "Latn", "Arab", "Cyrl", "Hebr", "Deva", "Grek", "Armn",
        "Geor", "Hang", "Jpan", "Hani", "Thai", "Zzzz"};

    /** The script class of every BMP char (computed at build time, see {@link Tables}). */
    static final byte[] SCRIPT = Tables.bytes("Features.SCRIPT", Features::scripts);
    /** The folded form of every BMP letter of a script class from {@link #LATN} on, else 0. */
    static final char[] FOLD = Tables.chars("Features.FOLD", Features::folds);

    static final int MAX_N = 4;
    static final int MAX_WORD = 40;

    private static byte[] scripts() {
        byte[] scripts = new byte[0x10000];
        for (int cp = 0; cp < 0x10000; cp++) {
            scripts[cp] = classify(cp);
        }
        return scripts;
    }

    private static char[] folds() {
        char[] folds = new char[0x10000];
        for (int cp = 0; cp < 0x10000; cp++) {
            folds[cp] = SCRIPT[cp] >= LATN ? (char) fold(cp) : 0;
        }
        return folds;
    }

    private Features() {
    }

    private static byte classify(int cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return NONE;
        }
        if (cp == 0x200D || cp == 0x0640 || cp == 0x00AD) { // ZWJ, tatweel, soft hyphen
            return SKIP;
        }
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
        int script = UScript.getScript(cp);
        if (mark) {
            // Indic vowel signs are letters of their words; Arabic and Hebrew points and other combining marks
            // are not written consistently and only skipped
            return script == UScript.DEVANAGARI ? DEVA : SKIP;
        }
        if (!Character.isLetter(cp) || isApostrophe(cp)) {
            return NONE;
        }
        switch (script) {
            case UScript.COMMON: case UScript.INHERITED: return SKIP;
            case UScript.LATIN: return LATN;
            case UScript.ARABIC: return ARAB;
            case UScript.CYRILLIC: return CYRL;
            case UScript.HEBREW: return HEBR;
            case UScript.DEVANAGARI: return DEVA;
            case UScript.GREEK: return GREK;
            case UScript.ARMENIAN: return ARMN;
            case UScript.GEORGIAN: return GEOR;
            case UScript.HANGUL: return HANG;
            case UScript.HIRAGANA: case UScript.KATAKANA: return KANA;
            case UScript.HAN: return HANI;
            case UScript.THAI: return THAI;
            default: return OTHER;
        }
    }

    private static int fold(int cp) {
        switch (cp) {
            case 0x0130: return 'i';       // İ
            case 0x064A: return 0x06CC;    // Arabic yeh → Farsi yeh
            case 0x0643: return 0x06A9;    // Arabic kaf → keheh
            default: break;
        }
        int lc = UCharacter.toLowerCase(cp);
        return lc <= 0xFFFF ? lc : cp;
    }

    /** Apostrophes: a letter of the word between two Latin letters (Uzbek oʻ/gʻ, o'/g', English don't). */
    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == 0x02BB || cp == 0x02BC || cp == 0x2018 || cp == 0x2019 || cp == 0x0060;
    }

    /** Script class of a code point (supplementary code points are {@link #OTHER} letters or breaks). */
    static byte script(int cp) {
        if (cp < 0x10000) {
            return SCRIPT[cp];
        }
        return Character.isLetter(cp) ? OTHER : NONE;
    }

    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** Hash of a whole folded word {@code w[1..m]} (w[0] and w[m+1] are the padding spaces). */
    static int wordHash(char[] w, int m) {
        return wordHash(w, 0, m);
    }

    /** As {@link #wordHash(char[], int)} for the padded word stored at {@code w[off..off+m+1]}. */
    static int wordHash(char[] w, int off, int m) {
        int h = 0x2545F491;
        for (int i = off + 1; i <= off + m; i++) {
            h = (h ^ w[i]) * 0x01000193;
        }
        return mix(h ^ 0x5bd1e995);
    }

    /** Receives the bucket of every feature of a word. */
    interface Sink {
        void feature(int hash);
    }

    /**
     * Emits the features of the padded folded word {@code w[0..m+1]} to {@code sink}: the whole word, then every
     * 1- to 4-gram (the lone padding space is not a feature).
     */
    static void emit(char[] w, int m, Sink sink) {
        emit(w, 0, m, wordHash(w, 0, m), sink);
    }

    /**
     * As {@link #emit(char[], int, Sink)} for the padded word stored at {@code w[off..off+m+1]}, whose
     * {@link #wordHash(char[], int, int)} the caller already has.
     */
    static void emit(char[] w, int off, int m, int wordHash, Sink sink) {
        sink.feature(wordHash);
        int len = m + 2;
        for (int i = 0; i < len; i++) {
            int h = 0x811C9DC5;
            for (int n = 1; n <= MAX_N && i + n <= len; n++) {
                h = (h ^ w[off + i + n - 1]) * 0x01000193;
                if (n == 1 && (i == 0 || i == len - 1)) {
                    continue;
                }
                sink.feature(mix(h + n));
            }
        }
    }

    /** Receives the words of a text. */
    interface WordSink {
        /**
         * One word: its script class, its offsets in the text, and its folded letters in {@code w[1..m]} with
         * padding spaces at {@code w[0]} and {@code w[m+1]} ({@code m} at most {@link #MAX_WORD}).
         */
        void word(byte script, int start, int end, char[] w, int m);
    }

    /**
     * Splits {@code s[from, to)} into words: maximal runs of letters of one script class, skipped marks
     * inside. {@code w} must hold {@code MAX_WORD + 2} chars.
     */
    static void words(CharSequence s, int from, int to, char[] w, WordSink sink) {
        byte cur = NONE;
        int start = -1;
        int m = 0;
        int end = from;
        for (int i = from; i < to; ) {
            char c = s.charAt(i);
            int cp = c;
            int next = i + 1;
            if (Character.isHighSurrogate(c) && next < to && Character.isLowSurrogate(s.charAt(next))) {
                cp = Character.toCodePoint(c, s.charAt(next));
                next++;
            }
            byte sc = cp < 0x10000 ? SCRIPT[cp] : script(cp);
            if (cur == LATN && sc == NONE && isApostrophe(cp) && next < to && next < s.length()
                    && s.charAt(next) < 0x10000 && SCRIPT[s.charAt(next)] == LATN) {
                if (m < MAX_WORD) {
                    w[++m] = (char) 0x02BB;
                }
                end = next;
                i = next;
                continue;
            }
            if (sc == SKIP) {
                if (cur != NONE) {
                    end = next;
                }
                i = next;
                continue;
            }
            if (sc != cur && cur != NONE) {
                w[m + 1] = ' ';
                sink.word(cur, start, end, w, m);
                cur = NONE;
            }
            if (sc >= LATN) {
                if (cur == NONE) {
                    cur = sc;
                    start = i;
                    m = 0;
                    w[0] = ' ';
                }
                if (m < MAX_WORD) {
                    w[++m] = cp < 0x10000 ? FOLD[cp] : (char) 0xFFFD;
                }
                end = next;
            }
            i = next;
        }
        if (cur != NONE) {
            w[m + 1] = ' ';
            sink.word(cur, start, end, w, m);
        }
    }
}
