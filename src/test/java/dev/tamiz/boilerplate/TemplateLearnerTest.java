package dev.tamiz.boilerplate;

import dev.tamiz.Cleaner;
import dev.tamiz.Document;
import dev.tamiz.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateLearnerTest {

    private static final String QUOTE = "“We will not accept any agreement that ignores the will of the people,” the "
            + "spokesman said.";

    private static String page(int i) {
        StringBuilder sb = new StringBuilder();
        sb.append("Daily Gazette Online\n");
        sb.append("Weather: Kabul 21°\n");
        sb.append("Headline number ").append(i).append(" about event ").append(i * 7).append("\n\n");
        sb.append("This is the body of article ").append(i).append(", which reports on a different event every day ")
                .append("and quotes several officials about what happened and why it matters.\n\n");
        if (i < 2) {
            sb.append(QUOTE).append("\n\n");
        }
        sb.append("Reporter ").append(i).append(" contributed to this story.\n");
        sb.append("Subscribe to the Gazette print edition for half price\n");
        sb.append("Gazette Media Group, 12 Main Street\n");
        return sb.toString();
    }

    private static SiteTemplate learn(int pages) {
        TemplateLearner l = new TemplateLearner("gazette.example");
        for (int i = 0; i < pages; i++) {
            l.add(page(i));
        }
        return l.build();
    }

    @Test
    void recurringBlocksAreLearnt() {
        SiteTemplate t = learn(10);
        assertEquals(10, t.pages());
        assertTrue(t.contains("Daily Gazette Online"));
        assertTrue(t.contains("Gazette Media Group, 12 Main Street"));
        assertTrue(t.contains("Subscribe to the Gazette print edition for half price"));
        assertFalse(t.contains("Headline number 3 about event 21"));
        assertFalse(t.contains(QUOTE), "a quote two articles share is content");
    }

    @Test
    void aContentLikeBlockNeedsAMajorityOfPages() {
        TemplateLearner l = new TemplateLearner("x").minPages(2);
        for (int i = 0; i < 10; i++) {
            l.add("Menu\n" + (i < 3 ? QUOTE + "\n" : "") + "Body " + i);
        }
        SiteTemplate t = l.build();
        assertTrue(t.contains("Menu"));
        assertFalse(t.contains(QUOTE));
        TemplateLearner all = new TemplateLearner("x");
        for (int i = 0; i < 10; i++) {
            all.add("Menu\n" + QUOTE + "\nBody " + i);
        }
        assertTrue(all.build().contains(QUOTE), "a sentence on every page is a disclaimer");
    }

    @Test
    void tooFewPagesLearnNothing() {
        assertEquals(0, learn(2).size());
    }

    @Test
    void cleanerRemovesTemplateBlocksAsSiteTemplate() {
        SiteTemplate t = learn(10);
        Cleaner c = Cleaner.builder().normalize(false).siteTemplate(t).build();
        Document d = c.clean(page(1));
        List<String> kept = d.paragraphs().stream().map(Paragraph::text).collect(Collectors.toList());
        assertFalse(kept.contains("Daily Gazette Online"), kept.toString());
        assertTrue(kept.contains(QUOTE), kept.toString());
        assertTrue(d.removed().stream().anyMatch(r -> r.reason().equals("site-template")
                && r.ruleId().equals("template.gazette.example")), d.removed().toString());
    }

    @Test
    void savesAndLoads(@TempDir Path dir) throws Exception {
        SiteTemplate t = learn(10);
        Path f = dir.resolve("gazette.template");
        t.save(f);
        SiteTemplate back = SiteTemplate.load(f);
        assertEquals(t.site(), back.site());
        assertEquals(t.pages(), back.pages());
        assertEquals(t.blocks(), back.blocks());
    }

    @Test
    void badTemplateFilesAreReportedWithLine() {
        RuleFormatException e = assertThrows(RuleFormatException.class,
                () -> SiteTemplate.parse("t.template", SiteTemplate.MAGIC + "\nsite x\npages 3\nnot a count\n"));
        assertEquals("t.template:4: expected '<pages><TAB><key>'", e.getMessage());
        assertThrows(RuleFormatException.class, () -> SiteTemplate.parse("t", "hello\n"));
    }
}
