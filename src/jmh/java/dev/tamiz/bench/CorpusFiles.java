package dev.tamiz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates the benchmark corpora: {@code -Dtamiz.corpus=FILE}, else {@code ../shared/corpora/fa-news.txt}. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static Path faNews() {
        String p = System.getProperty("tamiz.corpus");
        if (p != null) {
            return Path.of(p);
        }
        for (Path c : List.of(Path.of("../shared/corpora/fa-news.txt"), Path.of("shared/corpora/fa-news.txt"))) {
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        throw new IllegalStateException("no corpus: pass -Dtamiz.corpus=FILE or put ../shared/corpora/fa-news.txt");
    }

    /**
     * The English pages of the boilerplate dev sets ({@code ../shared/dev/boilerplate/<set>/docs}, chosen by the
     * {@code "lang": "English"} of their labels), whole pages as scraped; {@code -Dtamiz.devsets=DIR} names another
     * {@code dev/boilerplate} directory.
     */
    static List<String> englishDevPages() {
        Path root = Path.of(System.getProperty("tamiz.devsets", "../shared/dev/boilerplate"));
        List<String> pages = new java.util.ArrayList<>();
        for (String set : List.of("readability_testpages", "trafilatura_eval")) {
            Path labels = root.resolve(set).resolve("labels.jsonl");
            if (!Files.isRegularFile(labels)) {
                continue;
            }
            for (String line : lines(labels)) {
                java.util.regex.Matcher doc = java.util.regex.Pattern.compile("\"doc\":\\s*\"([^\"]+)\"").matcher(line);
                if (line.matches(".*\"lang\":\\s*\"English\".*") && doc.find()) {
                    Path f = root.resolve(set).resolve("docs").resolve(doc.group(1) + ".txt");
                    if (Files.isRegularFile(f)) {
                        try {
                            pages.add(Files.readString(f, StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no English dev pages under " + root + " (-Dtamiz.devsets=DIR)");
        }
        return pages;
    }

    /**
     * The pages the pipeline benchmarks clean: {@code fa-news} cut into pages of 20 paragraphs (about 6.6 KB each),
     * or {@code en-dev}, the English dev pages as scraped.
     */
    static List<String> pages(String corpus) {
        if (corpus.equals("en-dev")) {
            return englishDevPages();
        }
        List<String> lines = lines(faNews());
        List<String> pages = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i += 20) {
            pages.add(String.join("\n\n", lines.subList(i, Math.min(lines.size(), i + 20))));
        }
        return pages;
    }

    /** UTF-8 bytes of {@code texts}. */
    static long utf8Bytes(List<String> texts) {
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
