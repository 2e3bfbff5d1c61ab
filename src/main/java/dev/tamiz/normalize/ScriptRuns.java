package dev.tamiz.normalize;

import java.util.Arrays;
import java.util.Locale;

/**
 * Decides which parts of a paragraph are Persian text, the scope of the Persian-only rules (letters, digits,
 * punctuation, ZWNJ affixes).
 *
 * <p>From the paragraph's language: {@code fa}, {@code prs} and {@code pes} make all of it Persian; the other
 * Arabic-script languages ({@code ar}, {@code ur}, {@code ps}, {@code ku}, {@code ckb}, {@code sd}, {@code ug},
 * {@code bal}, {@code ks}, {@code az-Arab}...) none of it. Any other tag, {@code und} or {@code null} means
 * auto: the paragraph is cut into runs at line breaks and at stretches of three or more Latin-script words; a run
 * is Persian when it has one of the letters پ چ ژ گ ک ی (digits do not count: a digit style would
 * change them) and no letter of another
 * Arabic-script language (Urdu ٹ ڈ ڑ ں ے ھ ہ, Pashto ټ ډ ړ ږ ښ ګ ڼ ې ۍ, Kurdish ە ۆ ێ ڵ ڕ...); a run with
 * neither kind of letter is Persian when some other run of the paragraph is and none is of another language.
 */
final class ScriptRuns {
    private ScriptRuns() {
    }

    enum Mode { PERSIAN, NOT_PERSIAN, AUTO }

    static final int[] NONE = new int[0];

    /** For each BMP char: 1 a Persian marker, 2 a marker of another Arabic-script language, 0 neither. Presentation
     * forms count as the letters they stand for. */
    private static final byte[] MARKER = new byte[0x10000];

    static {
        for (int c = 0x0600; c < 0x0900; c++) {
            MARKER[c] = marker(c);
        }
        for (int c = 0xFB50; c < 0xFF00; c++) {
            if (UnicodeHygiene.EXPANDED.contains(c)) {
                String e = UnicodeHygiene.expansion(c);
                byte m = 0;
                for (int k = 0; k < e.length() && m == 0; k++) {
                    m = marker(e.charAt(k));
                }
                MARKER[c] = m;
            }
        }
    }

    private static byte marker(int c) {
        if (!CharClasses.ARABIC_LETTERS.contains(c)) {
            return 0;
        }
        if (PersianLetters.PERSIAN_MARKERS.contains(c)) {
            return 1;
        }
        return (byte) (PersianLetters.ARABIC_PERSIAN_LETTERS.contains(c) ? 0 : 2);
    }

    /** The mode for a language tag. */
    static Mode mode(String lang) {
        if (lang == null || lang.isEmpty()) {
            return Mode.AUTO;
        }
        if (lang.equals("fa")) {
            return Mode.PERSIAN;
        }
        if (lang.equals("en") || lang.equals("und")) {
            return Mode.AUTO;
        }
        String tag = lang.toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = tag.indexOf('-');
        String primary = dash < 0 ? tag : tag.substring(0, dash);
        switch (primary) {
            case "fa":
            case "prs":
            case "pes":
            case "per":
            case "fas":
                return Mode.PERSIAN;
            case "ar":
            case "ara":
            case "ur":
            case "urd":
            case "ps":
            case "pus":
            case "pbt":
            case "ku":
            case "ckb":
            case "kmr":
            case "sd":
            case "ug":
            case "bal":
            case "ks":
            case "pnb":
            case "skr":
            case "bqi":
            case "lrc":
            case "mzn":
            case "glk":
            case "haz":
            case "uz-arab":
                return Mode.NOT_PERSIAN;
            default:
                return tag.contains("-arab") ? Mode.NOT_PERSIAN : Mode.AUTO;
        }
    }

    /** True when {@code lang} is Turkish or Azerbaijani (dotted capital I is a letter there). */
    static boolean isTurkic(String lang) {
        if (lang == null) {
            return false;
        }
        String l = lang.toLowerCase(Locale.ROOT);
        return l.startsWith("tr") && (l.length() == 2 || l.charAt(2) == '-')
                || l.startsWith("az") && (l.length() == 2 || l.charAt(2) == '-');
    }

