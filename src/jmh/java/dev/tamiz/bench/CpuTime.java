package dev.tamiz.bench;

import dev.tamiz.Cleaner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole {@code clean} pipeline timed in CPU time rather than wall-clock time, for machines where other work
 * disturbs JMH: cleans the corpus of {@link CleanerBench} over and over on one thread and prints the fastest pass of
 * the second half (the first half warms up), in the process's CPU time (which includes its garbage collector and
 * compiler threads, so it errs on the slow side) and in the cleaning thread's own CPU time, with the bytes that
 * thread allocated per pass.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Dbench.main=dev.tamiz.bench.CpuTime -Djmh.args="fa-news 30"</pre>
 * Arguments: the corpus ({@code fa-news} or {@code en-dev}), the number of passes (default 30) and the number of
 * threads (default 1; see {@link #parallel}).
 */
public final class CpuTime {

    private CpuTime() {
    }

    /** The JVM's thread bean, found reflectively: the benchmarks compile inside module dev.tamiz, which reads no
     *  management module. */
    private static final Object THREADS;
    private static final java.lang.reflect.Method THREAD_CPU;
    private static final java.lang.reflect.Method THREAD_ALLOCATED;

    static {
        try {
            THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            THREAD_CPU = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
            THREAD_ALLOCATED = Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static long call(java.lang.reflect.Method m) {
        try {
            return (Long) m.invoke(THREADS);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current thread's CPU time in nanoseconds. */
    static long threadCpu() {
        return call(THREAD_CPU);
    }

    /** The bytes the current thread has allocated so far. */
    static long threadAllocated() {
        return call(THREAD_ALLOCATED);
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    public static void main(String[] args) throws InterruptedException {
        String corpus = args.length > 0 ? args[0] : "fa-news";
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<String> pages = CorpusFiles.pages(corpus);
        long bytes = CorpusFiles.utf8Bytes(pages);
        Cleaner cleaner = Cleaner.standard();
        if (threads > 1) {
            parallel(cleaner, corpus, pages, bytes, passes, threads);
            return;
        }
        long best = Long.MAX_VALUE;
        long bestThread = Long.MAX_VALUE;
        long allocated = Long.MAX_VALUE;
        long blocks = 0;
        for (int pass = 0; pass < passes; pass++) {
            long t0 = cpuNanos();
            long th0 = call(THREAD_CPU);
            long a0 = call(THREAD_ALLOCATED);
            for (String p : pages) {
                blocks += cleaner.clean(p).paragraphs().size();
            }
            long cpu = cpuNanos() - t0;
            long thread = call(THREAD_CPU) - th0;
            long alloc = call(THREAD_ALLOCATED) - a0;
            if (pass >= passes / 2) {
                best = Math.min(best, cpu);
                bestThread = Math.min(bestThread, thread);
                allocated = Math.min(allocated, alloc);
            }
        }
        System.out.printf("[CpuTime] %s: %d pages, %.3f MB; fastest pass %.1f ms of process CPU = %.1f MB/s, "
                        + "%.1f ms of thread CPU = %.1f MB/s; %.0f MB allocated per pass (%d)%n",
                corpus, pages.size(), bytes / 1e6, best / 1e6, bytes / 1e6 / (best / 1e9), bestThread / 1e6,
                bytes / 1e6 / (bestThread / 1e9), allocated / 1e6, blocks % 10);
    }

    /**
     * With more than one thread: each thread cleans the whole corpus once per pass, all starting together; prints the
     * fastest wall-clock pass of the second half (so the rate counts every thread's corpus) and the threads' own CPU
     * time in that pass. Thread CPU close to the single-thread figure with a wall time close to it as well means the
     * threads scale; a thread CPU that grows means they slow one another (memory, caches), a wall time above the
     * thread CPU means they wait (locks, the collector, or cores the machine does not really have).
     */
    private static void parallel(Cleaner cleaner, String corpus, List<String> pages, long bytes, int passes,
                                 int threads) throws InterruptedException {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        long[][] threadCpu = new long[threads][passes];
        long[][] wall = new long[threads][passes];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                long blocks = 0;
                try {
                    for (int pass = 0; pass < passes; pass++) {
                        start.await();
                        long w0 = System.nanoTime();
                        long c0 = call(THREAD_CPU);
                        for (String p : pages) {
                            blocks += cleaner.clean(p).paragraphs().size();
                        }
                        threadCpu[id][pass] = call(THREAD_CPU) - c0;
                        wall[id][pass] = System.nanoTime() - w0;
                    }
                } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
                    throw new IllegalStateException(e);
                }
                if (blocks == 42) {
                    System.out.print("");
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long bestWall = Long.MAX_VALUE;
        double cpuAtBest = 0;
        for (int pass = passes / 2; pass < passes; pass++) {
            long w = 0;
            long c = 0;
            for (int t = 0; t < threads; t++) {
                w = Math.max(w, wall[t][pass]);
                c += threadCpu[t][pass];
            }
            if (w < bestWall) {
                bestWall = w;
                cpuAtBest = (double) c / threads;
            }
        }
        System.out.printf("[CpuTime] %s, %d threads: %d pages, %.3f MB each; fastest pass %.1f ms wall = %.1f MB/s "
                        + "in all; %.1f ms of thread CPU per thread in that pass%n",
                corpus, threads, pages.size(), bytes / 1e6, bestWall / 1e6,
                threads * bytes / 1e6 / (bestWall / 1e9), cpuAtBest / 1e6);
    }
}
