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

    static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
