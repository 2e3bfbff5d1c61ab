package dev.tamiz.normalize;

/**
 * Named groups of normalisation style choices. Correctness fixes are on in every profile; the profiles differ
 * only in style (see {@code docs/normalisation.md}).
 */
public enum Profile {
    /** The default: text for NLP corpora. Fixes on, conservative style. */
    CORPUS,
    /** Publishing: typographic quotes, Persian guillemets, ellipsis and dash fixes. */
    TYPOGRAPHIC,
    /** Indexing: aggressive folding (diacritics removed, digits to Latin, quotes to ASCII). */
    SEARCH
}
