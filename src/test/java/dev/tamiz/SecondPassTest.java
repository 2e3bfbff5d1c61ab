package dev.tamiz;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cleaning the cleaned text removes nothing more, on real pages: the seeds and the boilerplate dev pages in
 * {@code ../shared} (skipped when absent) and the samples in {@code testdata/}.
 */
class SecondPassTest {

    private static final Path SHARED = Path.of("../shared");

    private static List<String> secondPassRemovals(List<Path> pages) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : pages) {
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                continue; // testdata holds an invalid UTF-8 sample on purpose
            }
            Document once = Tamiz.clean(text);
            Document twice = Tamiz.clean(once.text());
            for (Removal r : twice.removed()) {
                found.add(p.getFileName() + ": " + r.reason() + ": " + r.text());
            }
        }
        return found;
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void samplesLoseNothingOnASecondPass() throws IOException {
        assertEquals(List.of(), secondPassRemovals(texts(Path.of("testdata"))));
    }

    @Test
    void realPagesLoseNothingOnASecondPass() throws IOException {
        Path dev = SHARED.resolve("dev/boilerplate");
        Assumptions.assumeTrue(Files.isDirectory(dev), "../shared/dev/boilerplate not present");
        List<Path> pages = new ArrayList<>(texts(SHARED.resolve("seeds")));
        pages.addAll(texts(dev.resolve("readability_testpages/docs")));
        pages.addAll(texts(dev.resolve("trafilatura_eval/docs")));
        assertEquals(List.of(), secondPassRemovals(pages));
    }
}
