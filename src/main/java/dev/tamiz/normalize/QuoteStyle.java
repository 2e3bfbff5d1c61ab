package dev.tamiz.normalize;

/** Style option: quotes and apostrophes in Latin-script text. */
public enum QuoteStyle {
    /** Leave them as they are. */
    KEEP,
    /** ‘ ’ ‚ ‛ become {@code '}; “ ” „ ‟ become {@code "}. */
    ASCII,
    /** {@code '} and {@code "} become ‘ ’ and “ ” by position: opening at the start of a word, closing elsewhere. */
    TYPOGRAPHIC
}
