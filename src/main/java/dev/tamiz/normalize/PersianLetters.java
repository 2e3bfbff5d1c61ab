package dev.tamiz.normalize;

import com.ibm.icu.text.UnicodeSet;
import dev.tamiz.internal.Tables;

/**
 * Rule family 2, a fix on in every profile: Persian letters. Applied to Persian text only: a paragraph tagged
 * {@code fa} (or {@code prs}, {@code pes}), or, when the language is unknown, a run of Arabic-script text that
 * {@link ScriptRuns} judges Persian. Never applied to Arabic, Urdu, Pashto or other Arabic-script languages.
 * <ul>
 *   <li>ARABIC LETTER YEH U+064A and ALEF MAKSURA U+0649 → ARABIC LETTER FARSI YEH U+06CC;</li>
 *   <li>ARABIC LETTER KAF U+0643 → ARABIC LETTER KEHEH U+06A9;</li>
 *   <li>ARABIC-INDIC DIGITS U+0660–U+0669 → EXTENDED ARABIC-INDIC (Persian) DIGITS U+06F0–U+06F9.</li>
 * </ul>
 * In every language: ARABIC TATWEEL (kashida) U+0640 is removed.
 */
final class PersianLetters {
    private PersianLetters() {
    }

    static final int TATWEEL = 0x0640;

    /** Letters that only Persian, of the languages in question, writes: they make a run Persian (ۀ U+06C0 too,
     * the ezafe form the ezafe style writes for ه‌ی). */
    static final UnicodeSet PERSIAN_MARKERS = Tables.set("[\\u067E\\u0686\\u0698\\u06AF\\u06A9\\u06C0\\u06CC]");
    /** Arabic-script letters of Arabic and Persian: the rest mark another language (Urdu, Pashto, Kurdish...). */
    static final UnicodeSet ARABIC_PERSIAN_LETTERS = Tables.set("[\\u0621-\\u063A\\u0641-\\u064A\\u0671\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06C0\\u06CC]");

    /** The Persian form of {@code c}, or {@code c}. */
    static char persian(char c) {
        switch (c) {
            case '\u064A':
            case '\u0649':
                return '\u06CC';
            case '\u0643':
                return '\u06A9';
            default:
                if (c >= '\u0660' && c <= '\u0669') {
                    return (char) (c - 0x0660 + 0x06F0);
                }
                return c;
        }
    }
}
