package dev.tamiz.boilerplate;

/**
 * The character properties the classifier's score counts ({@link Character#isLetter}, upper and lower case,
 * {@link Character#isDigit}, {@link Character#isWhitespace}) as bits, from a table built per 256-char page on
 * first use, so that the count over a block costs one array read per char.
 */
final class CharFlags {

    static final int LETTER = 1;
    static final int UPPER = 2;
    static final int LOWER = 4;
    static final int DIGIT = 8;
    static final int SPACE = 16;

    /**
     * Pages of 256 chars, built on first use. A page is read with a plain load: its flags are a final field, so a
     * thread that sees the page sees them whole (two threads may build the same page: same contents).
     */
    private static final Page[] PAGES = new Page[256];

    private static final class Page {
        final byte[] flags;

        Page(int hi) {
            flags = new byte[256];
            for (int lo = 0; lo < 256; lo++) {
                char x = (char) ((hi << 8) | lo);
                flags[lo] = (byte) ((Character.isLetter(x) ? LETTER : 0) | (Character.isUpperCase(x) ? UPPER : 0)
                        | (Character.isLowerCase(x) ? LOWER : 0) | (Character.isDigit(x) ? DIGIT : 0)
                        | (Character.isWhitespace(x) ? SPACE : 0));
            }
        }
    }

    private CharFlags() {
    }

    /** The flags of {@code c}. */
    static int of(char c) {
        Page p = PAGES[c >>> 8];
        if (p == null) {
            p = new Page(c >>> 8);
            PAGES[c >>> 8] = p;
        }
        return p.flags[c & 0xFF];
    }
}
