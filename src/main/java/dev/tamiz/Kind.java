package dev.tamiz;

/**
 * What a kept paragraph is in its page.
 */
public enum Kind {
    /** A title or subheading: short, no sentence punctuation, followed by text. */
    HEADING("heading"),
    /** Running text. */
    PARAGRAPH("paragraph"),
    /** One item of a bulleted, numbered or plain run of short parallel lines. */
    LIST_ITEM("list-item"),
    /** A block quotation (a line that is all quote, or marked with {@code >}). */
    QUOTE("quote"),
    /** A photo caption or credit ("Photo: ...", "عکس: ..."). */
    CAPTION("caption");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The name used in JSON output: {@code heading}, {@code paragraph}, {@code list-item}, {@code quote}, {@code caption}. */
    public String label() {
        return label;
    }

    /** The kind with this {@link #label()}. */
    public static Kind ofLabel(String label) {
        for (Kind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind: " + label);
    }
}
