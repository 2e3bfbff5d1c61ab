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

    /** Published through an atomic array, so a thread that reads a page sees it whole. */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<byte[]> PAGES =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(256);

    private CharFlags() {
    }

    /** The flags of {@code c}. */
    static int of(char c) {
        byte[] p = PAGES.get(c >>> 8);
        if (p == null) {
            p = new byte[256];
            for (int lo = 0; lo < 256; lo++) {
                char x = (char) ((c & 0xFF00) | lo);
                p[lo] = (byte) ((Character.isLetter(x) ? LETTER : 0) | (Character.isUpperCase(x) ? UPPER : 0)
                        | (Character.isLowerCase(x) ? LOWER : 0) | (Character.isDigit(x) ? DIGIT : 0)
                        | (Character.isWhitespace(x) ? SPACE : 0));
            }
            PAGES.set(c >>> 8, p); // two threads may build the same page: same contents
        }
        return p[c & 0xFF];
    }
}
