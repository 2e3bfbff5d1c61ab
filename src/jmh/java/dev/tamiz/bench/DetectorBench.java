package dev.tamiz.bench;

import dev.tamiz.lang.LanguageDetector;
import dev.tamiz.lang.LanguageDetectors;
import dev.tamiz.lang.LanguageResult;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of {@link LanguageDetectors#standard()} on news-length sentences, one thread: ops/s = sentences/s.
 * Persian sentences come from the Persian news corpus (cut at sentence ends, 60-300 chars); English ones are
 * written here. Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="DetectorBench -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectorBench {

    @Param({"fa", "en"})
    public String set;

    private String[] sentences;
    private int next;
    private LanguageDetector detector;

    private static final String[] ENGLISH = {
        "The foreign ministers of both countries met in Doha on Tuesday to discuss trade and border security.",
        "Officials said the new road between the two provinces would open to traffic before the end of the year.",
        "Prices of flour and cooking oil rose sharply in local markets after the floods damaged several bridges.",
        "The university announced that entrance examinations would be held in three cities next month.",
        "Aid agencies warned that millions of people could face food shortages during the coming winter.",
        "The football team returned home after winning the regional championship in a tense final match.",
    };

    @Setup(Level.Trial)
    public void setUp() {
        detector = LanguageDetectors.standard();
        List<String> out = new ArrayList<>();
        if (set.equals("fa")) {
            out.addAll(dev.tamiz.lang.DetectorSpeed.newsSentences(CorpusFiles.lines(CorpusFiles.faNews())));
        } else {
            for (int i = 0; i < 1000; i++) {
                out.add(ENGLISH[i % ENGLISH.length]);
            }
        }
        sentences = out.toArray(new String[0]);
    }

    @Benchmark
    public LanguageResult detect() {
        String s = sentences[next];
        next = next + 1 == sentences.length ? 0 : next + 1;
        return detector.detect(s);
    }
}
