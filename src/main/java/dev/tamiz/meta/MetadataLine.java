package dev.tamiz.meta;

import java.util.Map;
import java.util.Objects;

/**
 * A block recognised as a metadata line, with the fields it carries.
 *
 * @param reason the removal reason: {@code metadata:} and the fields' names joined by {@code +}
 *               ({@code metadata:news_id+date})
 * @param fields field name to value; a date's value is ISO 8601, its text as written is under
 *               {@code date_original}
 */
public record MetadataLine(String reason, Map<String, String> fields) {
    public MetadataLine {
        Objects.requireNonNull(reason, "reason");
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
