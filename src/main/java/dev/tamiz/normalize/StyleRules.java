package dev.tamiz.normalize;

/**
 * Rule family 8: style options, each off or on per {@link Profile} and switchable on the
 * {@link Normalizer.Builder}. Applied by {@link TokenPass} outside protected spans (except {@code persianDecimal},
 * whose whole purpose is the inside of numbers).
 * <ul>
 *   <li>{@link DigitStyle}: ASCII 0–9 U+0030–U+0039, Arabic-Indic U+0660–U+0669, Persian U+06F0–U+06F9.</li>
 *   <li>{@link QuoteStyle} in Latin-script text: ' " ‘ ’ ‚ ‛ “ ” „ ‟ (U+0027 U+0022 U+2018–U+201F).</li>
 *   <li>Persian quotes: in Persian text {@code "} and “ ” (U+0022 U+201C U+201D) at the start of a word become «
 *       U+00AB, at its end » U+00BB.</li>
 *   <li>{@link EzafeStyle}: ۀ U+06C0, هٔ U+0647 U+0654, ه‌ی, {@code ه ی}.</li>
 *   <li>{@link EllipsisStyle}: {@code ...} and … U+2026.</li>
 *   <li>{@link DashStyle}: - U+002D, U+2010–U+2015, − U+2212.</li>
 *   <li>Repeated marks: a run of {@code !}, {@code ?} or ؟ U+061F becomes one.</li>
 *   <li>Persian percent: {@code %} after a digit in Persian text becomes ٪ U+066A.</li>
 *   <li>Persian decimal: {@code .} between two Persian digits becomes ARABIC DECIMAL SEPARATOR ٫ U+066B.</li>
 * </ul>
 */
final class StyleRules {
    private StyleRules() {
    }

    static boolean isPersianDigit(char c) {
        return c >= '\u06F0' && c <= '\u06F9';
    }

    static char digit(char c, DigitStyle style, boolean persianText) {
        switch (style) {
            case PERSIAN:
                if (!persianText) {
                    return c;
                }
                if (c >= '0' && c <= '9') {
                    return (char) (c - '0' + 0x06F0);
                }
                if (c >= '\u0660' && c <= '\u0669') {
                    return (char) (c - 0x0660 + 0x06F0);
                }
                return c;
            case LATIN:
                if (c >= '\u06F0' && c <= '\u06F9') {
                    return (char) (c - 0x06F0 + '0');
                }
                if (c >= '\u0660' && c <= '\u0669') {
                    return (char) (c - 0x0660 + '0');
                }
                return c;
            default:
                return c;
        }
    }

    static boolean isDash(char c) {
        return c >= '\u2010' && c <= '\u2015' || c == '\u2212';
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F';
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }
}
