package dev.tamiz.bench;

import dev.tamiz.Cleaner;
import dev.tamiz.lang.LanguageDetector;
import dev.tamiz.lang.LanguageDetectors;
import dev.tamiz.lang.LanguageResult;
import dev.tamiz.normalize.Normalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The language detector alone and the normaliser alone, in thread CPU time (see {@link CpuTime}), on exactly the
 * texts the pipeline gives them: one {@code clean} pass over the corpus records each kept block's raw text and its
 * detected tag, then the detector is run over those texts and the normaliser over those texts with those tags, over
 * and over; the fastest pass of the second half is printed with the bytes allocated per pass.
 *
 * <pre>java -cp "$CP" dev.tamiz.bench.StageCpu fa-news 60</pre>
 * Arguments: the corpus ({@code fa-news} or {@code en-dev}) and the number of passes (default 30).
 */
public final class StageCpu {

    private StageCpu() {
    }

    public static void main(String[] args) {
        String corpus = args.length > 0 ? args[0] : "fa-news";
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> pages = CorpusFiles.pages(corpus);
        LanguageDetector standard = LanguageDetectors.standard();
        List<String> texts = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        LanguageDetector recording = text -> {
            LanguageResult r = standard.detect(text);
            texts.add(text.toString());
            tags.add(r.tag());
            return r;
        };
        Cleaner cleaner = Cleaner.builder().languageDetector(recording).build();
        for (String p : pages) {
            cleaner.clean(p);
        }
        long bytes = CorpusFiles.utf8Bytes(texts);
        Normalizer normalizer = Normalizer.standard();
        long[] det = new long[] {Long.MAX_VALUE, Long.MAX_VALUE};
        long[] norm = new long[] {Long.MAX_VALUE, Long.MAX_VALUE};
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            long t0 = CpuTime.threadCpu();
            long a0 = CpuTime.threadAllocated();
            for (String t : texts) {
                sink += standard.detect(t).spans().size();
            }
            long t1 = CpuTime.threadCpu();
            long a1 = CpuTime.threadAllocated();
            for (int i = 0; i < texts.size(); i++) {
                sink += normalizer.normalize(texts.get(i), tags.get(i)).length();
            }
            long t2 = CpuTime.threadCpu();
            long a2 = CpuTime.threadAllocated();
            if (pass >= passes / 2) {
                det[0] = Math.min(det[0], t1 - t0);
                det[1] = Math.min(det[1], a1 - a0);
                norm[0] = Math.min(norm[0], t2 - t1);
                norm[1] = Math.min(norm[1], a2 - a1);
            }
        }
        System.out.printf("[StageCpu] %s: %d texts, %.3f MB; detector %.1f ms of thread CPU = %.1f MB/s, %.1f MB "
                        + "allocated; normaliser %.1f ms = %.1f MB/s, %.1f MB allocated (%d)%n",
                corpus, texts.size(), bytes / 1e6, det[0] / 1e6, bytes / 1e6 / (det[0] / 1e9), det[1] / 1e6,
                norm[0] / 1e6, bytes / 1e6 / (norm[0] / 1e9), norm[1] / 1e6, sink % 10);
    }
}
