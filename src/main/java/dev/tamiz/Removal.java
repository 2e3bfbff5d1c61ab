package dev.tamiz;

import java.util.Objects;

/**
 * One block the cleaner took out of the page, and why.
 *
 * @param reason the family of the block ({@code search-box}, {@code comment-form}, {@code chat-widget},
 *               {@code duplicate}, {@code metadata:date}, ...); metadata lines carry {@code metadata:<field>}
 * @param ruleId the rule or heuristic that decided ({@code en.search-box.1}, {@code heuristic.no-words}, ...)
 * @param text   the block as it stood in the input
 * @param start  offset of the block's first char in the input (inclusive)
 * @param end    offset after its last char (exclusive)
 */
public record Removal(String reason, String ruleId, String text, int start, int end) {
    public Removal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /** True for a metadata line, whose value went into the document's fields. */
    public boolean isMetadata() {
        return reason.startsWith("metadata:");
    }
}
