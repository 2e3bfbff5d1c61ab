package dev.tamiz.lang;

import java.util.List;
import java.util.Objects;

/**
 * The language of a text as a detector sees it.
 *
 * @param tag        BCP 47 tag ({@code fa}, {@code en}, {@code ps}, ...), {@code und} when undetermined
 * @param confidence probability-like confidence in {@code [0, 1]} that {@code tag} is right
 * @param script     ISO 15924 code of the text's dominant script ({@code Arab}, {@code Latn}, {@code Cyrl}, ...),
 *                   {@code Zyyy} when the text has no letters
 * @param spans      runs of another language inside the text (an English name in a Persian paragraph), with
 *                   offsets into the text; empty when the text is in one language
 */
public record LanguageResult(String tag, double confidence, String script, List<LanguageSpan> spans) {

    /** The result for text that carries no usable evidence. */
    public static final LanguageResult UNDETERMINED = new LanguageResult("und", 0.0, "Zyyy", List.of());

    public LanguageResult {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(script, "script");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        spans = List.copyOf(spans);
    }

    /** A result without spans. */
    public LanguageResult(String tag, double confidence, String script) {
        this(tag, confidence, script, List.of());
    }

    /** True when the detector could not decide. */
    public boolean isUndetermined() {
        return "und".equals(tag);
    }
}