    /** True when {@code lang} is French, whose typography puts spaces before {@code ; : ! ?} and inside « ». */
    static boolean isFrench(String lang) {
        return lang != null && (lang.equals("fr") || lang.startsWith("fr-") || lang.startsWith("fr_"));
    }

    /**
     * The Persian ranges of {@code a[0, n)} as pairs {@code start, end}; empty when none.
     */
    static int[] persianRanges(char[] a, int n, Mode mode) {
        if (mode == Mode.PERSIAN) {
            return new int[] {0, n};
        }
        if (mode == Mode.NOT_PERSIAN) {
            return NONE;
        }
        int[] runs = new int[8]; // triples: start, end, class (0 none, 1 persian, 2 other, 3 ambiguous)
        int count = 0;
        int runStart = 0;
        int persianMarks = 0;
        int otherMarks = 0;
        int arabic = 0;
        int lastArabic = -1;
        int latinWords = 0;
        boolean inLatin = false;
        for (int i = 0; i <= n; i++) {
            boolean cut = i == n;
            int cutAt = i;
            char c = i < n ? a[i] : '\n';
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                cut = true;
            } else {
                short f = CharClasses.FLAGS[c];
                if ((f & CharClasses.ARABIC) != 0) {
                    arabic++;
                    lastArabic = i;
                    latinWords = 0;
                    inLatin = false;
                    byte m = MARKER[c];
                    if (m == 1) {
                        persianMarks++;
                    } else if (m == 2) {
                        otherMarks++;
                    }
                } else if ((f & CharClasses.MARK) != 0 || c == '\u200C' || c == '\u200D' || CharPass.removed(c)
                        || Character.isSurrogate(c)) {
                    // neutral: marks, joiners, tatweel and what the char pass removes
                    continue;
                } else if ((f & CharClasses.LETTER) != 0 && (f & CharClasses.ARABIC_SCRIPT) == 0) {
                    if (!inLatin) {
                        inLatin = true;
                        latinWords++;
                        if (latinWords == 3 && arabic > 0) {
                            cut = true;
                            cutAt = lastArabic + 1;
                        }
                    }
                } else {
                    inLatin = false;
                }
            }
            if (cut) {
                if (count * 3 + 3 > runs.length) {
                    runs = Arrays.copyOf(runs, runs.length * 2);
                }
                int cls = arabic == 0 && persianMarks == 0 ? 0
                        : otherMarks > 0 ? 2 : persianMarks > 0 ? 1 : 3;
                runs[count * 3] = runStart;
                runs[count * 3 + 1] = cutAt;
                runs[count * 3 + 2] = cls;
                count++;
                runStart = cutAt;
                persianMarks = 0;
                otherMarks = 0;
                arabic = 0;
                lastArabic = -1;
            }
        }
        boolean anyPersian = false;
        boolean anyOther = false;
        for (int r = 0; r < count; r++) {
            anyPersian |= runs[r * 3 + 2] == 1;
            anyOther |= runs[r * 3 + 2] == 2;
        }
        if (!anyPersian) {
            return NONE;
        }
        int[] out = new int[count * 2];
        int k = 0;
        for (int r = 0; r < count; r++) {
            int cls = runs[r * 3 + 2];
            if (cls == 1 || (cls == 3 && !anyOther)) {
                int s = runs[r * 3];
                int e = runs[r * 3 + 1];
                if (k > 0 && out[k - 1] == s) {
                    out[k - 1] = e;
                } else {
                    out[k++] = s;
                    out[k++] = e;
                }
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** True when {@code pos} lies in one of the {@code ranges} (pairs, sorted). */
    static boolean contains(int[] ranges, int pos) {
        int n = ranges.length;
        if (n == 0) {
            return false;
        }
        if (n == 2) {
            return pos >= ranges[0] && pos < ranges[1];
        }
        int lo = 0;
        int hi = n / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pos < ranges[mid * 2]) {
                hi = mid - 1;
            } else if (pos >= ranges[mid * 2 + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
