package dev.tamiz.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsAndHostsTest {

    @Test
    void hosts() {
        assertEquals("example.com", Hosts.of("https://www.Example.com/a/b?c=d"));
        assertEquals("news.example.ir", Hosts.of("http://news.example.ir:8080/x"));
        assertEquals("example.org", Hosts.of("example.org/page"));
        assertNull(Hosts.of(null));
        assertNull(Hosts.of("  "));
        assertNull(Hosts.of("not a url at all"));
    }

    @Test
    void defaultsAndFormats() {
        JobOptions o = JobOptions.parse("--input", "in/pages.parquet/", "--output", "out");
        assertEquals("parquet", o.inputFormat());
        assertEquals("parquet", o.outputFormat);
        assertEquals("text", o.textCol);
        assertTrue(o.templates);
        assertEquals(SiteTemplates.Settings.DEFAULT, o.templateSettings);
        JobOptions j = JobOptions.parse("--input", "in/*.jsonl.gz", "--output", "out", "--output-format", "json",
                "--no-templates", "--template-min-pages", "3", "--template-min-share", "0.25", "--partitions", "8");
        assertEquals("jsonl", j.inputFormat());
        assertEquals("jsonl", j.outputFormat);
        assertFalse(j.templates);
        assertEquals(new SiteTemplates.Settings(3, 0.25, 200), j.templateSettings);
        assertEquals(8, j.partitions);
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x", "--output", "y",
                "--output-format", "csv"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x", "--output", "y",
                "--preset", "strict"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x", "--output", "y",
                "--template-min-share", "2"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x", "--output", "y",
                "--bogus"));
    }

    @Test
    void templateKeys() {
        assertEquals("northfield news — since 1998", SiteTemplates.key("  Northfield  News —\tsince 1998 "));
    }
}
