package dev.tamiz.bench;

import dev.tamiz.normalize.Normalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Normalisation alone on {@code ../shared/corpora/fa-news.txt} (one paragraph per line), single thread, the
 * {@code corpus} profile ({@link Normalizer#standard()}). One operation normalises the whole corpus; the
 * throughput in MB/s is the corpus's UTF-8 size divided by the average time per operation, printed at set-up.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="NormalizerBench -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NormalizerBench {

    /** The language passed for every paragraph: {@code fa} as the pipeline tags it, or {@code auto} (null). */
    @Param({"fa", "auto"})
    public String lang;

    private List<String> lines;
    private Normalizer normalizer;
    private String tag;

    @Setup(Level.Trial)
    public void setUp() {
        Path p = CorpusFiles.faNews();
        lines = CorpusFiles.lines(p);
        normalizer = Normalizer.standard();
        tag = "auto".equals(lang) ? null : lang;
        long bytes = 0;
        for (String l : lines) {
            bytes += l.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        System.out.printf("%n# corpus %s: %d paragraphs, %.2f MB UTF-8; MB/s = %.2f / (ms/op) * 1000%n", p,
                lines.size(), bytes / 1e6, bytes / 1e6);
    }

    @Benchmark
    public void normalizeCorpus(Blackhole bh) {
        Normalizer n = normalizer;
        String t = tag;
        for (String l : lines) {
            bh.consume(n.normalize(l, t));
        }
    }
}
