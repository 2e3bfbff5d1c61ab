package dev.tamiz.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Throughput of the standard detector in CPU time of this process (one detecting thread; the JIT and GC threads
 * are counted too, so it errs low), for a machine where other work disturbs JMH's wall-clock numbers: the sentences of DetectorBench (a Persian news file cut at sentence ends, 60-300 chars), 8 rounds of
 * warm-up, then 16 rounds of twenty passes each; prints the median and best rounds in sentences per CPU second.
 * Usage: {@code DetectorSpeed FA_NEWS_FILE}.
 */
public final class DetectorSpeed {

    private static final int PASSES = 20;

    private DetectorSpeed() {
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    /**
     * News-length sentences of {@code lines}: cut at . ؟ ! and line ends, 60 to 300 chars, at most about 20,000
     * (also what {@code DetectorBench} measures).
     */
    public static List<String> newsSentences(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '.' || c == '؟' || c == '!' || i == line.length() - 1) {
                    String s = line.substring(start, i + 1).trim();
                    if (s.length() >= 60 && s.length() <= 300) {
                        out.add(s);
                    }
                    start = i + 1;
                }
            }
            if (out.size() >= 20000) {
                break;
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        List<String> out = newsSentences(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        String[] sentences = out.toArray(new String[0]);
        LanguageDetector d = LanguageDetectors.standard();
        double[] rates = new double[16];
        long sink = 0;
        for (int round = -8; round < rates.length; round++) {
            long cpu = cpuNanos();
            for (int pass = 0; pass < PASSES; pass++) {
                for (String s : sentences) {
                    sink += d.detect(s).tag().length();
                }
            }
            cpu = cpuNanos() - cpu;
            if (round >= 0) {
                rates[round] = (double) PASSES * sentences.length / (cpu / 1e9);
            }
        }
        Arrays.sort(rates);
        System.out.printf("%d sentences; CPU-time throughput after warm-up: median %.0f/s, best %.0f/s (%d)%n",
                sentences.length, rates[rates.length / 2], rates[rates.length - 1], sink);
    }
}
