package dev.tamiz.bench;

import dev.tamiz.Cleaner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole {@code clean} pipeline timed in the process's CPU time rather than wall-clock time, for machines where
 * other work disturbs JMH: cleans the corpus of {@link CleanerBench} over and over on one thread and prints the
 * fastest pass of the second half (the first half warms up). The process's CPU time includes its garbage collector
 * and compiler threads, so it errs on the slow side.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Dbench.main=dev.tamiz.bench.CpuTime -Djmh.args="fa-news 30"</pre>
 * Arguments: the corpus ({@code fa-news} or {@code en-dev}) and the number of passes (default 30).
 */
public final class CpuTime {

    private CpuTime() {
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    public static void main(String[] args) {
        String corpus = args.length > 0 ? args[0] : "fa-news";
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> pages = CorpusFiles.pages(corpus);
        long bytes = CorpusFiles.utf8Bytes(pages);
        Cleaner cleaner = Cleaner.standard();
        long best = Long.MAX_VALUE;
        long blocks = 0;
        for (int pass = 0; pass < passes; pass++) {
            long t0 = cpuNanos();
            for (String p : pages) {
                blocks += cleaner.clean(p).paragraphs().size();
            }
            long cpu = cpuNanos() - t0;
            if (pass >= passes / 2) {
                best = Math.min(best, cpu);
            }
        }
        System.out.printf("[CpuTime] %s: %d pages, %.3f MB; fastest pass %.1f ms of CPU = %.1f MB/s (%d)%n",
                corpus, pages.size(), bytes / 1e6, best / 1e6, bytes / 1e6 / (best / 1e9), blocks % 10);
    }
}
