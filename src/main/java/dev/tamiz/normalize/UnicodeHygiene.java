package dev.tamiz.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import dev.tamiz.internal.Tables;

/**
 * Rule family 1, a fix on in every profile: Unicode hygiene. The character classes here are compiled into the
 * lookup tables of {@link CharPass}; this class only defines them. What it changes:
 * <ul>
 *   <li>{@link #REMOVED}: C0 and C1 controls except TAB U+0009, LF U+000A and CR U+000D (CR and CR LF become
 *       LF); ZERO WIDTH SPACE U+200B; WORD JOINER U+2060; invisible operators U+2061–U+2064; deprecated format
 *       characters U+206A–U+206F; MONGOLIAN VOWEL SEPARATOR U+180E; ZERO WIDTH NO-BREAK SPACE (BOM) U+FEFF;
 *       SOFT HYPHEN U+00AD; bidi controls LRM U+200E, RLM U+200F, ALM U+061C, embeddings and overrides
 *       U+202A–U+202E, isolates U+2066–U+2069; lone surrogates.</li>
 *   <li>{@link #SPACES}: every space separator (general category Zs: U+0020, NO-BREAK SPACE U+00A0, OGHAM SPACE
 *       MARK U+1680, U+2000–U+200A, NARROW NO-BREAK SPACE U+202F, MEDIUM MATHEMATICAL SPACE U+205F, IDEOGRAPHIC
 *       SPACE U+3000) becomes U+0020; runs collapse to one; spaces at the start and end of each line and of the
 *       text are removed. LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029 and NEXT LINE U+0085 become LF.</li>
 *   <li>{@link #EXPANDED}: Arabic presentation forms A (U+FB50–U+FDFF) and B (U+FE70–U+FEFE) and the Latin
 *       ligatures U+FB00–U+FB06 become their compatibility decomposition (NFKC), e.g. U+FEFB → U+0644 U+0627,
 *       U+FB01 → {@code fi}; the isolated harakat forms (U+FE70–U+FE7F, U+FC5E–U+FC63) lose the space their
 *       decomposition starts with.</li>
 *   <li>ZERO WIDTH JOINER U+200D is removed unless it stands between two emoji (Extended_Pictographic, emoji
 *       modifiers, VARIATION SELECTOR-16 U+FE0F before it).</li>
 *   <li>NFC (canonical composition) of the whole text when it is not already NFC; checked with precomputed
 *       tables (NFC_Quick_Check and canonical combining class) so that NFC text costs nothing. A segment whose
 *       starter is followed by more than 64 code points (Unicode's stream-safe format allows 30) is left as it
 *       is, since reordering it could take quadratic time.</li>
 * </ul>
 */
final class UnicodeHygiene {
    private UnicodeHygiene() {
    }

    /** Characters removed. */
    static final UnicodeSet REMOVED = Tables.set("[[\\p{Cc}-[\\t\\n\\r\\u0085]]\\u200B\\u2060-\\u2064\\u206A-\\u206F\\u180E\\uFEFF\\u00AD"
                    + "\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    /** Characters that become one U+0020. */
    static final UnicodeSet SPACES = Tables.set("[\\p{Zs}]");
    /** Characters that become LF. */
    static final UnicodeSet NEWLINES = Tables.set("[\\n\\u0085\\u2028\\u2029]");
    /** Characters replaced by their compatibility decomposition. */
    static final UnicodeSet EXPANDED = Tables.set("[[\\uFB50-\\uFDFF\\uFE70-\\uFEFE\\uFB00-\\uFB06]&[:Assigned:]"
            + "-[:NFKC_Quick_Check=Yes:]]");
    /** What may stand before a ZWJ that is kept. */
    static final UnicodeSet EMOJI_BEFORE_ZWJ = Tables.set("[\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\uFE0F\\u20E3]");
    /** What may stand after a ZWJ that is kept. */
    static final UnicodeSet EMOJI_AFTER_ZWJ = Tables.set("[\\p{Extended_Pictographic}]");
    /** Characters for which NFC may change the text on their own or with their neighbours. */
    static final UnicodeSet NFC_NOT_YES = Tables.set("[[:NFC_Quick_Check=No:][:NFC_Quick_Check=Maybe:]]");
    /** Combining marks (non-zero canonical combining class): their order is checked. */
    static final UnicodeSet COMBINING = Tables.set("[^[:Canonical_Combining_Class=0:]]");

    /** The replacement of an {@link #EXPANDED} character. */
    static String expansion(int c) {
        String d = Normalizer2.getNFKCInstance().normalize(new String(Character.toChars(c)));
        if (d.length() > 1 && d.charAt(0) == ' ') {
            d = d.substring(1);
        }
        return d;
    }
}
