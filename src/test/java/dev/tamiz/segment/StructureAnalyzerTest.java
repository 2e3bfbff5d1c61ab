package dev.tamiz.segment;

import dev.tamiz.Kind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StructureAnalyzerTest {

    private static List<Kind> kinds(String... lines) {
        return new StructureAnalyzer().analyze(Arrays.stream(lines)
                .map(l -> new StructureAnalyzer.Item(l, Segmenter.marker(l).isEmpty() ? "" : Segmenter.marker(l)))
                .toList());
    }

    @Test
    void shortLineBeforeTextIsAHeading() {
        assertEquals(List.of(Kind.HEADING, Kind.PARAGRAPH),
                kinds("Call for new elections", "The council asked on Sunday for elections to be held within a year."));
    }

    @Test
    void headingBeforeACaptionStillCounts() {
        assertEquals(List.of(Kind.HEADING, Kind.CAPTION, Kind.PARAGRAPH),
                kinds("Storm closes the port", "Photo: Harbour staff",
                        "The port closed on Monday as winds reached a hundred kilometres an hour."));
    }

    @Test
    void runOfShortLinesAfterAColonIsAList() {
        assertEquals(List.of(Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM),
                kinds("The alliance is made of the following parties:", "Green Valley Party",
                        "Mountain People's Front", "Union of River Towns"));
    }

    @Test
    void runOfShortLinesWithoutIntroStartsWithAHeading() {
        assertEquals(List.of(Kind.PARAGRAPH, Kind.HEADING, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM),
                kinds("Many groups signed the letter on Friday, after weeks of talks.", "Signatories in order",
                        "Green Valley Party", "Mountain People's Front", "Union of River Towns"));
    }

    @Test
    void captionsInSeveralLanguages() {
        assertEquals(List.of(Kind.CAPTION, Kind.CAPTION, Kind.CAPTION, Kind.CAPTION),
                kinds("Photo: Social Media", "عکس: خبرگزاری", "Image by the author", "Фото: архив"));
    }

    @Test
    void dialogueAndQuotesAreParagraphs() {
        assertEquals(List.of(Kind.PARAGRAPH, Kind.PARAGRAPH),
                kinds("“We will stay until the end of the talks,” he said on the phone from the capital.",
                        "– Pedram is sure."));
    }

    @Test
    void markedItemsAndQuotes() {
        assertEquals(List.of(Kind.LIST_ITEM, Kind.QUOTE), kinds("• one item", "> a quoted line"));
    }
}
