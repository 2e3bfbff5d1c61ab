package dev.tamiz.normalize;

/**
 * Finds the protected spans of a space-delimited chunk: text that the spacing, punctuation, digit and quote rules
 * never touch, nor the homoglyph rules the identifiers among them (all but numbers, versions and mixed tokens) (the
 * Unicode hygiene of {@link CharPass} still applies). A chunk's core is the
 * chunk without leading opening brackets and quotes and trailing punctuation and closing brackets and quotes.
 * <ul>
 *   <li>URLs: a core containing {@code ://} or starting with {@code www.};</li>
 *   <li>emails: {@code local@domain.tld};</li>
 *   <li>@mentions: {@code @} followed by ASCII letters, digits, {@code _} and inner dots;</li>
 *   <li>#hashtags: {@code #} followed by letters, digits, marks, {@code _} and ZWNJ of any script;</li>
 *   <li>domains and file names: ASCII labels joined by dots, the last a lowercase 2–6 letter (or letter and digit)
 *       extension, optionally followed by a {@code /path} ({@code isna.ir/news}, {@code report.pdf});</li>
 *   <li>HTML entities {@code &amp;}, {@code &#1234;}, {@code &#x6CC;} (and HTML tags {@code <...>}, found by
 *       {@link TokenPass} since they may contain spaces);</li>
 *   <li>numbers with separators, times, dates and versions: digits (ASCII, Arabic-Indic or Persian) with inner
 *       {@code . , : / -} U+066B U+066C, optionally after {@code v} ({@code 1,234.5}, {@code ۱۲٫۵},
 *       {@code 10:30}, {@code 1402/05/12}, {@code v2.3.1});</li>
 *   <li>mixed tokens: ASCII runs of letters, digits, {@code _} and inner hyphens with at least one letter and one
 *       digit ({@code COVID-19}, {@code iPhone15}, {@code MP3}), with the number with separators they may end in
 *       ({@code COVID-19.5}).</li>
 * </ul>
 */
final class ProtectedSpans {
    private ProtectedSpans() {
    }

    /** True for chars that make a chunk worth checking. */
    static boolean trigger(char c) {
        return c < 0x80 ? TRIGGER_ASCII[c] : CharClasses.isAnyDigit(c);
    }

    private static final boolean[] TRIGGER_ASCII = new boolean[0x80];

    static {
        for (char c : "0123456789.:/@#&".toCharArray()) {
            TRIGGER_ASCII[c] = true;
        }
    }

