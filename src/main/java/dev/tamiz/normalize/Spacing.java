package dev.tamiz.normalize;

/**
 * Rule family 4, a fix on in every profile: spacing and punctuation artifacts of text extraction (applied by
 * {@link TokenPass} between space-delimited chunks, never inside protected spans).
 * <ul>
 *   <li>A chunk made only of {@code , . ; : ! ?} ، ؛ ؟ (U+060C U+061B U+061F), … U+2026 and closing brackets and
 *       quotes {@code ) ] }} » ” ’ › (U+00BB U+201D U+2019 U+203A) loses the space before it:
 *       {@code word ,} → {@code word,}, {@code initiative, ”} → {@code initiative,”}; not {@code !} after
 *       {@code <}, which would begin an HTML tag, and the tag the chunks after it.</li>
 *   <li>Such a chunk that is a single {@code ,} {@code .} or ، repeating the char just before it is dropped:
 *       {@code , ,} → {@code ,}, {@code . .} → {@code .}.</li>
 *   <li>A chunk that starts with {@code , ; ، ؛} glued to the next word moves the space after the mark:
 *       {@code word ,next} → {@code word, next}.</li>
 *   <li>A chunk made only of opening brackets and quotes {@code ( [ {} « “ ‘ ‹ „ loses the space after it.</li>
 *   <li>An Arabic-script letter glued after ، ؛ ؟ {@code : !} that follows an Arabic-script letter gets a space:
 *       {@code سلام،خوبی} → {@code سلام، خوبی} (not after {@code .}, which Persian abbreviations such as ه.ش use).</li>
 *   <li>An Arabic-script letter glued to a digit (ASCII, Arabic-Indic or Persian) gets a space:
 *       {@code 322596تاریخ} → {@code 322596 تاریخ}, {@code جذب714} → {@code جذب 714}; except the ordinal
 *       endings م ام مین امین ({@code ۲۰ام}).</li>
 * </ul>
 * For French ({@code fr}), whose typography spaces {@code ; : ! ?} and guillemets, only {@code , . … ) ] }} ” ’}
 * and {@code ( [ {} “ ‘ are handled.
 */
final class Spacing {
    private Spacing() {
    }

    static boolean attachesLeft(char c, boolean french) {
        switch (c) {
            case ',': case '.': case '…': case ')': case ']': case '}': case '”': case '’':
                return true;
            case ';': case ':': case '!': case '?': case '،': case '؛': case '؟': case '»': case '›':
                return !french;
            default:
                return false;
        }
    }

    static boolean opens(char c, boolean french) {
        switch (c) {
            case '(': case '[': case '{': case '“': case '‘': case '„':
                return true;
            case '«': case '‹':
                return !french;
            default:
                return false;
        }
    }

    static boolean allAttachLeft(char[] a, int s, int e, boolean french) {
        boolean some = false;
        for (int k = s; k < e; k++) {
            char c = a[k];
            if ((StyleRules.isDoubleQuote(c) || StyleRules.isSingleQuote(c)) && some) {
                continue; // a straight quote right after a mark closes: {@code word ."}
            }
            if (!attachesLeft(c, french)) {
                return false;
            }
            some = true;
        }
        return some;
    }

    static boolean allOpen(char[] a, int s, int e, boolean french) {
        boolean some = false;
        for (int k = s; k < e; k++) {
            char c = a[k];
            if (opens(c, french)) {
                some = true;
            } else {
                return false;
            }
        }
        return some;
    }

    /** True when the Arabic-script letters starting at {@code a[k]} are an ordinal ending (م ام مین امین). */
    static boolean ordinalEnding(char[] a, int k, int e) {
        int q = k;
        while (q < e && CharClasses.isArabicLetter(a[q])) {
            q++;
        }
        int len = q - k;
        if (len == 1) {
            return a[k] == '\u0645';
        }
        if (len == 2) {
            return a[k] == '\u0627' && a[k + 1] == '\u0645';
        }
        if (len == 3) {
            return a[k] == '\u0645' && a[k + 1] == '\u06CC' && a[k + 2] == '\u0646';
        }
        if (len == 4) {
            return a[k] == '\u0627' && a[k + 1] == '\u0645' && a[k + 2] == '\u06CC' && a[k + 3] == '\u0646';
        }
        return false;
    }
}
