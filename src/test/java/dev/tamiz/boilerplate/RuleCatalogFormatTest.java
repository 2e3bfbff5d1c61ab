package dev.tamiz.boilerplate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule file format: good lines parse, bad lines are reported as {@code file:line: problem}. */
class RuleCatalogFormatTest {

    @Test
    void parsesEveryMatchKind() {
        RuleCatalog c = RuleCatalog.parse("site.rules", String.join("\n",
                "# comment",
                "",
                "@lang en",
                "exact      search-box    Close this search box",
                "prefix     comment-form  Leave a reply",
                "contains/20 comment-form Your email address will not be published",
                "regex      page-generation-footer ^page generated in [0-9 ]+ sec$",
                "@lang fa",
                "exact      link-label    لينك مطلب"));
        assertEquals(5, c.rules().size());
        assertEquals("site.search-box.1", c.rules().get(0).id());
        assertEquals("site.comment-form.2", c.rules().get(2).id());
        assertEquals("fa", c.rules().get(4).lang());
        assertEquals("site.rules:9", c.rules().get(4).origin());
        assertTrue(c.match("لینک مطلب").isPresent(), "Arabic kaf/yeh in the pattern fold like the text");
        assertTrue(c.match("leave a reply to john").isPresent());
        assertTrue(c.match("page generated in 0 0053 sec").isPresent());
        assertEquals(20, c.rules().get(2).maxWords());
    }

    /** A block longer than most rules' caps is still tried against the few rules allowed that many words. */
    @Test
    void longBlocksMeetOnlyTheLongRules() {
        RuleCatalog c = RuleCatalog.parse("x.rules", String.join("\n",
                "contains/20  comment-form  leave a reply",
                "prefix/100   copyright     this site participates in",
                "regex/90     newsletter    ^sign up now( [a-z]+)+$",
                "contains/100 copyright     qualifying purchases"));
        String filler = " and more words here".repeat(15); // 60 words more
        assertEquals("x.copyright.1", c.match("this site participates in a program" + filler).orElseThrow().id());
        assertEquals("x.newsletter.1", c.match("sign up now" + filler).orElseThrow().id());
        assertEquals("x.copyright.2", c.match("we earn from qualifying purchases" + filler).orElseThrow().id());
        assertTrue(c.match("leave a reply" + filler).isEmpty(), "a 20-word cap does not stretch");
        assertTrue(c.match("leave a reply").isPresent());
        assertTrue(c.match("qualifying purchases" + filler.repeat(2)).isEmpty(), "past every cap");
    }

    @Test
    void regexIsFoldedLikeKeys() {
        RuleCatalog c = RuleCatalog.parse("x.rules", "regex share-counters ^(تعداد )?بازديد[: ]*[0-9]+$");
        assertTrue(c.match("تعداد بازدید 12").isPresent());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "exact search-box|expected '<match> <family> <pattern>'",
            "fuzzy search-box search|unknown match 'fuzzy'",
            "exact Search_Box search|family must be lower-case",
            "exact/0 search-box search|max words must be 1 to 200",
            "exact/x search-box search|max words is not a number",
            "regex search-box ^(unclosed|bad regular expression",
            "regex search-box (a)\\1|bad regular expression",
            "exact search-box ***|pattern has no letters or digits",
            "@language en|unknown directive @language",
            "@lang|@lang needs a language tag",
    })
    void badLinesAreReportedWithFileAndLine(String line, String problem) {
        RuleFormatException e = assertThrows(RuleFormatException.class,
                () -> RuleCatalog.parse("my.rules", "# header\n\n" + line + "\n"));
        assertTrue(e.getMessage().startsWith("my.rules:3: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals(3, e.line());
        assertEquals("my.rules", e.file());
    }

    @Test
    void builtinCatalogueLoads() {
        RuleCatalog b = RuleCatalog.builtin();
        assertTrue(b.rules().size() > 800, "rules: " + b.rules().size());
    }
}
