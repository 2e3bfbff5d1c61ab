package dev.tamiz;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A cleaned page: its paragraphs in order, what was removed, and the metadata the page carried.
 *
 * <p>Every non-blank block of the input is in exactly one of {@link #paragraphs()} and {@link #removed()}.
 *
 * @param source     where the text came from (a file name, a URL, an id), or {@code null}
 * @param language   BCP 47 tag of the page's dominant language (by kept text), {@code und} when there is none
 * @param title      the page's title, or {@code null}
 * @param date       the page's date in ISO 8601 ({@code 2022-06-27T19:41} or {@code 2021-10-07}), Solar Hijri and
 *                   other calendars converted; {@code null} when none was found
 * @param metadata   further fields: {@code news_id}, {@code section}, {@code byline}, {@code date_original}, ...
 * @param paragraphs the kept blocks, in input order
 * @param removed    the removed blocks, in input order
 */
public record Document(String source, String language, String title, String date, Map<String, String> metadata,
                       List<Paragraph> paragraphs, List<Removal> removed) {
    public Document {
        Objects.requireNonNull(language, "language");
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }

    /** The title, if one was found. */
    public Optional<String> titleIfAny() {
        return Optional.ofNullable(title);
    }

    /** The kept text: paragraphs separated by blank lines. */
    public String text() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    }
}
