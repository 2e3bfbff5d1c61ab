import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;

/**
 * Compares builds of Tamiz in one JVM, in thread CPU time: each build's classes in a class loader of their own,
 * passes over the corpus alternating between the builds, so that the load of a shared machine falls on all alike;
 * prints each build's fastest pass (of the last two thirds) and the bytes it allocated.
 *
 * <pre>
 * mvn -B -q -o -Pbench test-compile
 * mvn -B -q -Pbench dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * cp -r target/classes /tmp/new-classes      # and an older build's target/classes as /tmp/old-classes
 * java tools/bench/Interleave.java detect fa-news 30 /tmp/cp.txt target/test-classes /tmp/old-classes /tmp/new-classes
 * </pre>
 * Arguments: the stage ({@code detect}: LanguageDetectors.standard() on each paragraph; {@code normalize}:
 * Normalizer.standard() on each paragraph with fa, or en for en-dev; {@code clean}: Cleaner.standard() on each
 * page), the corpus ({@code fa-news} or {@code en-dev}, as the benchmarks cut it, paragraphs split at blank lines),
 * the passes, the dependency class path file, the benchmark classes (for CorpusFiles), then the builds' class
 * directories.
 */
public class Interleave {
    public static void main(String[] args) throws Throwable {
        String stage = args[0];
        String corpus = args[1];
        int passes = Integer.parseInt(args[2]);
        String[] deps = Files.readString(Path.of(args[3])).trim().split(":");
        Path bench = Path.of(args[4]);
        int first = 5;
        int nv = args.length - first;
        Object[] targets = new Object[nv];
        MethodHandle[] calls = new MethodHandle[nv];
        List<String> pages = null;
        for (int v = 0; v < nv; v++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(args[first + v]).toUri().toURL());
            urls.add(bench.toUri().toURL());
            for (String d : deps) urls.add(Path.of(d).toUri().toURL());
            URLClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            MethodHandles.Lookup lk = MethodHandles.publicLookup();
            if (pages == null) {
                Class<?> cf = cl.loadClass("dev.tamiz.bench.CorpusFiles");
                var m = cf.getDeclaredMethod("pages", String.class);
                m.setAccessible(true);
                @SuppressWarnings("unchecked")
                List<String> p = (List<String>) m.invoke(null, corpus);
                pages = p;
            }
            switch (stage) {
                case "clean": {
                    Class<?> c = cl.loadClass("dev.tamiz.Cleaner");
                    targets[v] = c.getMethod("standard").invoke(null);
                    calls[v] = lk.findVirtual(c, "clean", MethodType.methodType(cl.loadClass("dev.tamiz.Document"), String.class));
                    break;
                }
                case "detect": {
                    Class<?> c = cl.loadClass("dev.tamiz.lang.LanguageDetectors");
                    targets[v] = c.getMethod("standard").invoke(null);
                    Class<?> i = cl.loadClass("dev.tamiz.lang.LanguageDetector");
                    calls[v] = lk.findVirtual(i, "detect", MethodType.methodType(cl.loadClass("dev.tamiz.lang.LanguageResult"), CharSequence.class));
                    break;
                }
                default: {
                    Class<?> c = cl.loadClass("dev.tamiz.normalize.Normalizer");
                    targets[v] = c.getMethod("standard").invoke(null);
                    MethodHandle h = lk.findVirtual(c, "normalize", MethodType.methodType(String.class, String.class, String.class));
                    calls[v] = MethodHandles.insertArguments(h, 2, corpus.equals("en-dev") ? "en" : "fa");
                }
            }
        }
        List<String> texts = new ArrayList<>();
        if (stage.equals("clean")) {
            texts = pages;
        } else {
            for (String p : pages) for (String para : p.split("\n\n")) texts.add(para);
        }
        var tb = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] best = new long[nv];
        long[] alloc = new long[nv];
        Arrays.fill(best, Long.MAX_VALUE);
        Arrays.fill(alloc, Long.MAX_VALUE);
        long sink = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int v = 0; v < nv; v++) {
                MethodHandle h = calls[v].bindTo(targets[v]);
                long t0 = tb.getCurrentThreadCpuTime();
                long a0 = tb.getThreadAllocatedBytes(Thread.currentThread().getId());
                for (String t : texts) sink += ((Object) h.invoke(t)).hashCode() & 1;
                long t1 = tb.getCurrentThreadCpuTime();
                long a1 = tb.getThreadAllocatedBytes(Thread.currentThread().getId());
                if (pass >= passes / 3) {
                    best[v] = Math.min(best[v], t1 - t0);
                    alloc[v] = Math.min(alloc[v], a1 - a0);
                }
            }
        }
        for (int v = 0; v < nv; v++) {
            System.out.printf("%s %s %s: %.1f ms thread CPU per pass (best), %.1f MB allocated%n", stage, corpus,
                    args[first + v], best[v] / 1e6, alloc[v] / 1e6);
        }
        System.out.println("(" + sink % 2 + ")");
    }
}
