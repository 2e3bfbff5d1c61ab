package dev.tamiz.meta;

import java.util.Objects;

/**
 * A date found in a page.
 *
 * @param iso      ISO 8601 in the Gregorian calendar: {@code 2022-06-27T19:41}, or {@code 2021-10-07} without a time
 * @param original the text the date was read from, as written
 * @param calendar {@code gregorian} or {@code persian} (Solar Hijri)
 * @param start    offset of the date's first char in the text it was parsed from
 * @param end      offset after its last char
 */
public record ParsedDate(String iso, String original, String calendar, int start, int end) {
    public ParsedDate {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(calendar, "calendar");
    }
}
