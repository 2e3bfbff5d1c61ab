package dev.tamiz.lang;

/**
 * A run of text in a language other than its paragraph's dominant one.
 *
 * @param tag   BCP 47 tag of the run
 * @param start offset of the run's first char in the detected text (inclusive, UTF-16 units)
 * @param end   offset after the run's last char (exclusive)
 */
public record LanguageSpan(String tag, int start, int end) {
    public LanguageSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
