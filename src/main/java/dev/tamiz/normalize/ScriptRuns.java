package dev.tamiz.normalize;

import dev.tamiz.internal.Tables;

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
 * is Persian when it has one of the letters پ چ ژ گ ک ی or an ezafe form ۀ or هٔ (U+06C0, or U+0654 after ه
 * with only neutral chars between, unless diacritics are removed: the ezafe style writes them for ه‌ی, so they
 * keep the decision of the first run) (digits do not count: a digit style would change them) and no letter of another
 * Arabic-script language (Urdu ٹ ڈ ڑ ں ے ھ ہ, Pashto ټ ډ ړ ږ ښ ګ ڼ ې ۍ, Kurdish ە ۆ ێ ڵ ڕ...); a run with
 * neither kind of letter is Persian when some other run of the paragraph is and none is of another language.
 */
final class ScriptRuns {
    private ScriptRuns() {
    }

    enum Mode { PERSIAN, NOT_PERSIAN, AUTO }

    static final int[] NONE = new int[0];

    /** Classes of {@link #CLASS}: what a char means to the run cutter. */
    private static final byte C_OTHER = 0;
    private static final byte C_ARABIC = 1;
    private static final byte C_PERSIAN = 2;
    private static final byte C_FOREIGN = 3;
    private static final byte C_NEUTRAL = 4;
    private static final byte C_LETTER = 5;
    private static final byte C_CUT = 6;
    private static final byte C_HAMZA_ABOVE = 7;

    /**
     * For each BMP char, one table load in the hot loop: an Arabic-script letter that marks Persian
     * ({@code C_PERSIAN}), another Arabic-script language ({@code C_FOREIGN}) or neither ({@code C_ARABIC};
     * presentation forms count as the letters they stand for); neutral chars (marks, joiners, what the char pass
     * removes, surrogates); other letters; line breaks; anything else.
     */
    private static final byte[] CLASS = Tables.bytes("ScriptRuns.CLASS", ScriptRuns::classes);

    /**
     * 1 for the presentation forms and ligatures from U+FB50 on whose expansion ends in ه (ﷲ, the heh forms): a
     * hamza after them is هٔ.
     */
    private static final byte[] ENDS_IN_HEH = Tables.bytes("ScriptRuns.ENDS_IN_HEH", ScriptRuns::endsInHeh);
    private static final int HEH_BASE = 0xFB50;

    /** {@code 1 << CLASS[c]}: OR-ed over a text, they tell which classes occur, in a loop without branches. */
    private static final byte[] BITS = Tables.bytes("ScriptRuns.BITS", ScriptRuns::bits);

    private static byte[] classes() {
        byte[] classes = new byte[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            short f = CharClasses.FLAGS[c];
            byte k;
            // a presentation form or ligature that expands to Arabic letters counts as them, even when it is not a
            // letter itself (U+FDFC RIAL SIGN expands to ریال, with its Persian yeh)
            // chars the char pass removes (tatweel) count for nothing, alone or inside an expansion: the next pass
            // will not see them
            boolean expandsToArabic = c >= 0xFB50 && UnicodeHygiene.EXPANDED.contains(c)
                    && UnicodeHygiene.expansion(c).chars().anyMatch(x -> CharClasses.ARABIC_LETTERS.contains(x)
                    && !CharPass.removed((char) x));
            // a form that expands to marks alone (ﳳ: tatweel, damma, shadda) is as neutral as those marks
            boolean expandsToMarks = c >= 0xFB50 && UnicodeHygiene.EXPANDED.contains(c)
                    && UnicodeHygiene.expansion(c).chars().allMatch(x -> CharPass.removed((char) x)
                    || (CharClasses.FLAGS[x] & CharClasses.MARK) != 0);
            if (expandsToMarks) {
                k = C_NEUTRAL;
            } else if (((f & CharClasses.ARABIC) != 0 && !CharPass.removed((char) c)) || expandsToArabic) {
                int m = 0;
                if (c >= 0xFB50 && UnicodeHygiene.EXPANDED.contains(c)) {
                    String e = UnicodeHygiene.expansion(c);
                    for (int x = 0; x < e.length() && m == 0; x++) {
                        if (!CharPass.removed(e.charAt(x))) {
                            m = marker(e.charAt(x));
                        }
                    }
                } else if (c < 0x0900) {
                    m = marker(c);
                }
                k = m == 1 ? C_PERSIAN : m == 2 ? C_FOREIGN : C_ARABIC;
            } else if ((f & CharClasses.MARK) != 0 || c == 0x200C || c == 0x200D || CharPass.removed((char) c)
                    || Character.isSurrogate((char) c)) {
                k = C_NEUTRAL;
            } else if ((f & CharClasses.LETTER) != 0 && (f & CharClasses.ARABIC_SCRIPT) == 0) {
                k = C_LETTER;
            } else {
                k = C_OTHER;
            }
            classes[c] = k;
        }
        classes['\n'] = C_CUT;
        classes['\r'] = C_CUT;
        classes['\u0085'] = C_CUT;
        classes['\u2028'] = C_CUT;
        classes['\u2029'] = C_CUT;
        classes['\u0654'] = C_HAMZA_ABOVE;
        return classes;
    }

