package dev.tamiz.lang;

/**
 * Identifies the language of a piece of text: a paragraph, a heading or a single word.
 *
 * <p>Implementations must be thread-safe and must never throw on any input (empty text, lone surrogates, binary
 * garbage); when the evidence is too thin they answer {@link LanguageResult#UNDETERMINED}'s tag {@code und}.
 * Tamiz ships {@link LanguageDetectors#standard()}; users may plug in their own through the cleaner's builder.
 */
public interface LanguageDetector {

    /** Detects the dominant language of {@code text}. */
    LanguageResult detect(CharSequence text);

    /**
     * A detector that answers only one of {@code tags} (or {@code und}). The standard detector really restricts:
     * it picks the most likely of the allowed languages. This default, for plugged-in detectors, can only filter:
     * an answer outside {@code tags} becomes {@code und}.
     */
    default LanguageDetector restrictedTo(java.util.Collection<String> tags) {
        java.util.Set<String> allowed = java.util.Set.copyOf(tags);
        LanguageDetector self = this;
        return text -> {
            LanguageResult r = self.detect(text);
            return allowed.contains(r.tag()) ? r : new LanguageResult("und", 0.0, r.script());
        };
    }

    /** The BCP 47 tag of {@link #detect(CharSequence)}, for callers that need only the tag. */
    default String detectTag(CharSequence text) {
        return detect(text).tag();
    }
}
