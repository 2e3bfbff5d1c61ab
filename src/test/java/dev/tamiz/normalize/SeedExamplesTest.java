package dev.tamiz.normalize;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code normalized_examples} of the shared seed labels ({@code ../shared/seeds/*.gold.json}), read at test
 * time; skipped when {@code ../shared} is absent. Compared as the seed scorer does: quote style folded.
 */
class SeedExamplesTest {

    private static String qfold(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }

    @Test
    void seedExamples() throws IOException {
        Path dir = Path.of("../shared/seeds");
        assumeTrue(Files.isDirectory(dir), "no ../shared/seeds");
        List<String[]> examples = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.gold.json")) {
            for (Path p : ds) {
                read(p, examples);
            }
        }
        assumeTrue(!examples.isEmpty());
        for (Normalizer n : new Normalizer[] {Normalizer.standard(),
            Normalizer.builder().profile(Profile.TYPOGRAPHIC).build(),
            Normalizer.builder().profile(Profile.SEARCH).build()}) {
            for (String[] ex : examples) {
                String out = qfold(n.normalize(ex[0], "en"));
                assertTrue(out.contains(qfold(ex[1])), n.profile() + ": " + ex[0] + " → " + out);
                if (!ex[0].equals(ex[1])) {
                    assertFalse(out.contains(qfold(ex[0])), n.profile() + ": " + ex[0] + " unchanged");
                }
            }
        }
    }

    private static void read(Path p, List<String[]> out) throws IOException {
        try (JsonParser jp = new JsonFactory().createParser(p.toFile())) {
            while (jp.nextToken() != null) {
                if (jp.currentToken() == JsonToken.FIELD_NAME && "normalized_examples".equals(jp.currentName())) {
                    jp.nextToken();
                    while (jp.nextToken() == JsonToken.START_OBJECT) {
                        String in = null;
                        String exp = null;
                        while (jp.nextToken() == JsonToken.FIELD_NAME) {
                            String f = jp.currentName();
                            jp.nextToken();
                            if ("input".equals(f)) {
                                in = jp.getText();
                            } else if ("expected".equals(f)) {
                                exp = jp.getText();
                            } else {
                                jp.skipChildren();
                            }
                        }
                        if (in != null && exp != null) {
                            out.add(new String[] {in, exp});
                        }
                    }
                }
            }
        }
    }
}
