package dev.tamiz.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmenterTest {

    private final Segmenter seg = new Segmenter();

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void oneBlockPerLineWithEveryTerminator() {
        String in = "one\ntwo\r\nthree\rfour\u2028five\u2029six\u0085seven";
        assertEquals(List.of("one", "two", "three", "four", "five", "six", "seven"), texts(seg.segment(in)));
    }

    @Test
    void blankLinesSeparateAndBelongToNoBlock() {
        List<Block> b = seg.segment("\n\n  a  \n \t\u00A0\n\nb\n");
        assertEquals(List.of("a", "b"), texts(b));
        assertTrue(b.get(0).blankBefore());
        assertTrue(b.get(1).blankBefore());
    }

    @Test
    void offsetsSliceTheInputToTheBlock() {
        String in = "\uFEFF  Title here \r\n\r\nBody line one.\n\u2003indented\n";
        for (Block b : seg.segment(in)) {
            assertEquals(b.text(), in.substring(b.start(), b.end()));
        }
        assertEquals("Title here", seg.segment(in).get(0).text());
    }

    @Test
    void leadingBomIsSkipped() {
        List<Block> b = seg.segment("\uFEFFHello");
        assertEquals("Hello", b.get(0).text());
        assertEquals(1, b.get(0).start());
    }

    @Test
    void emptyAndBlankInputGiveNoBlocks() {
        assertTrue(seg.segment("").isEmpty());
        assertTrue(seg.segment("\n\r\n \t\n").isEmpty());
        assertTrue(seg.segment("\uFEFF").isEmpty());
    }

    @Test
    void invisibleOnlyLinesAreBlocksNotBlanks() {
        // a line of only a bidi mark is not white space: it must be accounted for downstream
        assertEquals(1, seg.segment("\u200E\n").size());
    }

    @Test
    void hardWrappedParagraphsAreRejoined() {
        String in = """
                The committee met on Thursday to discuss the new budget for the
                coming year, and after a long debate it approved most of the items
                that had been proposed by the finance office in its spring report.

                A second paragraph, also wrapped at the same width as the first one
                so that the wrap width can be recognised from several of its lines.
                """;
        List<Block> b = seg.segment(in);
        assertEquals(2, b.size());
        assertEquals(3, b.get(0).lines());
        assertTrue(b.get(0).text().startsWith("The committee met"));
        assertTrue(b.get(0).text().contains("for the coming year"));
        assertTrue(b.get(0).text().endsWith("spring report."));
        assertEquals(in.indexOf("The"), b.get(0).start());
        assertEquals(in.indexOf("report.") + 7, b.get(0).end());
    }

    @Test
    void shortLinesOfAPageAreNotJoined() {
        String in = "Home\nNews\nAfghanistan Freedom Party\nThe People's Front\nA much longer line of running text that"
                + " goes on for quite a while and ends properly.\n";
        assertEquals(5, seg.segment(in).size());
    }

    @Test
    void wrappingCanBeTurnedOff() {
        String in = """
                The committee met on Thursday to discuss the new budget for the
                coming year, and after a long debate it approved most of the items
                that had been proposed by the finance office in its spring report.
                """;
        assertEquals(3, new Segmenter(false).segment(in).size());
    }

    @Test
    void hyphenatedWrapIsJoinedWithoutSpace() {
        String in = """
                Wrapped text sometimes breaks a word at the end of a line with a well-
                known hyphen, and the segmenter keeps the hyphen but drops the space
                between the halves, which keeps compounds readable for later stages.
                """;
        assertTrue(seg.segment(in).get(0).text().contains("well-known"));
    }

    @Test
    void bulletsAndNumbersAreListMarkers() {
        List<Block> b = seg.segment("• first\n- second\n* third\n1. fourth\n2) fifth\n(3) sixth\n۴. هفتم\na) eighth\n");
        assertEquals(List.of("•", "-", "*", "1.", "2)", "(3)", "۴.", "a)"),
                b.stream().map(Block::listMarker).toList());
        assertEquals("first", b.get(0).body());
        assertEquals("هفتم", b.get(6).body());
    }

    @Test
    void dashesOpeningDialogueAreNotBullets() {
        assertFalse(seg.segment("– Pedram is sure.").get(0).isListItem());
        assertFalse(seg.segment("— he said.").get(0).isListItem());
        assertFalse(seg.segment("-5 degrees overnight").get(0).isListItem());
        assertFalse(seg.segment("2021. was a hard year").get(0).isListItem());
    }

    @Test
    void veryLongSingleLineIsOneBlock() {
        String in = "word ".repeat(400_000);
        List<Block> b = seg.segment(in);
        assertEquals(1, b.size());
        assertEquals(in.strip().length(), b.get(0).text().length());
    }
}
