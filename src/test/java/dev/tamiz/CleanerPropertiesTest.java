package dev.tamiz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

class CleanerPropertiesTest {

    private static final Cleaner CLEANER = Cleaner.standard();

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> pieces = Arbitraries.oneOf(List.of(
                Arbitraries.of("\n", "\r\n", "\r", "\u2028", "\n\n", " ", "\t", "\uFEFF", "\u200C", "\u200E", "\u0000",
                        ". .", ", ,", "Leave a Reply", "Close this search box.", "لینک مطلب:", "0 0",
                        "کد خبر: 1تاریخ: 1401/4/6 19:41", "https://example.com/a?b=1", "• ", "1. ", "“", "”",
                        "\uD83D\uDE00", "\uD800", "\uDC00", "ي", "ك", "می ", " ها", "Oct 7, 2021", "By Someone Here",
                        // the later heuristics' triggers: quantities, notes about the author, credits, datelines,
                        // copyright notices, section labels, lines ending in a colon
                        "200 g ", "1½ cups ", "Jane Doe is a reporter for ", "About the author", "Posted by ", "Por ",
                        " · ", " | ", "Stand: 23.06.2016", "© 2021 ", "Tags", "برچسب‌ها", ":", "۲ قاشق ",
                        "Share on X", "21 de abril de 2022"),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(6),
                Arbitraries.strings().withChars("abc xyz.,!?").ofMaxLength(40)));
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void neverThrowsAndCoversEveryLineOnce(@ForAll("pages") String page) {
        Document d = CLEANER.clean(page);
        Coverage.check(page, d);
    }

    /**
     * Cleaning the cleaned text removes nothing more: every paragraph is kept again. (Its text may still change: the
     * normaliser's Persian rules follow the language detected, which can differ on a fragment once normalised.)
     */
    @Property(tries = 2000)
    void cleaningTheCleanedTextRemovesNothingMore(@ForAll("pages") String page) {
        Document once = CLEANER.clean(page);
        String cleaned = once.text();
        Document twice = CLEANER.clean(cleaned);
        Coverage.check(cleaned, twice);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), twice.removed(), "second pass removed more");
        org.junit.jupiter.api.Assertions.assertEquals(once.paragraphs().size(), twice.paragraphs().size());
    }
}
