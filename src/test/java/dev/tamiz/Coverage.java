package dev.tamiz;

import dev.tamiz.segment.Segmenter;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output contract's invariants, shared by the example and property tests. */
final class Coverage {

    private Coverage() {
    }

    /**
     * Every non-blank input line is covered by exactly one paragraph or removal, offsets are inside the input and
     * slice it to the block, and paragraphs and removals are in input order.
     */
    static void check(String input, Document d) {
        List<int[]> spans = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) {
            spans.add(new int[] {p.start(), p.end()});
            assertTrue(!p.text().isBlank(), "blank paragraph text");
            assertTrue(p.confidence() >= 0 && p.confidence() <= 1);
        }
        for (Removal r : d.removed()) {
            spans.add(new int[] {r.start(), r.end()});
            assertEquals(r.text(), input.substring(r.start(), r.end()), "removal text must slice the input");
        }
        for (int i = 0; i < d.paragraphs().size(); i++) {
            assertEquals(i, d.paragraphs().get(i).index());
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        int prevEnd = -1;
        for (int[] s : spans) {
            assertTrue(s[0] >= 0 && s[1] <= input.length() && s[0] < s[1], "span outside input");
            assertTrue(s[0] >= prevEnd, "overlapping spans");
            prevEnd = s[1];
        }
        // every non-blank line lies inside one span
        int lineStart = input.startsWith("\uFEFF") ? 1 : 0;
        for (int i = lineStart; i <= input.length(); i++) {
            boolean end = i == input.length() || "\n\r\u2028\u2029\u0085\u000B\u000C".indexOf(input.charAt(i)) >= 0;
            if (!end) {
                continue;
            }
            String line = input.substring(lineStart, i);
            if (!isBlank(line)) {
                int first = lineStart;
                while (isBlank(String.valueOf(input.charAt(first)))) {
                    first++;
                }
                int covering = 0;
                for (int[] s : spans) {
                    if (s[0] <= first && first < s[1]) {
                        covering++;
                    }
                }
                assertEquals(1, covering, "line not covered exactly once: " + line);
            }
            lineStart = i + 1;
        }
    }

    private static boolean isBlank(String s) {
        return s.codePoints().allMatch(cp -> SegmenterAccess.blank(cp));
    }

    /** Access to the segmenter's notion of white space. */
    static final class SegmenterAccess {
        static boolean blank(int cp) {
            return new Segmenter().segment(new String(Character.toChars(cp))).isEmpty()
                    || cp == '\n' || cp == '\r';
        }
    }
}
