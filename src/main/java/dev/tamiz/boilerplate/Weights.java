package dev.tamiz.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The block classifier's weights and thresholds: a data file of {@code name = number} lines ({@code #} comments),
 * {@code boilerplate/classifier.weights}, with the command that produced it in its header.
 *
 * <p>For tuning only, the system property {@code tamiz.boilerplate.weights} names a file whose values replace the
 * built-in ones (names it does not mention keep their built-in value).
 */
public final class Weights {

    private static final String RESOURCE = "/dev/tamiz/boilerplate/classifier.weights";
    private static volatile Weights builtin;

    private final Map<String, Double> values;

    private Weights(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The built-in weights (with the tuning override, if the system property is set). */
    public static Weights builtin() {
        Weights w = builtin;
        if (w == null) {
            synchronized (Weights.class) {
                w = builtin;
                if (w == null) {
                    Map<String, Double> m = new LinkedHashMap<>();
                    try (InputStream in = Weights.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        read("classifier.weights", new InputStreamReader(in, StandardCharsets.UTF_8), m);
                        String over = System.getProperty("tamiz.boilerplate.weights");
                        if (over != null && !over.isBlank()) {
                            try (Reader r = Files.newBufferedReader(Path.of(over), StandardCharsets.UTF_8)) {
                                read(over, r, m);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    w = new Weights(m);
                    builtin = w;
                }
            }
        }
        return w;
    }

    /** Weights parsed from {@code text} (for tests), on top of the built-in ones. */
    public static Weights parse(String text) {
        Map<String, Double> m = new LinkedHashMap<>(builtin().values);
        try {
            read("weights", new StringReader(text), m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Weights(m);
    }

    /** The value of {@code name}. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("classifier.weights has no value for " + name);
        }
        return v;
    }

    /** All values, by name. */
    public Map<String, Double> values() {
        return values;
    }

    private static void read(String name, Reader reader, Map<String, Double> into) throws IOException {
        BufferedReader br = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = br.readLine()) != null) {
            no++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int eq = s.indexOf('=');
            if (eq < 0) {
                throw new RuleFormatException(name, no, "expected 'name = number'");
            }
            String k = s.substring(0, eq).strip();
            try {
                into.put(k, Double.parseDouble(s.substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                throw new RuleFormatException(name, no, "not a number: " + s.substring(eq + 1).strip());
            }
        }
    }
}
