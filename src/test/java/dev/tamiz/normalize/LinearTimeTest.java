package dev.tamiz.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

/** Huge single-line and pathological inputs: linear time, no exception. */
class LinearTimeTest {

    private static final Normalizer[] ALL = {
        Normalizer.standard(),
        Normalizer.builder().profile(Profile.TYPOGRAPHIC).build(),
        Normalizer.builder().profile(Profile.SEARCH).build(),
    };

    private static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }

    @Test
    void hugeLines() {
        int size = 1_000_000;
        String[] inputs = {
            repeat("كتاب هاي خوب مي خواند , ", size),
            repeat("ها ", size),
            repeat("ب\u200C", size),
            "ب" + "\u200C".repeat(size / 4) + ".",
            "a" + repeat("\u0301\u0316", size / 4),
            repeat("\u0651\u064E", size / 4),
            repeat("a", size),
            repeat("<", size / 4),
            repeat("&", size / 4),
            repeat("1,", size / 2),
            repeat("https://x.io/", size / 4),
            repeat("ط§", size / 2),
            repeat("Ã©", size / 2),
            repeat(". ", size / 2),
            "\u0628" + repeat(" ?\"", size / 2), // marks and quotes asking for the nearest letters, far away
            "\u0628" + repeat(" ?", size / 2) + " \u0628",
            repeat("\uD800", size / 4),
            repeat("\u0000 \u00A0", size / 4),
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String s : inputs) {
                for (Normalizer n : ALL) {
                    long t0 = System.nanoTime();
                    n.normalize(s, "fa");
                    n.normalize(s, null);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    assertTrue(ms < 20_000, "took " + ms + " ms on " + s.substring(0, 8));
                }
            }
        });
    }
}
