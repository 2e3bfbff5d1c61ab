package dev.tamiz;

/**
 * Starting points for a {@link Cleaner.Builder}; every option can still be changed after choosing one.
 */
public enum Preset {
    /**
     * The default, for scraped news and article pages: boilerplate removed by rules and heuristics, metadata
     * lines read into the document's fields, text normalised with the {@code corpus} profile, languages detected.
     */
    NEWS,
    /**
     * Nothing removed: every block is kept, normalised, given a kind and a language. A baseline, and for text that
     * is known to be clean.
     */
    KEEP_ALL
}
