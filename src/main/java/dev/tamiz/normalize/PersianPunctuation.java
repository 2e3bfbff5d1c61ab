package dev.tamiz.normalize;

/**
 * Rule family 5, a fix on in every profile: in Persian text, COMMA {@code ,}, SEMICOLON {@code ;} and QUESTION MARK
 * {@code ?} become ARABIC COMMA ، U+060C, ARABIC SEMICOLON ؛ U+061B and ARABIC QUESTION MARK ؟ U+061F when the
 * nearest letter before them on the same line is an Arabic-script letter and the nearest letter after them on the
 * same line (if any) is not of another script, however far away either is: inside Persian sentences only, never in
 * English ones nor in protected spans ({@code 1,234}, URLs).
 */
final class PersianPunctuation {
    private PersianPunctuation() {
    }

    static char persian(char c) {
        return c == ',' ? '\u060C' : c == ';' ? '\u061B' : c == '?' ? '\u061F' : c;
    }

    /**
     * The script of the nearest letter before and after positions of one text, on the same line: 1 Arabic-script,
     * 2 another script, 0 no letter before the line ends. Letters outside the BMP count, as code points.
     *
     * <p>There is no distance limit: a limit counted in chars of the pass's input changes its answer when the
     * token pass removes chars between a mark and its letter (a run of spaces, a space before punctuation, a
     * repeated mark), so that a second pass decides the mark differently. The nearest letters themselves do not
     * change under the pass. For linear time, each side remembers its last answer: queries at increasing positions
     * look at each char at most once on each side; a query before the last one scans without the memory.
     */
    static final class Nearest {
        private final char[] a;
        private final int n;
        /** The script of the nearest letter before {@link #beforeAt}. */
        private int beforeAt;
        private int beforeScript;
        /** No letter and no LF in {@code (afterFrom, afterHit)}; {@code a[afterHit]} is a letter or LF, or {@code afterHit == n}. */
        private int afterFrom;
        private int afterHit = -1;

        Nearest(char[] a, int n) {
            this.a = a;
            this.n = n;
        }

        /** Whether the mark at {@code a[k]} stands inside Persian (Arabic-script) text. */
        boolean inArabicSentence(int k) {
            return before(k) == 1 && after(k) != 2;
        }

        /** 1 when the nearest letter before {@code a[k]} on its line is Arabic-script, 2 another script, 0 none. */
        int before(int k) {
            int floor = k >= beforeAt ? beforeAt : 0;
            int script = -1;
            for (int q = k - 1; q >= floor; q--) {
                char c = a[q];
                if (c == '\n') {
                    script = 0;
                    break;
                }
                if (Character.isLowSurrogate(c) && q > 0 && Character.isHighSurrogate(a[q - 1])) {
                    int cp = Character.toCodePoint(a[q - 1], c);
                    if (CharClasses.LETTERS.contains(cp)) {
                        script = CharClasses.ARABIC_LETTERS.contains(cp) ? 1 : 2;
                        break;
                    }
                    q--;
                    continue;
                }
                if (CharClasses.isLetter(c)) {
                    script = CharClasses.isArabicLetter(c) ? 1 : 2;
                    break;
                }
            }
            if (script < 0) {
                script = k >= beforeAt ? beforeScript : 0;
            }
            if (k >= beforeAt) {
                beforeAt = k;
                beforeScript = script;
            }
            return script;
        }

        /** 1 when the nearest letter after {@code a[k]} on its line is Arabic-script, 2 another script, 0 none. */
        int after(int k) {
            if (k < afterFrom || k >= afterHit) {
                int q = k + 1;
                while (q < n) {
                    char c = a[q];
                    if (c == '\n' || CharClasses.isLetter(c)) {
                        break;
                    }
                    if (Character.isHighSurrogate(c) && q + 1 < n && Character.isLowSurrogate(a[q + 1])
                            && CharClasses.LETTERS.contains(Character.toCodePoint(c, a[q + 1]))) {
                        break;
                    }
                    q++;
                }
                afterFrom = k;
                afterHit = q;
            }
            if (afterHit >= n) {
                return 0;
            }
            char c = a[afterHit];
            if (c == '\n') {
                return 0;
            }
            if (Character.isHighSurrogate(c)) {
                return CharClasses.ARABIC_LETTERS.contains(Character.toCodePoint(c, a[afterHit + 1])) ? 1 : 2;
            }
            return CharClasses.isArabicLetter(c) ? 1 : 2;
        }
    }
}
