package dev.tamiz.batch;

import dev.tamiz.Cleaner;
import dev.tamiz.Document;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work over a stream of inputs on several threads and hands the results over in input order.
 *
 * <p>Memory stays bounded whatever the stream's length: at most {@code window} inputs are read ahead of the
 * result being delivered (by default four per thread). Inputs are pulled from the iterator, and results
 * delivered to the sink, on the calling thread only, so neither needs to be thread-safe; the work function runs on
 * the pool and must be. With one thread everything runs on the calling thread.
 *
 * <pre>{@code
 * Batch.clean(Cleaner.standard(), pages.iterator(), Page::text, (page, doc) -> write(page, doc), 4);
 * }</pre>
 */
public final class Batch {

    private Batch() {
    }

    /** All available processors: the default thread count. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Cleans every input with {@code cleaner} and passes each input with its document to {@code sink}, in input
     * order.
     *
     * @param text    extracts the page's text from an input
     * @param threads worker threads, at least 1
     */
    public static <I> void clean(Cleaner cleaner, Iterator<I> inputs, Function<? super I, String> text,
                                 BiConsumer<? super I, Document> sink, int threads) {
        Objects.requireNonNull(cleaner, "cleaner");
        map(inputs, in -> new Object[] {in, cleaner.clean(text.apply(in))}, pair -> {
            @SuppressWarnings("unchecked")
            I in = (I) pair[0];
            sink.accept(in, (Document) pair[1]);
        }, threads, 4 * threads);
    }

    /**
     * Applies {@code work} to every input on {@code threads} threads and passes the results to {@code sink} in
     * input order, reading at most {@code window} inputs ahead.
     *
     * @throws BatchException when {@code work} throws: the batch stops, the cause is attached (catch inside
     *                        {@code work} to go on past a failing input)
     */
    public static <I, O> void map(Iterator<I> inputs, Function<? super I, ? extends O> work,
                                  Consumer<? super O> sink, int threads, int window) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(sink, "sink");
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1");
        }
        if (threads == 1) {
            while (inputs.hasNext()) {
                sink.accept(work.apply(inputs.next()));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        ArrayDeque<Future<? extends O>> inFlight = new ArrayDeque<>(window);
        try {
            while (inputs.hasNext()) {
                I in = inputs.next();
                inFlight.add(pool.submit(() -> work.apply(in)));
                if (inFlight.size() >= window) {
                    sink.accept(get(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(get(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O get(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BatchException("interrupted", e);
        } catch (ExecutionException e) {
            throw new BatchException("work failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "tamiz-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A failure of a batch's work function. */
    public static final class BatchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BatchException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
