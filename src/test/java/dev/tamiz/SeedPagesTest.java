package dev.tamiz;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-labelled seed pages in {@code ../shared/seeds} (skipped when absent): every line labelled {@code keep}
 * comes out as a paragraph, every {@code drop} line does not, and the contract's coverage holds.
 */
class SeedPagesTest {

    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*\"label\"[^{}]*\\}");
    private static final Pattern TEXT = Pattern.compile("\"text\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LABEL = Pattern.compile("\"label\":\\s*\"(keep|drop|metadata)\"");

    @TestFactory
    Stream<DynamicTest> seeds() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present");
        List<Path> golds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        return golds.stream().map(g -> DynamicTest.dynamicTest(g.getFileName().toString(), () -> {
            String gold = Files.readString(g, StandardCharsets.UTF_8);
            Path page = Path.of(g.toString().replace(".gold.json", ".txt"));
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Document d = Tamiz.clean(text);
            Coverage.check(text, d);
            Matcher m = ENTRY.matcher(gold);
            int n = 0;
            while (m.find()) {
                String entry = m.group();
                Matcher t = TEXT.matcher(entry);
                Matcher l = LABEL.matcher(entry);
                assertTrue(t.find() && l.find(), "unreadable gold entry " + entry);
                String line = fold(unescape(t.group(1)));
                long copies = d.paragraphs().stream().filter(p -> covers(fold(p.text()), line)).count();
                if (l.group(1).equals("keep")) {
                    assertTrue(copies >= 1, "lost: " + line);
                } else if (entry.contains("\"duplicate\"")) {
                    assertTrue(copies <= 1, "duplicate kept twice: " + line);
                } else {
                    assertTrue(copies == 0, "kept boilerplate: " + line);
                }
                n++;
            }
            assertTrue(n > 5, "no labelled lines read from " + g);
        }));
    }

    /** The paragraph holds the line: equal, or for long lines containing its first 40 chars. */
    private static boolean covers(String paragraph, String line) {
        return paragraph.equals(line) || (line.length() > 40 && paragraph.contains(line.substring(0, 40)));
    }

    /** Folds what the normaliser is allowed to change: quotes, spacing, dotted I, letter variants, case. */
    private static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u0130', 'I').replace('\u064A', '\u06CC').replace('\u0643', '\u06A9').replace('\u200C', ' ');
        return t.replaceAll("[\\s\\p{P}]+", " ").strip().toLowerCase();
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
