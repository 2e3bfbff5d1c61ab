package dev.tamiz.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the {@link Tables} resource: loads every class that asks for a table, with the tables computed, and writes
 * what their code computes. Run by the build ({@code process-classes}) as
 * {@code TablesGenerator target/classes/dev/tamiz/internal/tables.bin}.
 */
public final class TablesGenerator {

    /**
     * The classes whose static fields ask for tables (and, in {@link #main}, the built-in rule catalogue and stop
     * words, which ask when first used). {@code TablesTest} fails when one is missing.
     */
    static final List<String> USERS = List.of(
            "dev.tamiz.normalize.CharClasses",
            "dev.tamiz.normalize.UnicodeHygiene",
            "dev.tamiz.normalize.CharPass",
            "dev.tamiz.normalize.ScriptRuns",
            "dev.tamiz.normalize.TokenPass",
            "dev.tamiz.normalize.Mojibake",
            "dev.tamiz.normalize.Homoglyphs",
            "dev.tamiz.normalize.PersianLetters",
            "dev.tamiz.normalize.DiacriticRemoval",
            "dev.tamiz.segment.Segmenter",
            "dev.tamiz.lang.Features",
            "dev.tamiz.normalize.Normalizer"); // its standard instance: the char pass's tables of that setting

    private TablesGenerator() {
    }

    /** Loads everything that asks for a table: {@link #USERS}, the built-in rule catalogue and stop words. */
    static void loadAll() throws ClassNotFoundException {
        ClassLoader loader = TablesGenerator.class.getClassLoader();
        for (String c : USERS) {
            Class.forName(c, true, loader);
        }
        // loaded on first use, not with their classes
        dev.tamiz.boilerplate.RuleCatalog.builtin();
        dev.tamiz.boilerplate.StopWords.builtin();
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length != 1) {
            // no System.exit: the build runs this inside Maven's JVM
            throw new IllegalArgumentException("usage: TablesGenerator OUTPUT (got " + args.length + " arguments)");
        }
        System.setProperty("tamiz.tables", "compute");
        loadAll();
        Map<String, Object> tables = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<?>> e : Tables.requested().entrySet()) {
            tables.put(e.getKey(), e.getValue().get());
        }
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            Tables.write(tables, Tables.KEY, o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[tables] " + tables.size() + " tables (" + Tables.KEY + ") written to " + out);
    }
}
