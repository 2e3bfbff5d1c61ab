package dev.tamiz.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files: every {@code testdata/*.txt} cleaned to JSON must equal {@code testdata/expected/<name>.json}.
 * After an intended change, regenerate with {@code mvn test -Dtest=GoldenFilesTest -Dtamiz.updateGoldens=true}
 * and review the diff.
 */
class GoldenFilesTest {

    @TestFactory
    Stream<DynamicTest> testdataPages() throws IOException {
        Path dir = Path.of("testdata");
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(pages.size() >= 4, "testdata pages missing");
        boolean update = Boolean.getBoolean("tamiz.updateGoldens");
        return pages.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            CliRunner.Run r = CliRunner.run("", "clean", "--format", "json", "testdata/" + p.getFileName());
            String name = p.getFileName().toString().replaceAll("\\.txt$", ".json");
            Path expected = dir.resolve("expected").resolve(name);
            if (update) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(expected), "no golden file " + expected + " (run with -Dtamiz.updateGoldens=true)");
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), r.out(), "golden mismatch for " + p);
        }));
    }
}
