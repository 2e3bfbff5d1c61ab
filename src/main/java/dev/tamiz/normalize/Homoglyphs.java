package dev.tamiz.normalize;

import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import dev.tamiz.internal.Tables;

import java.util.HashMap;
import java.util.Map;

/**
 * Rule family 6, a fix on in every profile: homoglyphs.
 * <ul>
 *   <li>In a word (a run of letters and marks) that has at least as many Latin letters as Cyrillic and Greek
 *       ones, every Cyrillic or Greek letter that ICU's confusable data ({@link SpoofChecker} skeletons, from
 *       Unicode's confusables.txt) says looks like a Latin letter A–Z/a–z becomes that letter, keeping its case
 *       (Cyrillic а U+0430 → a, е U+0435 → e, о U+043E → o, р U+0440 → p, с U+0441 → c, І U+0406 → I, Greek Ο
 *       U+039F → O, ...). When one Cyrillic or Greek letter of the word has no Latin look-alike the word is left
 *       alone ({@code μm}).</li>
 *   <li>LATIN CAPITAL LETTER I WITH DOT ABOVE U+0130 becomes I, unless the paragraph is tagged Turkish or
 *       Azerbaijani or contains one of ı ş ğ Ş Ğ ({@code İslamic} → {@code Islamic}).</li>
 * </ul>
 * The identifiers among the {@link ProtectedSpans} (URLs, emails, mentions, hashtags, domains and file names, HTML
 * tags but for their name, and entities) are left alone; numbers and mixed tokens are not in the way ({@code iPhоne15} → {@code iPhone15},
 * {@code аb12} → {@code ab12}).
 */
final class Homoglyphs {
    private Homoglyphs() {
    }

    /** For each BMP Cyrillic or Greek letter, its Latin look-alike, or 0. */
    static final char[] TO_LATIN = Tables.chars("Homoglyphs.TO_LATIN", Homoglyphs::toLatin);
    static final UnicodeSet TURKISH_LETTERS = Tables.set("[ıışŞğĞ]");

    private static char[] toLatin() {
        char[] toLatin = new char[0x10000];
        SpoofChecker sc = new SpoofChecker.Builder().build();
        Map<String, StringBuilder> bySkeleton = new HashMap<>();
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c)) {
                bySkeleton.computeIfAbsent(sc.getSkeleton(String.valueOf(c)), k -> new StringBuilder()).append(c);
            }
        }
        UnicodeSet cg = CharClasses.CYRILLIC_GREEK_LETTERS;
        for (int r = 0; r < cg.getRangeCount(); r++) {
            int end = Math.min(cg.getRangeEnd(r), 0xFFFF);
            for (int c = cg.getRangeStart(r); c <= end; c++) {
                StringBuilder latin = bySkeleton.get(sc.getSkeleton(String.valueOf((char) c)));
                if (latin == null) {
                    continue;
                }
                char pick = latin.charAt(0);
                for (int k = 0; k < latin.length(); k++) {
                    if (Character.isUpperCase(latin.charAt(k)) == Character.isUpperCase(c)) {
                        pick = latin.charAt(k);
                        break;
                    }
                }
                toLatin[c] = pick;
            }
        }
        return toLatin;
    }

    /** Fixes the words of {@code a[s, e)} in place; returns true when something changed. */
    static boolean fixMixedScript(char[] a, int s, int e) {
        boolean changed = false;
        int k = s;
        while (k < e) {
            if (!CharClasses.isLetterOrMark(a[k])) {
                k++;
                continue;
            }
            int w = k;
            int latin = 0;
            int other = 0;
            boolean mappable = true;
            while (k < e && CharClasses.isLetterOrMark(a[k])) {
                char c = a[k];
                if (CharClasses.isLatinLetter(c)) {
                    latin++;
                } else if (CharClasses.is(c, CharClasses.CYRGREEK)) {
                    other++;
                    // a letter carrying a combining mark is left alone (it would need composing again)
                    mappable &= TO_LATIN[c] != 0 && (k + 1 >= e || !CharClasses.is(a[k + 1], CharClasses.MARK));
                }
                k++;
            }
            if (latin > 0 && other > 0 && mappable && latin >= other) {
                for (int x = w; x < k; x++) {
                    char t = TO_LATIN[a[x]];
                    if (t != 0 && CharClasses.is(a[x], CharClasses.CYRGREEK)) {
                        a[x] = t;
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    /** True when the text has a letter that only Turkish or Azerbaijani writes besides İ. */
    static boolean hasTurkishLetters(char[] a, int n) {
        for (int k = 0; k < n; k++) {
            char c = a[k];
            if (c >= '\u0130' && c <= '\u015F' && TURKISH_LETTERS.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
