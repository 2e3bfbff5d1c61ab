package dev.tamiz.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import dev.tamiz.internal.Tables;

/**
 * Style option {@code diacritics(REMOVE)} (on in the {@code search} profile only): removes the Arabic-script
 * harakat and Quranic marks U+064B–U+065F, SUPERSCRIPT ALEF U+0670, U+06D6–U+06ED, U+08D3–U+08FF and the Latin
 * combining diacritics U+0300–U+036F, and folds precomposed Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF)
 * to their base letter ({@code é} → {@code e}). Letters that are not a base plus marks ({@code ø ß æ ı}) are kept.
 */
final class DiacriticRemoval {
    private DiacriticRemoval() {
    }

    static final UnicodeSet REMOVED = Tables.set("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u08D3-\\u08FF\\u0300-\\u036F]");
    static final UnicodeSet FOLDED = Tables.set("[[\\u00C0-\\u024F\\u1E00-\\u1EFF]&[:L:]]");

    static void apply(byte[] kind, char[] map, byte remove) {
        for (int r = 0; r < REMOVED.getRangeCount(); r++) {
            for (int c = REMOVED.getRangeStart(r); c <= REMOVED.getRangeEnd(r); c++) {
                kind[c] = remove;
            }
        }
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        for (int r = 0; r < FOLDED.getRangeCount(); r++) {
            for (int c = FOLDED.getRangeStart(r); c <= FOLDED.getRangeEnd(r); c++) {
                String d = nfd.getDecomposition(c);
                if (d != null && d.length() > 1 && d.charAt(0) < 0x250) {
                    map[c] = d.charAt(0);
                }
            }
        }
    }
}
