package dev.tamiz;

import java.util.Map;
import java.util.Objects;

/**
 * One block of a page with the cleaner's decision on it and the evidence, for {@code tamiz clean --explain}.
 *
 * @param start    offset of the block's first char in the input
 * @param end      offset after its last char
 * @param text     the block as it stood in the input
 * @param kept     true when the block became a paragraph
 * @param reason   {@code content} for a kept block, else the removal reason
 * @param ruleId   the rule or heuristic that decided
 * @param features the evidence: feature name to value
 */
public record Explanation(int start, int end, String text, boolean kept, String reason, String ruleId,
                          Map<String, String> features) {
    public Explanation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ruleId, "ruleId");
        features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
    }
}
