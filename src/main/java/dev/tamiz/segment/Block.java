package dev.tamiz.segment;

import java.util.Objects;

/**
 * One block of the input: a line, or several hard-wrapped lines joined.
 *
 * @param text       the block's text: the line, or the wrapped lines joined by one space (a line ending in a
 *                   hyphen after a letter is joined without one); line terminators are never part of it
 * @param start      offset of the block's first char in the input (inclusive)
 * @param end        offset after its last char (exclusive)
 * @param lines      how many input lines the block spans (1 unless re-joined)
 * @param blankBefore true when a blank line (or the start of the input) precedes the block
 * @param listMarker the bullet or number that opens the block ({@code •}, {@code -}, {@code 1.}, {@code ۲)}),
 *                   empty when none
 */
public record Block(String text, int start, int end, int lines, boolean blankBefore, String listMarker) {
    public Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(listMarker, "listMarker");
        if (start < 0 || end < start || lines < 1) {
            throw new IllegalArgumentException("bad block " + start + ".." + end + " lines=" + lines);
        }
    }

    /** True when the block opens with a bullet or a number. */
    public boolean isListItem() {
        return !listMarker.isEmpty();
    }

    /** True when the block opens with a number or letter of an ordered list ({@code 2.}, {@code ۳)}, {@code (a)}). */
    public boolean isOrderedItem() {
        return listMarker.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The text as the cleaner keeps it: without the bullet of an unordered list item (an ordered item's number is
     * content: "step 2"). Decisions are taken on it, so that cleaning the cleaned text decides the same way.
     */
    public String keptText() {
        return isListItem() && !isOrderedItem() ? body() : text;
    }

    /** The text without its list marker. */
    public String body() {
        if (listMarker.isEmpty()) {
            return text;
        }
        return text.substring(text.indexOf(listMarker) + listMarker.length()).strip();
    }

    /**
     * The blocks of a run (hard-wrapped lines of one paragraph) as one block: their stripped texts joined by single
     * spaces, from the first's start to the last's end, their lines added up, the first's blank line and marker.
     */
    public static Block join(java.util.List<Block> run) {
        Block first = run.get(0);
        StringBuilder sb = new StringBuilder(first.text().strip());
        int lines = first.lines();
        for (int k = 1; k < run.size(); k++) {
            sb.append(' ').append(run.get(k).text().strip());
            lines += run.get(k).lines();
        }
        return new Block(sb.toString(), first.start(), run.get(run.size() - 1).end(), lines, first.blankBefore(),
                first.listMarker());
    }
}
