package dev.tamiz;

import dev.tamiz.lang.LanguageSpan;

import java.util.List;
import java.util.Objects;

/**
 * One kept block of a cleaned page.
 *
 * @param index      position among the document's paragraphs, from 0
 * @param kind       what the block is in the page
 * @param lang       BCP 47 tag of the paragraph's language, {@code und} when undetermined
 * @param confidence the language detector's confidence, in {@code [0, 1]}
 * @param script     ISO 15924 code of the dominant script ({@code Arab}, {@code Latn}, ...)
 * @param text       the normalised text
 * @param start      offset of the block's first char in the input (UTF-16 units, inclusive)
 * @param end        offset after the block's last char in the input (exclusive); {@code input.substring(start, end)}
 *                   is the raw block, which for re-joined hard-wrapped lines spans several input lines
 * @param spans      runs of another language inside the paragraph, offsets into {@link #text()}
 */
public record Paragraph(int index, Kind kind, String lang, double confidence, String script, String text,
                        int start, int end, List<LanguageSpan> spans) {
    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        spans = List.copyOf(spans);
    }
}
