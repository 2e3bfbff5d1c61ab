package dev.tamiz.bench;

import dev.tamiz.Cleaner;
import dev.tamiz.lang.LanguageDetector;
import dev.tamiz.lang.LanguageDetectors;
import dev.tamiz.lang.LanguageResult;
import dev.tamiz.lang.LanguageSpan;
import dev.tamiz.normalize.Normalized;
import dev.tamiz.normalize.Normalizer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes everything the detector, the normaliser and the whole pipeline answer on the shared corpora to one file,
 * so that a change meant to be faster only can be shown to change no output: run it on the build before and the
 * build after and compare the files byte for byte.
 *
 * <p>Texts: every line of {@code fa-news.txt}, its pages of 20 lines, every line and every whole document of the
 * boilerplate dev sets, the seed pages, and mixed texts made of a Persian line and a dev line (side by side,
 * quoted, as sentences). For each text: the standard detector's tag, confidence (exact), script and spans, the same
 * for detectors restricted to {fa, prs, en}, {en, de, fr} and {ps, ur, ar}; the normaliser's output for the
 * detected tag and for no tag, with a hash of its offset map. For each page and document: the whole {@code clean}
 * result.
 *
 * <pre>java -cp "$CP" dev.tamiz.bench.OutputDump /tmp/out.txt</pre>
 */
public final class OutputDump {

    private OutputDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "output-dump.txt");
        List<String> faLines = CorpusFiles.lines(CorpusFiles.faNews());
        List<String> faPages = CorpusFiles.pages("fa-news");
        List<String> docs = new ArrayList<>();
        Path root = Path.of(System.getProperty("tamiz.devsets", "../shared/dev/boilerplate"));
        for (String set : List.of("readability_testpages", "trafilatura_eval")) {
            Path dir = root.resolve(set).resolve("docs");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        docs.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        Path seeds = root.getParent().getParent().resolve("seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    docs.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        List<String> docLines = new ArrayList<>();
        for (String d : docs) {
            docLines.addAll(Arrays.asList(d.split("\n")));
        }
        List<String> mixed = new ArrayList<>();
        for (int i = 0; i < Math.min(faLines.size(), docLines.size()); i += 7) {
            String fa = faLines.get(i);
            String other = docLines.get((i * 31) % docLines.size());
            mixed.add(fa + " " + other);
            mixed.add(fa + " «" + other + "» " + fa);
            mixed.add(other + ". " + fa + ". " + other + ". " + other + ".");
            mixed.add("\"" + other + "\" " + other);
        }
        LanguageDetector standard = LanguageDetectors.standard();
        List<LanguageDetector> detectors = List.of(standard, standard.restrictedTo(Set.of("fa", "prs", "en")),
                standard.restrictedTo(Set.of("en", "de", "fr")), standard.restrictedTo(Set.of("ps", "ur", "ar")));
        Normalizer normalizer = Normalizer.standard();
        Cleaner cleaner = Cleaner.standard();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long n = 0;
            for (List<String> texts : List.of(faLines, faPages, docLines, docs, mixed)) {
                for (String t : texts) {
                    w.write("#" + n++ + "\n");
                    String tag = null;
                    for (LanguageDetector d : detectors) {
                        LanguageResult r = d.detect(t);
                        tag = tag == null ? r.tag() : tag;
                        w.write(r.tag() + " " + r.confidence() + " " + r.script());
                        for (LanguageSpan s : r.spans()) {
                            w.write(" " + s.tag() + ":" + s.start() + "-" + s.end());
                        }
                        w.write("\n");
                    }
                    Normalized nm = normalizer.normalizeMapped(t, tag);
                    int[] map = new int[nm.text().length() + 1];
                    for (int i = 0; i < map.length; i++) {
                        map[i] = nm.toInput(i);
                    }
                    w.write(normalizer.normalize(t, tag) + "\n" + nm.text() + " " + Arrays.hashCode(map) + "\n");
                    w.write(normalizer.normalize(t, null) + "\n");
                }
            }
            for (List<String> pages : List.of(faPages, docs)) {
                for (String p : pages) {
                    w.write("#" + n++ + "\n" + cleaner.clean(p) + "\n");
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
