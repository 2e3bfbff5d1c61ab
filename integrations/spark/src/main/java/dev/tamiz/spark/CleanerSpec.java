package dev.tamiz.spark;

import dev.tamiz.Cleaner;
import dev.tamiz.Preset;
import dev.tamiz.boilerplate.RuleCatalog;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How to build a {@link Cleaner}: what Spark ships to the executors instead of the cleaner itself (which is not
 * serialisable). Each executor JVM builds the cleaner of a spec once, on first use, and shares it between its
 * tasks ({@link #cleaner()}): a cleaner is immutable and thread-safe.
 *
 * @param preset    the cleaner's preset
 * @param normalize whether kept text is normalised
 * @param rules     extra rule files, read on the driver, as (file name, text)
 */
public record CleanerSpec(Preset preset, boolean normalize, List<RuleText> rules) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One rule file's name and text. */
    public record RuleText(String name, String text) implements Serializable {
        private static final long serialVersionUID = 1L;

        public RuleText {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The cleaners built in this JVM, by spec. */
    private static final Map<CleanerSpec, Cleaner> BUILT = new ConcurrentHashMap<>();

    public CleanerSpec {
        Objects.requireNonNull(preset, "preset");
        rules = List.copyOf(rules);
    }

    /** The spec of {@link Cleaner#standard()}. */
    public static CleanerSpec standard() {
        return new CleanerSpec(Preset.NEWS, true, List.of());
    }

    /** A spec with a preset named {@code news} or {@code keep-all}, and rule files read now. */
    public static CleanerSpec of(String preset, boolean normalize, List<Path> ruleFiles) {
        Preset p = switch (preset.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "news" -> Preset.NEWS;
            case "keep-all" -> Preset.KEEP_ALL;
            default -> throw new IllegalArgumentException("unknown preset: " + preset + " (news, keep-all)");
        };
        List<RuleText> rules = new ArrayList<>();
        for (Path f : ruleFiles) {
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                RuleCatalog.parse(f.getFileName().toString(), text); // fail on the driver, not in every task
                rules.add(new RuleText(f.getFileName().toString(), text));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + f, e);
            }
        }
        return new CleanerSpec(p, normalize, rules);
    }

    /** This spec's cleaner, built once per JVM. */
    public Cleaner cleaner() {
        if (equals(standard())) {
            return Cleaner.standard();
        }
        return BUILT.computeIfAbsent(this, CleanerSpec::build);
    }

    private Cleaner build() {
        Cleaner.Builder b = Cleaner.builder().preset(preset).normalize(normalize);
        for (RuleText r : rules) {
            b.addRules(RuleCatalog.parse(r.name(), r.text()));
        }
        return b.build();
    }
}