    static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '{' || c == '«' || c == '“' || c == '‘' || c == '"' || c == '\''
                || c == '‹' || c == '„';
    }

    static boolean isTrailing(char c) {
        switch (c) {
            case '.': case ',': case ';': case ':': case '!': case '?': case '،': case '؛': case '؟': case ')':
            case ']': case '}': case '»': case '”': case '’': case '"': case '\'': case '…': case '›':
                return true;
            default:
                return false;
        }
    }

    private static boolean asciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Appends the protected ranges of {@code a[s, e)} to {@code out} as pairs, sorted, non-overlapping; returns
     * the new size of {@code out}. Each range is at least two chars long, so {@code out} needs room for
     * {@code e - s} more ints (a range that does not fit is left out).
     *
     * @param all false for the identifiers alone: URLs, emails, domains and file names, mentions, hashtags and
     *            entities, not numbers, versions and mixed tokens
     */
    static int find(char[] a, int s, int e, int[] out, int size, boolean all) {
        int cs = s;
        while (cs < e && isOpening(a[cs])) {
            cs++;
        }
        int ce = e;
        while (ce > cs && isTrailing(a[ce - 1])) {
            ce--;
        }
        if (ce <= cs) {
            return size;
        }
        if (isUrl(a, cs, ce) || isEmail(a, cs, ce) || isDomainOrFile(a, cs, ce)) {
            return add(out, size, cs, ce);
        }
        if (a[cs] == '@' && cs + 1 < ce && (asciiAlnum(a[cs + 1]) || a[cs + 1] == '_')) {
            int k = cs + 1;
            while (k < ce && (asciiAlnum(a[k]) || a[k] == '_' || a[k] == '.')) {
                k++;
            }
            while (a[k - 1] == '.') {
                k--;
            }
            size = add(out, size, cs, k);
            return findInner(a, k, e, out, size, all);
        }
        if (a[cs] == '#' && cs + 1 < ce && (CharClasses.isLetterOrMark(a[cs + 1]) || CharClasses.isAnyDigit(a[cs + 1])
                || a[cs + 1] == '_')) {
            int k = cs + 1;
            while (k < ce && (CharClasses.isLetterOrMark(a[k]) || CharClasses.is(a[k], CharClasses.DIGIT)
                    || a[k] == '_' || a[k] == '\u200C')) {
                k++;
            }
            size = add(out, size, cs, k);
            return findInner(a, k, e, out, size, all);
        }
        return findInner(a, s, e, out, size, all);
    }

    /** Entities, numbers with separators and mixed tokens inside {@code a[s, e)} (entities alone unless {@code all}). */
    private static int findInner(char[] a, int s, int e, int[] out, int size, boolean all) {
        if (!all) {
            // the same entities as below: no other span takes an '&'
            for (int k = s; k < e; k++) {
                if (a[k] == '&') {
                    int end = entityEnd(a, k, e);
                    if (end > 0) {
                        size = add(out, size, k, end);
                        k = end - 1;
                    }
                }
            }
            return size;
        }
        int k = s;
        while (k < e) {
            char c = a[k];
            if (c == '&') {
                int end = entityEnd(a, k, e);
                if (end > 0) {
                    size = add(out, size, k, end);
                    k = end;
                    continue;
                }
                k++;
            } else if (asciiAlnum(c) && (k == s || !asciiAlnum(a[k - 1]) && a[k - 1] != '_')) {
                // an ASCII word, possibly with inner hyphens: mixed token or version
                int w = k;
                boolean letter = false;
                boolean digit = false;
                int q = k;
                while (q < e) {
                    char d = a[q];
                    if (asciiLetter(d)) {
                        letter = true;
                    } else if (d >= '0' && d <= '9') {
                        digit = true;
                    } else if (d == '_' || d == '-' && q + 1 < e && asciiAlnum(a[q + 1]) && q > w) {
                        // inner joiner
                    } else {
                        break;
                    }
                    q++;
                }
                if ((c == 'v' || c == 'V') && w + 1 < e && a[w + 1] >= '0' && a[w + 1] <= '9') {
                    int end = numberEnd(a, w + 1, e);
                    if (end > q) {
                        q = end;
                    }
                    size = add(out, size, w, q);
                    k = q;
                    continue;
                }
                if (letter && digit) {
                    // extend over a number with separators that the token ends in (COVID-19.5, A4٫۵): the
                    // homoglyph fix can turn a Cyrillic letter before a number into an ASCII one, and the span must
                    // be the same before and after it
                    if (q < e && isSep(a[q]) && a[q - 1] >= '0' && a[q - 1] <= '9') {
                        int ds = q - 1;
                        while (ds > w && a[ds - 1] >= '0' && a[ds - 1] <= '9') {
                            ds--;
                        }
                        int end = numberEnd(a, ds, e);
                        if (end > q) {
                            q = end;
                        }
                    }
                    size = add(out, size, w, q);
                    k = q;
                    continue;
                }
                if (!letter && digit) {
                    int end = numberEnd(a, w, e);
                    if (end > 0) {
                        size = add(out, size, w, end);
                        k = end;
                        continue;
                    }
                }
                k = q > k ? q : k + 1;
            } else if (CharClasses.isAnyDigit(c) && (k == s || !CharClasses.isAnyDigit(a[k - 1]))) {
                int end = numberEnd(a, k, e);
                if (end > 0) {
                    size = add(out, size, k, end);
                    k = end;
                } else {
                    k++;
                }
            } else {
                k++;
            }
        }
        return size;
    }

    private static boolean isSep(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == '\u066B' || c == '\u066C';
    }

    /** End of a number with at least one separator starting at {@code a[k]}, or 0. */
    private static int numberEnd(char[] a, int k, int e) {
        int q = k;
        boolean sep = false;
        while (q < e) {
            if (CharClasses.isAnyDigit(a[q])) {
                q++;
            } else if (isSep(a[q]) && q + 1 < e && CharClasses.isAnyDigit(a[q + 1]) && q > k) {
                sep = true;
                q++;
            } else {
                break;
            }
        }
        return sep ? q : 0;
    }

    private static int entityEnd(char[] a, int k, int e) {
        int q = k + 1;
        if (q < e && a[q] == '#') {
            q++;
            boolean hex = q < e && (a[q] == 'x' || a[q] == 'X');
            if (hex) {
                q++;
            }
            int d = q;
            while (q < e && q - d < 7 && (a[q] >= '0' && a[q] <= '9'
                    || hex && (a[q] >= 'a' && a[q] <= 'f' || a[q] >= 'A' && a[q] <= 'F'))) {
                q++;
            }
            return q > d && q < e && a[q] == ';' ? q + 1 : 0;
        }
        int d = q;
        while (q < e && q - d < 32 && asciiAlnum(a[q])) {
            q++;
        }
        return q - d >= 2 && q < e && a[q] == ';' ? q + 1 : 0;
    }

    private static boolean isUrl(char[] a, int cs, int ce) {
        if (ce - cs >= 4 && (a[cs] == 'w' || a[cs] == 'W') && (a[cs + 1] == 'w' || a[cs + 1] == 'W')
                && (a[cs + 2] == 'w' || a[cs + 2] == 'W') && a[cs + 3] == '.') {
            return true;
        }
        for (int k = cs + 1; k + 2 < ce; k++) {
            if (a[k] == ':' && a[k + 1] == '/' && a[k + 2] == '/' && asciiLetter(a[k - 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmail(char[] a, int cs, int ce) {
        int at = -1;
        for (int k = cs; k < ce; k++) {
            if (a[k] == '@') {
                at = k;
                break;
            }
        }
        if (at <= cs || at >= ce - 3) {
            return false;
        }
        for (int k = cs; k < at; k++) {
            char c = a[k];
            if (!(asciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')) {
                return false;
            }
        }
        boolean dot = false;
        for (int k = at + 1; k < ce; k++) {
            char c = a[k];
            if (c == '.') {
                dot = k > at + 1;
            } else if (!(asciiAlnum(c) || c == '-')) {
                return false;
            }
        }
        return dot;
    }

    private static boolean isDomainOrFile(char[] a, int cs, int ce) {
        int end = ce;
        for (int k = cs; k < ce; k++) {
            if (a[k] == '/') {
                end = k;
                break;
            }
        }
        int lastDot = -1;
        for (int k = cs; k < end; k++) {
            char c = a[k];
            if (c == '.') {
                if (k == cs || a[k - 1] == '.') {
                    return false;
                }
                lastDot = k;
            } else if (!(asciiAlnum(c) || c == '-' || c == '_')) {
                return false;
            }
        }
        if (lastDot < 0) {
            return false;
        }
        int extLen = end - lastDot - 1;
        if (extLen < 2 || extLen > 6 || !(a[lastDot + 1] >= 'a' && a[lastDot + 1] <= 'z')) {
            return false;
        }
        for (int k = lastDot + 1; k < end; k++) {
            if (!(a[k] >= 'a' && a[k] <= 'z' || a[k] >= '0' && a[k] <= '9')) {
                return false;
            }
        }
        // the part before the dot needs a letter or digit run of its own
        return asciiAlnum(a[lastDot - 1]);
    }

    private static int add(int[] out, int size, int s, int e) {
        if (e <= s || size + 2 > out.length) {
            return size;
        }
        out[size] = s;
        out[size + 1] = e;
        return size + 2;
    }
}
