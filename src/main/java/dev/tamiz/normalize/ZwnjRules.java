package dev.tamiz.normalize;

import java.util.Set;

/**
 * Rule family 3, a fix on in every profile: ZERO WIDTH NON-JOINER U+200C.
 * <p>Clean-up, in every text (done inside {@link CharPass}):
 * <ul>
 *   <li>a run of ZWNJ becomes one;</li>
 *   <li>a ZWNJ is removed at a word edge: at the start or end of the text or a line, next to a space, after or
 *       before anything that is not a letter or combining mark (punctuation, digits, symbols);</li>
 *   <li>a ZWNJ is removed after an Arabic-script letter that never joins the next one (Joining_Type R or U:
 *       ا آ أ إ د ذ ر ز ژ و ؤ ء ة ۀ ...), where it does nothing;</li>
 *   <li>a ZWNJ is removed between two Latin letters (or Greek or Cyrillic ones, which homoglyph repair may turn
 *       into Latin).</li>
 * </ul>
 * <p>Insertion, in Persian text only (done in {@link TokenPass}):
 * <ul>
 *   <li>the verbal prefixes می and نمی standing alone before a word are joined to it with a ZWNJ:
 *       {@code می شود} → {@code می‌شود}; not when the next word is not Arabic-script letters or is in
 *       {@code zwnj-prefix-next-blockers.txt}, nor when the previous word is a number or in
 *       {@code zwnj-prefix-previous-blockers.txt} (می, the month May: {@code ۱۵ می ۲۰۲۰}, {@code ماه می});
 *       words that merely start with می (میز, میهن) are never split;</li>
 *   <li>the suffixes of {@code zwnj-suffixes.txt} (ها های هایی تر ترین ...) standing alone after a word are joined to
 *       it, with a ZWNJ after a joining letter ({@code کتاب ها} → {@code کتاب‌ها}) and directly after a
 *       non-joining one ({@code بندر ها} → {@code بندرها}); not after the words of
 *       {@code zwnj-suffix-blockers.txt} ({@code دست تر}, "wet hand").</li>
 * </ul>
 */
final class ZwnjRules {
    private ZwnjRules() {
    }

    static final char ZWNJ = '\u200C';

    static final Set<String> PREFIX_NEXT_BLOCKERS = WordList.load("zwnj-prefix-next-blockers.txt");
    static final Set<String> PREFIX_PREVIOUS_BLOCKERS = WordList.load("zwnj-prefix-previous-blockers.txt");
    static final Set<String> SUFFIX_BLOCKERS = WordList.load("zwnj-suffix-blockers.txt");
    static final Set<String> SUFFIXES = WordList.load("zwnj-suffixes.txt");

    /** Whether the ZWNJ at {@code in[i]} is kept, given what was written so far. */
    static boolean keepZwnj(TextBuffer out, char[] in, int i, int n, byte[] kind) {
        int j = joiningBase(out.chars, out.length);
        if (j < 0) {
            return false;
        }
        char base = out.chars[j];
        int k = i + 1;
        int limit = Math.min(n, i + 16);
        while (k < limit && (in[k] == ZWNJ || kind[in[k]] == CharPass.REMOVE)) {
            k++;
        }
        if (k >= limit && k < n) {
            return false; // a long run of invisibles: linear time matters more than this ZWNJ
        }
        if (k >= n) {
            return false;
        }
        char next = in[k];
        if (!CharClasses.isLetterOrMark(next)) {
            return false;
        }
        int lgc = CharClasses.LATIN | CharClasses.CYRGREEK;
        return !(CharClasses.is(base, lgc) && CharClasses.is(next, lgc));
    }

    /** True when {@code a[s, e)} is the standalone verbal prefix می or نمی. */
    static boolean isPrefix(char[] a, int s, int e) {
        int len = e - s;
        if (len == 2) {
            return a[s] == '\u0645' && a[s + 1] == '\u06CC';
        }
        return len == 3 && a[s] == '\u0646' && a[s + 1] == '\u0645' && a[s + 2] == '\u06CC';
    }

    /** True when all of {@code a[s, e)} is Arabic-script letters and marks, at least one letter. */
    static boolean isArabicWord(char[] a, int s, int e) {
        if (e <= s || !CharClasses.isArabicLetter(a[s])) {
            return false;
        }
        for (int k = s; k < e; k++) {
            char c = a[k];
            if (!CharClasses.isArabicLetter(c) && !CharClasses.is(c, CharClasses.MARK) && c != ZWNJ) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a standalone prefix is joined to the next word.
     *
     * @param previous the word before the prefix, or null
     * @param next     the word after it
     */
    static boolean joinPrefix(String previous, String next) {
        int z = next.indexOf(ZWNJ);
        String base = z > 0 ? next.substring(0, z) : next; // ماه‌ها is blocked like ماه
        if (next.length() < 2 || PREFIX_NEXT_BLOCKERS.contains(next) || PREFIX_NEXT_BLOCKERS.contains(base)) {
            return false;
        }
        if (previous != null) {
            if (PREFIX_PREVIOUS_BLOCKERS.contains(previous)) {
                return false;
            }
            if (!previous.isEmpty() && CharClasses.isAnyDigit(previous.charAt(previous.length() - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code suffix} standing alone after {@code previous} is joined to it. */
    static boolean joinSuffix(String previous, String suffix) {
        if (!SUFFIXES.contains(suffix) || previous.length() < 2) {
            return false;
        }
        return !SUFFIX_BLOCKERS.contains(previous) && !SUFFIX_BLOCKERS.contains(previous + " " + suffix);
    }

    /**
     * The index of the letter that a ZWNJ written after {@code o[0, len)} would follow, when the clean-up keeps a
     * ZWNJ there: a letter that joins the next one, followed by at most 16 marks; -1 otherwise (nothing, a ZWNJ, a
     * non-joining letter, a non-letter). The insertion rules ask the same question, so that what they write is
     * kept by the next run (idempotence).
     */
    static int joiningBase(char[] o, int len) {
        int j = len - 1;
        if (j < 0 || o[j] == ZWNJ) {
            return -1;
        }
        int stop = Math.max(-1, j - 16);
        while (j > stop && CharClasses.is(o[j], CharClasses.MARK)) {
            j--;
        }
        if (j == stop || j < 0) {
            return -1;
        }
        char base = o[j];
        return CharClasses.isLetter(base) && !CharClasses.is(base, CharClasses.NONJOIN) ? j : -1;
    }
}
