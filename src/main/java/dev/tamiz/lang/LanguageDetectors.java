package dev.tamiz.lang;

/**
 * The detectors Tamiz ships.
 */
public final class LanguageDetectors {

    private LanguageDetectors() {
    }

    /** The default detector: script first, then the language within the script. Thread-safe, shared. */
    public static LanguageDetector standard() {
        return ScriptLanguageDetector.INSTANCE;
    }
}
