package dev.tamiz.cli;

import dev.tamiz.boilerplate.SiteTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteTemplateCliTest {

    private static final String[] TOPICS = {"river", "market", "school", "bridge", "harvest", "library"};

    /** A page of {@code host}: a recurring site line, its own article, and an article quote shared by two pages. */
    private static String line(int i, String host, String siteLine) {
        String topic = TOPICS[i % TOPICS.length];
        String text = siteLine + "\\n\\nThe " + topic + " story number " + i + " opens with a long sentence about the "
                + topic + " and the people who care about it every day.\\n\\nA second paragraph tells what the council "
                + "decided about the " + topic + " on Monday, and why it matters to the town."
                + (i < 2 ? "\\n\\nThe mayor said the town would never forget the long winter of that year." : "");
        return "{\"url\": \"https://www." + host + "/news/" + i + "\", \"text\": \"" + text + "\"}\n";
    }

    private static Path corpus(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append(line(i, "valley-courier.example", "Valley Courier Morning Edition"));
            sb.append(line(i, "other.example", "Harbour Lights Weekly Digest"));
        }
        Path in = dir.resolve("pages.jsonl");
        Files.writeString(in, sb.toString());
        return in;
    }

    private static long countReason(String jsonl, String reason) throws Exception {
        long n = 0;
        for (String l : jsonl.split("\n")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> removed = (List<Map<String, Object>>) Json.object(l).get("removed");
            n += removed.stream().filter(r -> reason.equals(r.get("reason"))).count();
        }
        return n;
    }

    @Test
    void recurringLinesOfEachSiteAreRemovedAndSharedQuotesStay(@TempDir Path dir) throws Exception {
        Path in = corpus(dir);
        CliRunner.Run r = CliRunner.run("", "clean", "--format", "jsonl", in.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(12, countReason(r.out(), "site-template"), r.out());
        for (String l : r.out().split("\n")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> paragraphs = (List<Map<String, Object>>) Json.object(l).get("paragraphs");
            assertEquals(2, paragraphs.stream().filter(p -> ((String) p.get("text")).contains(" story number ")
                    || ((String) p.get("text")).contains("council")).count(), l);
            assertFalse(paragraphs.stream().anyMatch(p -> ((String) p.get("text")).contains("Morning Edition")), l);
        }
        // the quote two of six pages share is content, not template
        assertTrue(r.out().contains("never forget the long winter"), r.out());
        assertTrue(r.err().contains("site templates: 2 recurring blocks learnt on 2 sites"), r.err());
    }

    @Test
    void offKeepsThemAndSavedTemplatesCanBeReused(@TempDir Path dir) throws Exception {
        Path in = corpus(dir);
        CliRunner.Run off = CliRunner.run("", "clean", "--format", "jsonl", "--templates", "off", in.toString());
        assertEquals(0, off.status(), off.err());
        assertEquals(0, countReason(off.out(), "site-template"));

        Path saved = dir.resolve("templates");
        CliRunner.Run learn = CliRunner.run("", "clean", "--format", "jsonl", "--save-templates", saved.toString(),
                in.toString());
        assertEquals(0, learn.status(), learn.err());
        Path file = saved.resolve("valley-courier.example.template");
        assertTrue(Files.exists(file));
        SiteTemplate t = SiteTemplate.load(file);
        assertEquals("valley-courier.example", t.site());
        assertTrue(t.contains("Valley Courier Morning Edition"));

        // one new page of the site, cleaned alone with the saved template
        Path one = dir.resolve("one.jsonl");
        Files.writeString(one, line(7, "valley-courier.example", "Valley Courier Morning Edition"));
        CliRunner.Run reuse = CliRunner.run("", "clean", "--format", "jsonl", "--templates", "off", "--template",
                file.toString(), one.toString());
        assertEquals(0, reuse.status(), reuse.err());
        assertEquals(1, countReason(reuse.out(), "site-template"), reuse.out());
    }

    @Test
    void siteIsTheHostWithoutWww() {
        assertEquals("example.org", SiteTemplates.hostOf("https://WWW.Example.org/a?b=1"));
        assertEquals("news.example.org", SiteTemplates.hostOf("http://news.example.org"));
        assertEquals(null, SiteTemplates.hostOf("not a url"));
        assertEquals(null, SiteTemplates.hostOf("/relative/path"));
    }

    @Test
    void aBadTemplateFileIsAClearError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.template");
        Files.writeString(bad, "this is not a template\n");
        CliRunner.Run r = CliRunner.run("", "clean", "--template", bad.toString(), corpus(dir).toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("bad template file"), r.err());
    }
}
