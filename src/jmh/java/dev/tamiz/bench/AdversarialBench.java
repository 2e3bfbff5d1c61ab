package dev.tamiz.bench;

import dev.tamiz.Cleaner;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Adversarial inputs beside ordinary text: each input is {@code size} MB, cleaned whole; compare the ms per MB of
 * each shape with {@code news} (fa-news.txt repeated to the same size). No shape may be more than three times slower
 * per MB than news.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Djmh.args="AdversarialBench -f 1"</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AdversarialBench {

    @Param({"news", "one-char", "dots", "zwnj", "alternating-scripts", "url-like", "giant-line", "wrapped-runs"})
    public String shape;

    @Param({"10"})
    public int size;

    private String input;
    private final Cleaner cleaner = Cleaner.standard();

    @Setup
    public void setup() {
        int chars = size * 1_000_000;
        input = switch (shape) {
            case "news" -> repeatTo(String.join("\n", CorpusFiles.lines(CorpusFiles.faNews())) + "\n", chars / 2);
            case "one-char" -> "a".repeat(chars);
            case "dots" -> repeatTo(". ", chars);
            case "zwnj" -> "\u200C".repeat(chars / 2);
            case "alternating-scripts" -> repeatTo("aب", chars / 2);
            case "url-like" -> repeatTo("https://example.com/a/b?c=d&e=f#g www.x.ir/ی/ک ", chars);
            case "giant-line" -> repeatTo(String.join(" ", CorpusFiles.lines(CorpusFiles.faNews())) + " ", chars / 2);
            // one page of paragraphs hard-wrapped in two lines each: many runs joined into paragraphs
            case "wrapped-runs" -> repeatTo("the northern port closed on monday as the winds reached a hundred kilometres\n"
                    + "an hour, and the harbour master told every ship to stay at anchor until it passes.\n\n", chars);
            default -> throw new IllegalArgumentException(shape);
        };
        System.out.printf("%n[AdversarialBench] %s: %.2f MB of UTF-8%n", shape,
                input.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6);
    }

    private static String repeatTo(String unit, int chars) {
        StringBuilder sb = new StringBuilder(chars + unit.length());
        while (sb.length() < chars) {
            sb.append(unit);
        }
        return sb.toString();
    }

    @Benchmark
    public Object clean() {
        return cleaner.clean(input);
    }

    static List<String> shapes() {
        return List.of("news", "one-char", "dots", "zwnj", "alternating-scripts", "url-like", "giant-line");
    }
}
