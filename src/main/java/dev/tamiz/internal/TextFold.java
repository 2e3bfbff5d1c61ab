package dev.tamiz.internal;

import com.ibm.icu.text.Normalizer2;

/**
 * The matching key of a text: what rules and duplicate tests compare, so that letter variants, case, diacritics,
 * ZWNJ, punctuation and spacing do not defeat them.
 *
 * <p>The key is: NFKC with case folding (ICU's NFKC_Casefold); Arabic yeh and alef maksura to Farsi yeh, Arabic
 * kaf to keheh, teh marbuta and heh with yeh above to heh, alef with hamza or madda to alef, waw with hamza to waw;
 * Persian and Arabic-Indic digits to ASCII; combining marks, tatweel and format characters (ZWNJ, bidi marks)
 * removed, ZWNJ counting as a word break; every other character that is not a letter or digit is a word break;
 * words joined by one space. Linear in the input.
 */
public final class TextFold {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private TextFold() {
    }

    /**
     * What {@link #key} does to each BMP char after NFKC_Casefold: 0 drops it, a space breaks words, anything else
     * is the char to append (letter variants and digits already folded). Surrogates take the general path. Built
     * in pages of 256 chars on first use (published through an atomic array; two threads may build the same page).
     */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<char[]> PAGES =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(256);

    private static char[] page(int hi) {
        char[] p = PAGES.get(hi);
        if (p == null) {
            p = new char[256];
            for (int lo = 0; lo < 256; lo++) {
                p[lo] = (char) classify((hi << 8) | lo);
            }
            PAGES.set(hi, p); // published whole through the atomic array
        }
        return p;
    }

    /**
     * Per BMP char, what the one-char fast path of {@link #key} needs: bits 0-15 the folded char that
     * {@code classify(NFKC_Casefold(c))} gives (0: dropped, a space: a word break) when NFKC_Casefold maps {@code c}
     * to at most one BMP char, with {@link #ONE_CHAR} set; {@link #BOUNDARY} when the normaliser always has a
     * boundary before {@code c} (nothing before it can combine with it). ZWNJ counts as the space {@link #key}
     * turns it into. Built in pages of 256 chars on first use, like {@link #PAGES}.
     */
    private static final FastPage[] FAST_PAGES = new FastPage[256];

    /**
     * A page read with a plain load: its values are a final field, so a thread that sees the page sees them whole
     * (two threads may build the same page: same contents).
     */
    private static final class FastPage {
        final int[] values;

        FastPage(int[] values) {
            this.values = values;
        }
    }

    private static final int ONE_CHAR = 1 << 16;
    private static final int BOUNDARY = 1 << 17;

    private static int[] fastPage(int hi) {
        FastPage page = FAST_PAGES[hi];
        if (page != null) {
            return page.values;
        }
        int[] p = new int[256];
        for (int lo = 0; lo < 256; lo++) {
            char c = (char) ((hi << 8) | lo);
            if (Character.isSurrogate(c)) {
                continue; // neither: surrogates take the general path
            }
            char x = c == '\u200C' ? ' ' : c;
            int v = NFKC_CF.hasBoundaryBefore(x) ? BOUNDARY : 0;
            String n = NFKC_CF.normalize(String.valueOf(x));
            if (n.isEmpty()) {
                v |= ONE_CHAR;
            } else if (n.length() == 1 && !Character.isSurrogate(n.charAt(0))) {
                v |= ONE_CHAR | (char) classify(n.charAt(0));
            }
            p[lo] = v;
        }
        FAST_PAGES[hi] = new FastPage(p);
        return p;
    }

    private static int fast(char c) {
        return fastPage(c >>> 8)[c & 0xFF];
    }

