package dev.tamiz.normalize;

/**
 * Rule family 5, a fix on in every profile: in Persian text, COMMA {@code ,}, SEMICOLON {@code ;} and QUESTION MARK
 * {@code ?} become ARABIC COMMA ، U+060C, ARABIC SEMICOLON ؛ U+061B and ARABIC QUESTION MARK ؟ U+061F when the
 * nearest letter before them is an Arabic-script letter and the nearest letter after them (if any, on the same
 * line) is not Latin: inside Persian sentences only, never in English ones nor in protected spans
 * ({@code 1,234}, URLs).
 */
final class PersianPunctuation {
    private PersianPunctuation() {
    }

    private static final int LOOK = 48;

    static char persian(char c) {
        return c == ',' ? '\u060C' : c == ';' ? '\u061B' : c == '?' ? '\u061F' : c;
    }

    /** Whether the mark at {@code a[k]} stands inside Persian (Arabic-script) text. */
    static boolean inArabicSentence(char[] a, int k, int n) {
        return scriptBefore(a, k) == 1 && scriptAfter(a, k, n) != 2;
    }

    /** 1 when the nearest letter before {@code a[k]} is Arabic-script, 2 when another script, 0 when none. */
    static int scriptBefore(char[] a, int k) {
        for (int q = k - 1; q >= 0 && q >= k - LOOK; q--) {
            char c = a[q];
            if (c == '\n') {
                return 0;
            }
            if (CharClasses.isLetter(c)) {
                return CharClasses.isArabicLetter(c) ? 1 : 2;
            }
        }
        return 0;
    }

    /** 1 when the nearest letter after {@code a[k]} is Arabic-script, 2 when another script, 0 when none. */
    static int scriptAfter(char[] a, int k, int n) {
        for (int q = k + 1; q < n && q <= k + LOOK; q++) {
            char c = a[q];
            if (c == '\n') {
                return 0;
            }
            if (CharClasses.isLetter(c)) {
                return CharClasses.isArabicLetter(c) ? 1 : 2;
            }
        }
        return 0;
    }
}
