package dev.tamiz.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    private static final String PAGE = "Close this search box.\nA heading line\n\nThe body of the page is here, and"
            + " it is long enough to read as text.\nLeave a Reply\n";

    @Test
    void cleansStdinToText() {
        CliRunner.Run r = CliRunner.run(PAGE, "clean");
        assertEquals(0, r.status(), r.err());
        assertEquals("A heading line\n\nThe body of the page is here, and it is long enough to read as text.\n", r.out());
    }

    @Test
    void jsonFollowsTheContract() {
        CliRunner.Run r = CliRunner.run(PAGE, "clean", "--format", "json", "-");
        assertEquals(0, r.status(), r.err());
        Map<String, Object> d = Json.object(r.out());
        assertEquals(List.of("source", "language", "title", "date", "metadata", "paragraphs", "removed"),
                List.copyOf(d.keySet()));
        assertEquals("<stdin>", d.get("source"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ps = (List<Map<String, Object>>) d.get("paragraphs");
        assertEquals(List.of("index", "kind", "lang", "confidence", "script", "text", "start", "end"),
                List.copyOf(ps.get(0).keySet()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rm = (List<Map<String, Object>>) d.get("removed");
        assertEquals("search-box", rm.get(0).get("reason"));
        assertEquals(0L, rm.get(0).get("start"));
        assertEquals(22L, rm.get(0).get("end"));
    }

    @Test
    void jsonOffsetsAreCodePoints() {
        String page = "\uD83D\uDE00 emoji first line\nSecond line of text is here.\n";
        Map<String, Object> d = Json.object(CliRunner.run(page, "clean", "--format", "json").out());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ps = (List<Map<String, Object>>) d.get("paragraphs");
        int[] cps = page.codePoints().toArray();
        for (Map<String, Object> p : ps) {
            int s = ((Long) p.get("start")).intValue();
            int e = ((Long) p.get("end")).intValue();
            String slice = new String(cps, s, e - s);
            assertTrue(slice.contains(((String) p.get("text")).substring(0, 5)), slice);
        }
    }

    @Test
    void jsonlInAndOutPassesFieldsThrough(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("pages.jsonl");
        Files.writeString(in, "{\"id\": 7, \"url\": \"https://a.example/x\", \"text\": \"Leave a Reply\\nThe body is"
                + " here and long enough.\"}\n\n{\"id\": 8, \"text\": \"Second page text.\", \"tags\": [1, 2]}\n");
        CliRunner.Run r = CliRunner.run("", "clean", "--input-format", "jsonl", "--format", "jsonl", in.toString());
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length);
        Map<String, Object> first = Json.object(lines[0]);
        assertEquals(7L, first.get("id"));
        assertEquals("https://a.example/x", first.get("url"));
        assertEquals(List.of(1L, 2L), Json.object(lines[1]).get("tags"));
    }

    @Test
    void badJsonlLinesAreNamedAndTheRestIsDone(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("pages.jsonl");
        Files.writeString(in, "{\"text\": \"Good one.\"}\n{not json\n{\"body\": \"no text field\"}\n{\"text\": \"Good two.\"}\n");
        CliRunner.Run r = CliRunner.run("", "clean", "--input-format", "jsonl", "--format", "jsonl", in.toString());
        assertEquals(1, r.status());
        assertEquals(2, r.out().split("\n").length);
        assertTrue(r.err().contains("pages.jsonl:2: bad JSON"), r.err());
        assertTrue(r.err().contains("pages.jsonl:3: no string field 'text'"), r.err());
    }

    @Test
    void directoriesWithOutputDirWriteOneFilePerInput(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("in");
        Files.createDirectories(src.resolve("sub"));
        Files.writeString(src.resolve("a.txt"), PAGE);
        Files.writeString(src.resolve("sub/b.txt"), "Another page with one line of text.\n");
        Path out = dir.resolve("out");
        CliRunner.Run r = CliRunner.run("", "clean", "--format", "json", "--output", out.toString(), src.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("a.json")));
        assertTrue(Files.isRegularFile(out.resolve("sub/b.json")));
        Json.parse(Files.readString(out.resolve("a.json")));
        try (var s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void missingAndBinaryInputsFailButTheRestIsDone(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "A page with some text in it.\n");
        Path bin = dir.resolve("image.png");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 0, 0, 0, 0, 0});
        CliRunner.Run r = CliRunner.run("", "clean", dir.resolve("nope.txt").toString(), bin.toString(), good.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("A page with some text in it."));
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
        assertTrue(r.err().contains("image.png: binary data, skipped"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void invalidUtf8IsReportedAndReplaced() {
        byte[] in = "Text with a bad byte: \u0000X and more.\n".getBytes(StandardCharsets.UTF_8);
        in[22] = (byte) 0xFF;
        CliRunner.Run r = CliRunner.run(in, "clean");
        assertEquals(0, r.status());
        assertTrue(r.err().contains("invalid UTF-8 (1 sequence, first at byte 22)"), r.err());
        assertTrue(r.out().contains("\uFFFD"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRunner.run("", "clean", "--format", "yaml").status());
        assertEquals(2, CliRunner.run("", "frobnicate").status());
        assertEquals(2, CliRunner.run("").status());
        assertEquals(2, CliRunner.run("", "normalize", "--profile", "nope").status());
    }

    @Test
    void badRuleFileIsAUsageErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("site.rules");
        Files.writeString(rules, "exact promo fine\nregex promo (a\n");
        CliRunner.Run r = CliRunner.run(PAGE, "clean", "--rules", rules.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("site.rules:2: bad regular expression"), r.err());
    }

    @Test
    void helpAndVersion() {
        CliRunner.Run h = CliRunner.run("", "clean", "--help");
        assertEquals(0, h.status());
        assertTrue(h.out().contains("--format"));
        CliRunner.Run v = CliRunner.run("", "--version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("tamiz "));
    }

    @Test
    void normalizeAndDetectKeepTheLineCount() {
        String in = "Hello , world . .\n\nاین متن فارسي است\r\n\u0000\nlast line without newline";
        CliRunner.Run n = CliRunner.run(in, "normalize");
        assertEquals(0, n.status());
        assertEquals(5, n.out().split("\n", -1).length - 1);
        assertTrue(n.out().startsWith("Hello, world.\n\n"));
        CliRunner.Run d = CliRunner.run(in, "detect");
        assertEquals(List.of("en", "und", "fa", "und", "en"), List.of(d.out().split("\n")));
    }

    @Test
    void detectOnlyRestricts() {
        String in = "Der Hund läuft schnell über die Straße und bellt laut.\nThis is plainly an English sentence.\n";
        CliRunner.Run free = CliRunner.run(in, "detect");
        assertEquals(List.of("de", "en"), List.of(free.out().split("\n")));
        CliRunner.Run only = CliRunner.run(in, "detect", "--only", "fa,en");
        assertEquals(0, only.status(), only.err());
        String[] tags = only.out().split("\n");
        assertEquals(2, tags.length);
        assertTrue(List.of("en", "und").contains(tags[0]), tags[0]);
        assertEquals("en", tags[1]);
        assertEquals(2, CliRunner.run(in, "detect", "--only", "xx").status());
    }

    @Test
    void markdownAndExplain() {
        CliRunner.Run m = CliRunner.run(PAGE, "clean", "--format", "markdown");
        assertTrue(m.out().startsWith("# A heading line\n"), m.out());
        CliRunner.Run e = CliRunner.run(PAGE, "clean", "--explain");
        assertTrue(e.out().startsWith("REMOVE search-box"), e.out());
        assertTrue(e.out().contains("words="), e.out());
        Json.parse(CliRunner.run(PAGE, "clean", "--explain", "--format", "json").out());
    }
}
