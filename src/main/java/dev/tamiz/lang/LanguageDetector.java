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

    /** The BCP 47 tag of {@link #detect(CharSequence)}, for callers that need only the tag. */
    default String detectTag(CharSequence text) {
        return detect(text).tag();
    }
}