    private static byte[] endsInHeh() {
        byte[] heh = new byte[0x10000 - HEH_BASE];
        for (int c = HEH_BASE; c < 0x10000; c++) {
            if (UnicodeHygiene.EXPANDED.contains(c)) {
                String e = UnicodeHygiene.expansion(c);
                int end = e.length();
                while (end > 0 && CharPass.removed(e.charAt(end - 1))) {
                    end--;
                }
                if (end > 0 && e.charAt(end - 1) == '\u0647') {
                    heh[c - HEH_BASE] = 1;
                }
            }
        }
        return heh;
    }

    private static byte[] bits() {
        byte[] bits = new byte[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            bits[c] = (byte) (1 << CLASS[c]);
        }
        return bits;
    }

    private static boolean endsInHeh(char c) {
        return c >= HEH_BASE && ENDS_IN_HEH[c - HEH_BASE] != 0;
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
        return lang != null && lang.length() >= 2 && lang.charAt(0) == 'f' && lang.charAt(1) == 'r'
                && (lang.length() == 2 || lang.charAt(2) == '-' || lang.charAt(2) == '_');
    }

    /**
     * The Persian ranges of {@code a[0, n)} as pairs {@code start, end}; empty when none.
     */
    static int[] persianRanges(char[] a, int n, Mode mode, boolean hamzaEzafe) {
        if (mode == Mode.PERSIAN) {
            return new int[] {0, n};
        }
        if (mode == Mode.NOT_PERSIAN) {
            return NONE;
        }
        byte[] bits = BITS;
        int seen = 0;
        for (int i = 0; i < n; i++) {
            seen |= bits[a[i]];
        }
        if (!hamzaEzafe) {
            seen &= ~(1 << C_HAMZA_ABOVE); // removed with the diacritics: it must not decide
        }
        if ((seen & (1 << C_PERSIAN | 1 << C_HAMZA_ABOVE)) == 0) {
            return NONE; // no run can be Persian
        }
        if ((seen & (1 << C_LETTER | 1 << C_CUT | 1 << C_HAMZA_ABOVE)) == 0) {
            // one run, with a Persian marker: Persian unless it has a letter of another language
            return (seen & 1 << C_FOREIGN) != 0 ? NONE : new int[] {0, n};
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
        boolean afterHeh = false; // the last char that is not neutral is ه
        byte[] table = CLASS;
        for (int i = 0; i <= n; i++) {
            int cutAt;
            if (i == n) {
                cutAt = n;
            } else {
                switch (table[a[i]]) {
                    case C_ARABIC:
                        if (a[i] != '\u0640') {
                            afterHeh = a[i] == '\u0647' || endsInHeh(a[i]); // the char pass removes tatweel
                        }
                        arabic++;
                        lastArabic = i;
                        latinWords = 0;
                        inLatin = false;
                        continue;
                    case C_PERSIAN:
                        afterHeh = false;
                        arabic++;
                        persianMarks++;
                        lastArabic = i;
                        latinWords = 0;
                        inLatin = false;
                        continue;
                    case C_FOREIGN:
                        afterHeh = false;
                        arabic++;
                        otherMarks++;
                        lastArabic = i;
                        latinWords = 0;
                        inLatin = false;
                        continue;
                    case C_HAMZA_ABOVE:
                        // heh with hamza above, the ezafe form هٔ, is Persian (the ezafe rule writes it for ه‌ی)
                        if (afterHeh && hamzaEzafe) {
                            persianMarks++;
                        }
                        continue;
                    case C_NEUTRAL:
                        continue;
                    case C_LETTER:
                        afterHeh = false;
                        if (inLatin) {
                            continue;
                        }
                        inLatin = true;
                        latinWords++;
                        if (latinWords != 3 || arabic == 0) {
                            continue;
                        }
                        cutAt = lastArabic + 1;
                        break;
                    case C_CUT:
                        afterHeh = false;
                        cutAt = i;
                        break;
                    default:
                        afterHeh = false;
                        inLatin = false;
                        continue;
                }
            }
            if (count * 3 + 3 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            int c = arabic == 0 && persianMarks == 0 ? 0
                    : otherMarks > 0 ? 2 : persianMarks > 0 ? 1 : 3;
            runs[count * 3] = runStart;
            runs[count * 3 + 1] = cutAt;
            runs[count * 3 + 2] = c;
            count++;
            runStart = cutAt;
            persianMarks = 0;
            otherMarks = 0;
            arabic = 0;
            lastArabic = -1;
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
