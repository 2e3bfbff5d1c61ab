package dev.tamiz.lang;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The paragraph languages of the shared seed pages' gold labels (skipped when ../shared is absent). */
class SeedLanguagesTest {

    @Test
    void keptSeedParagraphsGetTheirGoldLanguage() throws IOException {
        Path seeds = Path.of("../shared/seeds");
        assumeTrue(Files.isDirectory(seeds), "no ../shared/seeds");
        LanguageDetector d = LanguageDetectors.standard();
        int total = 0;
        List<String> wrong = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(seeds, "*.gold.json")) {
            for (Path f : files) {
                for (String[] line : keptLines(f)) {
                    total++;
                    String got = d.detect(line[0]).tag();
                    if (!got.equals(line[1])) {
                        wrong.add(line[1] + " -> " + got + ": " + line[0]);
                    }
                }
            }
        }
        assumeTrue(total > 0, "no labelled lines");
        assertEquals(List.of(), wrong, wrong.size() + " of " + total + " wrong");
    }

    /** {text, lang} of every line labelled keep with a language. */
    private static List<String[]> keptLines(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            int depth = 0;
            boolean inLines = false;
            int linesDepth = -1;
            String text = null;
            String label = null;
            String lang = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                    if (t == JsonToken.START_ARRAY && "lines".equals(p.currentName()) && depth == 2) {
                        inLines = true;
                        linesDepth = depth;
                    }
                    if (t == JsonToken.START_OBJECT && inLines && depth == linesDepth + 1) {
                        text = null;
                        label = null;
                        lang = null;
                    }
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    if (t == JsonToken.END_OBJECT && inLines && depth == linesDepth + 1 && "keep".equals(label)
                            && text != null && lang != null) {
                        out.add(new String[] {text, lang});
                    }
                    if (t == JsonToken.END_ARRAY && inLines && depth == linesDepth) {
                        inLines = false;
                    }
                    depth--;
                } else if (t == JsonToken.VALUE_STRING && inLines && depth == linesDepth + 1) {
                    switch (p.currentName()) {
                        case "text": text = p.getText(); break;
                        case "label": label = p.getText(); break;
                        case "lang": lang = p.getText(); break;
                        default: break;
                    }
                }
            }
        }
        return out;
    }
}
