package dev.tamiz.boilerplate;

import java.util.Map;
import java.util.Objects;

/**
 * The boilerplate stage's verdict on one block.
 *
 * @param keep     true to keep the block as content
 * @param reason   for a removed block, its family ({@code search-box}, {@code duplicate}, ...); {@code content}
 *                 for a kept one
 * @param ruleId   the rule or heuristic that decided ({@code en.search-box.1}, {@code heuristic.no-words});
 *                 {@code default.keep} when nothing spoke against the block
 * @param features the evidence, for {@code --explain}: feature name to value
 */
public record Decision(boolean keep, String reason, String ruleId, Map<String, String> features) {
    public Decision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ruleId, "ruleId");
        features = features.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
    }

    static Decision keep(String ruleId, Map<String, String> features) {
        return new Decision(true, "content", ruleId, features);
    }

    static Decision remove(String reason, String ruleId, Map<String, String> features) {
        return new Decision(false, reason, ruleId, features);
    }
}
