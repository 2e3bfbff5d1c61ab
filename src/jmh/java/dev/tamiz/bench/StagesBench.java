package dev.tamiz.bench;

import dev.tamiz.boilerplate.BoilerplateClassifier;
import dev.tamiz.meta.MetadataRecognizer;
import dev.tamiz.segment.Block;
import dev.tamiz.segment.Segmenter;
import dev.tamiz.segment.StructureAnalyzer;
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
 * The pipeline's own stages, each alone, one thread, on the pages {@link CleanerBench} cleans (normalisation and
 * language identification have their own benchmarks, {@link NormalizerBench} and {@link DetectorBench}).
 * One operation runs the stage over the whole corpus: MB/s = corpus MB / (s/op), printed at setup.
 * <ul>
 *   <li>{@code segment}: the page's text into blocks;</li>
 *   <li>{@code metadata}: every block through the metadata recogniser;</li>
 *   <li>{@code boilerplate}: the blocks of every page through the boilerplate classifier;</li>
 *   <li>{@code structure}: every page's blocks through the structure analyser (kinds).</li>
 * </ul>
 * <pre>mvn -B -Pbench test-compile exec:exec -Djmh.args="StagesBench -f 1"</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class StagesBench {

    @Param({"segment", "metadata", "boilerplate", "structure"})
    public String stage;

    @Param({"fa-news", "en-dev"})
    public String corpus;

    private List<String> pages;
    private List<List<Block>> blocks;
    private List<List<StructureAnalyzer.Item>> items;
    private final Segmenter segmenter = new Segmenter();
    private final MetadataRecognizer metadata = new MetadataRecognizer();
    private final BoilerplateClassifier classifier = new BoilerplateClassifier();
    private final StructureAnalyzer structure = new StructureAnalyzer();

    @Setup
    public void setup() {
        pages = CorpusFiles.pages(corpus);
        blocks = new ArrayList<>();
        items = new ArrayList<>();
        long bytes = 0;
        for (String p : pages) {
            bytes += p.getBytes(StandardCharsets.UTF_8).length;
            List<Block> bs = segmenter.segment(p);
            blocks.add(bs);
            List<StructureAnalyzer.Item> its = new ArrayList<>();
            for (Block b : bs) {
                its.add(new StructureAnalyzer.Item(b.isListItem() ? b.body() : b.text(), b.listMarker()));
            }
            items.add(its);
        }
        System.out.printf("%n[StagesBench] %s on %s: %d pages, %.3f MB of UTF-8 per operation%n", stage, corpus,
                pages.size(), bytes / 1e6);
    }

    @Benchmark
    public void run(Blackhole bh) {
        switch (stage) {
            case "segment" -> pages.forEach(p -> bh.consume(segmenter.segment(p)));
            case "metadata" -> {
                for (List<Block> bs : blocks) {
                    for (int i = 0; i < bs.size(); i++) {
                        bh.consume(metadata.recognize(bs.get(i).text(), i, bs.size()));
                    }
                }
            }
            case "boilerplate" -> blocks.forEach(bs -> bh.consume(classifier.classify(bs, null)));
            case "structure" -> items.forEach(its -> bh.consume(structure.analyze(its)));
            default -> throw new IllegalArgumentException(stage);
        }
    }
}
