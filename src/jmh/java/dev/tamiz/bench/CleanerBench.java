package dev.tamiz.bench;

import dev.tamiz.Cleaner;
import dev.tamiz.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole {@code clean} pipeline, one thread, on {@code fa-news.txt} cut into pages of 20 paragraphs (about 6.6 KB
 * each; {@code corpus=fa-news}) or on the English pages of the boilerplate dev sets as scraped
 * ({@code corpus=en-dev}). One operation cleans the whole corpus: MB/s = corpus MB / (s/op), printed at setup.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Djmh.args="CleanerBench -f 1"</pre>
 * Add {@code -t 2} for two threads (each cleans the whole corpus per operation).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CleanerBench {

    @Param({"fa-news", "en-dev"})
    public String corpus;

    private List<String> pages;
    private Cleaner cleaner;

    @Setup
    public void setup() {
        pages = CorpusFiles.pages(corpus);
        long bytes = CorpusFiles.utf8Bytes(pages);
        cleaner = Cleaner.standard();
        System.out.printf("%n[CleanerBench] %d pages, %.3f MB of UTF-8 per operation%n", pages.size(), bytes / 1e6);
    }

    @Benchmark
    public void cleanCorpus(Blackhole bh) {
        for (String p : pages) {
            Document d = cleaner.clean(p);
            bh.consume(d);
        }
    }
}
