package dev.tamiz;

/**
 * The one-line entry point.
 *
 * <pre>{@code
 * Document doc = Tamiz.clean(scrapedText);
 * for (Paragraph p : doc.paragraphs()) System.out.println(p.lang() + "\t" + p.text());
 * }</pre>
 */
public final class Tamiz {

    private Tamiz() {
    }

    /** Cleans {@code text} with the default cleaner. Never throws on any string; {@code null} is rejected. */
    public static Document clean(String text) {
        return Cleaner.standard().clean(text);
    }

    /** A builder for a configured, immutable, thread-safe {@link Cleaner}. */
    public static Cleaner.Builder builder() {
        return Cleaner.builder();
    }
}