    /** The matching key of {@code text}. */
    public static String key(CharSequence text) {
        String s = text.toString();
        int n = s.length();
        char[] out = new char[Math.min(n, 1 << 16)];
        int len = 0;
        boolean space = true;
        // The text is cut into the normaliser's segments (a boundary before every char that always has one); a char
        // that is a segment alone and maps to one char is folded from the table, any other segment by ICU (with ZWNJ
        // as a word break: NFKC_Casefold would delete it, as it is default-ignorable).
        int i = 0;
        int next = n > 0 ? fast(s.charAt(0)) : 0;
        while (i < n) {
            int cur = next;
            int j = i + 1;
            next = j < n ? fast(s.charAt(j)) : BOUNDARY;
            if ((cur & ONE_CHAR) != 0 && (next & BOUNDARY) != 0) {
                char o = (char) cur;
                i = j;
                if (o == 0) {
                    continue;
                }
                if (len + 1 > out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, 16));
                }
                if (o != ' ') {
                    out[len++] = o;
                    space = false;
                } else if (!space) {
                    out[len++] = ' ';
                    space = true;
                }
                continue;
            }
            while (j < n && (next & BOUNDARY) == 0) {
                j++;
                next = j < n ? fast(s.charAt(j)) : BOUNDARY;
            }
            String seg = NFKC_CF.normalize(s.substring(i, j).replace('\u200C', ' '));
            i = j;
            if (len + 2 * seg.length() > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, len + 2 * seg.length()));
            }
            for (int k = 0; k < seg.length(); ) {
                char ch = seg.charAt(k);
                int o;
                if (Character.isSurrogate(ch)) {
                    int cp = seg.codePointAt(k);
                    k += Character.charCount(cp);
                    o = classify(cp);
                } else {
                    k++;
                    o = page(ch >>> 8)[ch & 0xFF];
                }
                if (o == 0) {
                    continue;
                }
                if (o != ' ') {
                    len += Character.toChars(o, out, len);
                    space = false;
                } else if (!space) {
                    out[len++] = ' ';
                    space = true;
                }
            }
        }
        if (len > 0 && out[len - 1] == ' ') {
            len--;
        }
        return new String(out, 0, len);
    }

    /** Per 256-char page: true for the chars {@link #hygienic} keeps unchanged (built on first use). */
    private static final PlainPage[] PLAIN_PAGES = new PlainPage[256];

    /** Like {@link FastPage}. */
    private static final class PlainPage {
        final boolean[] values;

        PlainPage(boolean[] values) {
            this.values = values;
        }
    }

    private static boolean plain(char c) {
        PlainPage page = PLAIN_PAGES[c >>> 8];
        if (page != null) {
            return page.values[c & 0xFF];
        }
        boolean[] p = new boolean[256];
        for (int lo = 0; lo < 256; lo++) {
            char x = (char) ((c & 0xFF00) | lo);
            int type = Character.getType(x);
            p[lo] = type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE && type != Character.SURROGATE
                    && (type != Character.SPACE_SEPARATOR || x == ' ') && x != TATWEEL;
        }
        PLAIN_PAGES[c >>> 8] = new PlainPage(p);
        return p[c & 0xFF];
    }

    /** 0 to drop {@code cp}, a space for a word break, else the folded code point to keep. */
    private static int classify(int cp) {
        cp = foldArabic(cp);
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x0640
                || (type == Character.FORMAT && cp != 0x200C)) {
            return 0;
        }
        if (Character.isLetterOrDigit(cp)) {
            int digit = Character.digit(cp, 10);
            if (digit >= 0 && cp > 0x7F) {
                cp = '0' + digit;
            }
            return cp == ' ' || cp == 0 ? ' ' : cp;
        }
        return ' ';
    }

    /** Folds the Arabic-script letter variants that Persian and Arabic pages mix. */
    public static int foldArabic(int cp) {
        switch (cp) {
            case 0x064A: case 0x0649: case 0x06D2: case 0x06CD: case 0x0626: return 0x06CC; // ي ى ے ۍ ئ → ی
            case 0x0643: return 0x06A9;                                    // ك → ک
            case 0x0629: case 0x06C0: case 0x06C1: case 0x06D5: return 0x0647; // ة ۀ ہ ە → ه
            case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627; // أ إ آ ٱ → ا
            case 0x0624: return 0x0648;                                    // ؤ → و
            default: return cp;
        }
    }

    /** The words of a key (split at its single spaces); none for the empty key. */
    public static String[] split(String key) {
        if (key.isEmpty()) {
            return new String[0];
        }
        String[] out = new String[words(key)];
        int from = 0;
        for (int w = 0; w < out.length; w++) {
            int sp = key.indexOf(' ', from);
            if (sp < 0) {
                sp = key.length();
            }
            out[w] = key.substring(from, sp);
            from = sp + 1;
        }
        return out;
    }

    /** Number of words of a key (words are separated by single spaces). */
    public static int words(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** U+0640 ARABIC TATWEEL: elongation only, which normalisation removes. */
    private static final char TATWEEL = '\u0640';

    /**
     * The text as normalisation will leave it for matching purposes: controls, format characters (bidi marks, ZWSP),
     * tatweel, lone surrogates and unassigned code points removed, every space separator a plain space, trimmed (of
     * whitespace and ZWNJ).
     * Cleaning the cleaned text must recognise the same lines.
     */
    public static String hygienic(String text) {
        char[] out = null; // made at the first char that changes
        int o = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (plain(c)) {
                // the common case: a char kept as it is (a plain char is none of those tested below)
                if (out != null) {
                    out[o++] = c;
                }
                continue;
            }
            int type = Character.getType(c);
            boolean drop = c == TATWEEL || (type == Character.CONTROL && c != '\t')
                    || (type == Character.FORMAT && c != '\u200C')
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || (type == Character.SURROGATE && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1))));
            boolean space = c == '\t' || type == Character.SPACE_SEPARATOR;
            if ((drop || (space && c != ' ')) && out == null) {
                out = new char[text.length()];
                text.getChars(0, i, out, 0);
                o = i;
            }
            if (out != null && !drop) {
                out[o++] = space ? ' ' : c;
            }
        }
        return trim(out == null ? text : new String(out, 0, o));
    }

    /** {@link String#strip} that also takes off ZWNJs at either end (normalisation drops a ZWNJ not between letters). */
    private static String trim(String t) {
        int s = 0;
        int e = t.length();
        while (s < e && (t.charAt(s) == '\u200C' || Character.isWhitespace(t.charAt(s)))) {
            s++;
        }
        while (e > s && (t.charAt(e - 1) == '\u200C' || Character.isWhitespace(t.charAt(e - 1)))) {
            e--;
        }
        return s == 0 && e == t.length() ? t : t.substring(s, e);
    }

}
