package dev.tamiz.normalize;

import java.util.Arrays;

/**
 * A normalised text together with the map from its positions back to the input it came from.
 */
public final class Normalized {
    private final String text;
    private final int[] toInput;

    /**
     * @param text    the normalised text
     * @param toInput for each position {@code i} of {@code text}, 0 to {@code text.length()} inclusive, the input
     *                offset it came from; non-decreasing
     */
    public Normalized(String text, int[] toInput) {
        if (toInput.length != text.length() + 1) {
            throw new IllegalArgumentException("map length " + toInput.length + " for text length " + text.length());
        }
        this.text = text;
        this.toInput = toInput.clone();
    }

    /** Takes {@code toInput} without copying (null when unknown: {@link #toInput} then fails). */
    Normalized(String text, int[] toInput, boolean unused) {
        this.text = text;
        this.toInput = toInput;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /**
     * Maps a position in the normalised text ({@code 0} to {@code text().length()}) to the input position it came
     * from. Inserted characters map to the position of the input character they were inserted before.
     */
    public int toInput(int position) {
        if (position < 0 || position > text.length()) {
            throw new IndexOutOfBoundsException("position " + position + " outside 0.." + text.length());
        }
        if (toInput == null) {
            throw new IllegalStateException("no offset map: use Normalizer.normalizeMapped");
        }
        return toInput[position];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalized n && n.text.equals(text) && Arrays.equals(n.toInput, toInput);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(toInput);
    }

    @Override
    public String toString() {
        return text;
    }
}
