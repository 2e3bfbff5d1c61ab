package dev.tamiz.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCliTest {

    private static String corpus(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\": ").append(i).append(", \"text\": \"Leave a Reply\\nDocument number ").append(i)
                    .append(" has its own text, long enough to be kept as content.\"}\n");
        }
        return sb.toString();
    }

    @Test
    void threadsKeepTheInputOrder(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("c.jsonl");
        Files.writeString(in, corpus(200));
        CliRunner.Run one = CliRunner.run("", "clean", "--format", "jsonl", "-j", "1", in.toString());
        CliRunner.Run four = CliRunner.run("", "clean", "--format", "jsonl", "--threads", "4", in.toString());
        assertEquals(0, four.status(), four.err());
        assertEquals(one.out(), four.out());
        String[] lines = four.out().split("\n");
        assertEquals(200, lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertEquals((long) i, Json.object(lines[i]).get("id"));
        }
        assertTrue(four.err().contains("200 documents, 200 blocks kept, 200 removed; languages: en 200"), four.err());
    }

    @Test
    void gzipJsonlIsRecognised(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("c.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in))) {
            o.write(corpus(3).getBytes(StandardCharsets.UTF_8));
        }
        CliRunner.Run r = CliRunner.run("", "clean", "--format", "jsonl", in.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(3, r.out().split("\n").length);
    }

    @Test
    void corruptGzipIsNamedAndTheRestIsDone(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            o.write(corpus(50).getBytes(StandardCharsets.UTF_8));
        }
        byte[] gz = b.toByteArray();
        Path bad = dir.resolve("a-bad.jsonl.gz");
        Files.write(bad, java.util.Arrays.copyOf(gz, gz.length / 2));
        Path good = dir.resolve("b-good.txt");
        Files.writeString(good, "A good page of text that is kept.\n");
        CliRunner.Run r = CliRunner.run("", "clean", "--format", "jsonl", bad.toString(), good.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("a-bad.jsonl.gz"), r.err());
        assertTrue(r.out().contains("A good page of text that is kept."));
        assertFalse(r.err().contains("Exception in"), r.err());
    }

    @Test
    void wetRecordsAreDocuments(@TempDir Path dir) throws Exception {
        Path wet = dir.resolve("sample.warc.wet");
        StringBuilder sb = new StringBuilder();
        String[][] recs = {{"http://a.example/1", "Close this search box.\nFirst page text that is long enough."},
                {"http://b.example/2", "Second page: its text is here and kept."}};
        int k = 0;
        for (String[] rec : recs) {
            byte[] body = rec[1].getBytes(StandardCharsets.UTF_8);
            sb.append("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: ").append(rec[0])
                    .append("\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000")
                    .append(k++).append(">\r\nContent-Type: text/plain\r\nContent-Length: ").append(body.length)
                    .append("\r\n\r\n").append(rec[1]).append("\r\n\r\n");
        }
        Files.writeString(wet, sb.toString());
        CliRunner.Run r = CliRunner.run("", "clean", "--format", "jsonl", wet.toString());
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length);
        Map<String, Object> first = Json.object(lines[0]);
        assertEquals("http://a.example/1", first.get("url"));
        assertEquals("http://a.example/1", first.get("source"));
        assertTrue(((String) first.get("warc_record_id")).startsWith("urn:uuid:"));
    }

    @Test
    void resumeSkipsCompleteOutputs(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("in");
        Files.createDirectories(src);
        Files.writeString(src.resolve("a.txt"), "Page A has text.\n");
        Files.writeString(src.resolve("b.txt"), "Page B has text.\n");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.txt"), "already done\n");
        CliRunner.Run r = CliRunner.run("", "clean", "--resume", "--output", out.toString(), src.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("already done\n", Files.readString(out.resolve("a.txt")));
        assertEquals("Page B has text.\n", Files.readString(out.resolve("b.txt")));
        assertEquals(2, CliRunner.run("", "clean", "--resume", src.toString()).status());
    }

    @Test
    void jsonlIntoAnOutputDirectoryMakesOneFilePerInput(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("part-0001.jsonl");
        Files.writeString(in, corpus(5));
        Path out = dir.resolve("out");
        CliRunner.Run r = CliRunner.run("", "clean", "--format", "json", "-j", "2", "--output", out.toString(), in.toString());
        assertEquals(0, r.status(), r.err());
        Object arr = Json.parse(Files.readString(out.resolve("part-0001.json")));
        assertEquals(5, ((List<?>) arr).size());
    }

    @Test
    void unwritableOutputDirectoryIsOneClearLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not-a-dir");
        Files.writeString(file, "x");
        CliRunner.Run r = CliRunner.run("Some text.\n", "clean", "--output", file.resolve("sub").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("tamiz: cannot create output directory"), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
    }
}
