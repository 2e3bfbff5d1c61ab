package dev.tamiz.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tamiz.Cleaner;
import dev.tamiz.Document;
import dev.tamiz.Explanation;
import dev.tamiz.Preset;
import dev.tamiz.boilerplate.RuleFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code tamiz clean}: pages in, cleaned documents out. */
@Command(name = "clean", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cleans scraped pages: removes boilerplate (each removal reported with its reason),",
                "normalises the text, detects each paragraph's language and reads the page's metadata.",
                "Inputs are files, directories (every regular file below, in name order) or '-' for standard",
                "input (the default)."},
        footer = {"", "Exit status: 0 on success, 1 when some input failed (the others are still done), 2 on usage errors."})
final class CleanCommand implements Callable<Integer> {

    enum Format { text, json, jsonl, markdown }

    enum InputFormat { text, jsonl }

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json, jsonl or markdown")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "write one result file per input into DIR (same base name, the format's extension)")
    Path output;

    @Option(names = "--input-format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default: one page per file) or jsonl (one JSON object per line, a page per object)")
    InputFormat inputFormat;

    @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
            description = "with --input-format jsonl: the field holding the page's text (default: text);"
                    + " the other fields are passed through")
    String textField;

    @Option(names = "--rules", paramLabel = "FILE", description = "add a boilerplate rule file (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--preset", defaultValue = "news", paramLabel = "PRESET",
            description = "news (default) or keep-all (nothing removed)")
    String preset;

    @Option(names = "--no-normalize", description = "keep each paragraph's text exactly as in the input")
    boolean noNormalize;

    @Option(names = "--explain", description = "print every block with its decision and the evidence instead of"
            + " the cleaned text (as JSON with --format json or jsonl)")
    boolean explain;

    @Parameters(paramLabel = "INPUT", description = "files, directories or '-' (standard input)")
    List<String> inputs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private int failures;

    @Override
    public Integer call() throws IOException {
        Cleaner cleaner = buildCleaner();
        if (output != null) {
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                err().println("tamiz: cannot create output directory " + output + ": " + e.getMessage());
                return 1;
            }
            if (!Files.isWritable(output)) {
                err().println("tamiz: output directory is not writable: " + output);
                return 1;
            }
        }
        List<Input> all = expand(inputs.isEmpty() ? List.of("-") : inputs);
        Writer stdout = spec.commandLine().getOut();
        boolean array = output == null && format == Format.json && (all.size() > 1 || inputFormat == InputFormat.jsonl);
        Progress progress = new Progress(all.size(), err());
        try {
            if (array) {
                stdout.write("[\n");
            }
            boolean first = true;
            for (Input in : all) {
                List<Result> results = process(cleaner, in);
                if (results == null) {
                    progress.step();
                    continue;
                }
                if (output != null) {
                    writeFile(in, results);
                } else {
                    for (Result r : results) {
                        if (array && !first) {
                            stdout.write(",\n");
                        }
                        render(r, stdout, !first);
                        first = false;
                    }
                    stdout.flush();
                }
                progress.step();
            }
            if (array) {
                stdout.write("\n]\n");
            }
        } finally {
            stdout.flush();
            progress.done();
        }
        return failures == 0 ? 0 : 1;
    }

    private Cleaner buildCleaner() {
        Cleaner.Builder b = Cleaner.builder();
        switch (preset.toLowerCase(Locale.ROOT)) {
            case "news" -> b.preset(Preset.NEWS);
            case "keep-all", "keep_all" -> b.preset(Preset.KEEP_ALL);
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown preset '" + preset + "' (news or keep-all)");
        }
        b.normalize(!noNormalize);
        for (Path r : rules) {
            try {
                b.addRules(r);
            } catch (RuleFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "bad rule file: " + e.getMessage());
            } catch (NoSuchFileException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "rule file not found: " + r);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "cannot read rule file " + r + ": " + e.getMessage());
            }
        }
        return b.build();
    }

    /** One input: a file (with the directory it was found under, for output names) or standard input. */
    record Input(Path file, Path root) {
        boolean stdin() {
            return file == null;
        }

        String name() {
            return file == null ? "<stdin>" : file.toString();
        }
    }

    /** One cleaned page ready to render. */
    record Result(Document doc, String input, Map<String, String> extra, List<Explanation> explanation) {
    }

    private List<Input> expand(List<String> args) {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input(null, null));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(f -> out.add(new Input(f, p)));
                } catch (IOException | java.io.UncheckedIOException e) {
                    fail(a, "cannot list directory: " + e.getMessage());
                }
            } else {
                out.add(new Input(p, null));
            }
        }
        return out;
    }

    /** Cleans one input; null when it failed (already reported). */
    private List<Result> process(Cleaner cleaner, Input in) {
        byte[] bytes;
        try {
            bytes = in.stdin() ? System.in.readAllBytes() : Files.readAllBytes(in.file());
        } catch (NoSuchFileException e) {
            fail(in.name(), "no such file");
            return null;
        } catch (IOException | OutOfMemoryError e) {
            fail(in.name(), "cannot read: " + e.getMessage());
            return null;
        }
        List<Result> results = new ArrayList<>();
        if (inputFormat == InputFormat.jsonl) {
            readJsonl(cleaner, in, bytes, results);
            return results;
        }
        Decoded d = Decoded.of(bytes);
        if (d.binary()) {
            fail(in.name(), "binary data, skipped");
            return null;
        }
        if (d.invalid() > 0) {
            err().println("tamiz: " + in.name() + ": invalid UTF-8 (" + d.invalid() + " sequence"
                    + (d.invalid() == 1 ? "" : "s") + ", first at byte " + d.firstInvalid() + "), replaced with U+FFFD");
        }
        results.add(clean(cleaner, d.text(), in.name(), null));
        return results;
    }

    private Result clean(Cleaner cleaner, String text, String source, Map<String, String> extra) {
        if (explain) {
            return new Result(null, text, extra, cleaner.explain(text));
        }
        return new Result(cleaner.clean(text, source), text, extra, null);
    }

    private void readJsonl(Cleaner cleaner, Input in, byte[] bytes, List<Result> results) {
        BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        int lineNo = 0;
        try {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String text = null;
                Map<String, String> extra = new LinkedHashMap<>();
                try (JsonParser p = JsonOutput.FACTORY.createParser(line)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        fail(in.name() + ":" + lineNo, "not a JSON object");
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken t = p.nextToken();
                        if (name.equals(textField) && t == JsonToken.VALUE_STRING) {
                            text = p.getText();
                        } else {
                            StringWriter sw = new StringWriter();
                            try (JsonGenerator g = JsonOutput.FACTORY.createGenerator(sw)) {
                                g.copyCurrentStructure(p);
                            }
                            extra.put(name, sw.toString());
                        }
                    }
                } catch (IOException e) {
                    fail(in.name() + ":" + lineNo, "bad JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            ? j.getOriginalMessage() : e.getMessage()));
                    continue;
                }
                if (text == null) {
                    fail(in.name() + ":" + lineNo, "no string field '" + textField + "'");
                    continue;
                }
                String source = in.name() + ":" + lineNo;
                results.add(clean(cleaner, text, source, extra));
            }
        } catch (IOException e) {
            fail(in.name(), "cannot read: " + e.getMessage());
        }
    }

    private void render(Result r, Writer out, boolean notFirst) throws IOException {
        switch (format) {
            case json, jsonl -> {
                JsonGenerator g = JsonOutput.generator(out, format == Format.json);
                if (r.explanation() != null) {
                    JsonOutput.writeExplanation(g, r.explanation(), r.input());
                } else {
                    JsonOutput.write(g, r.doc(), r.input(), r.extra());
                }
                g.flush();
                if (format == Format.jsonl) {
                    out.write('\n');
                }
            }
            case text, markdown -> {
                if (notFirst) {
                    out.write('\n');
                }
                if (r.explanation() != null) {
                    TextOutput.explanation(r.explanation(), out);
                } else if (format == Format.text) {
                    TextOutput.text(r.doc(), out);
                } else {
                    TextOutput.markdown(r.doc(), out);
                }
            }
        }
    }

    private void writeFile(Input in, List<Result> results) {
        String ext = switch (format) {
            case text -> ".txt";
            case json -> ".json";
            case jsonl -> ".jsonl";
            case markdown -> ".md";
        };
        Path rel = in.stdin() ? Path.of("stdin") : in.root() == null ? in.file().getFileName()
                : in.root().relativize(in.file());
        String base = rel.getFileName().toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        Path target = output.resolve(rel).resolveSibling(base + ext);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + base, ".part");
            boolean array = format == Format.json && results.size() != 1;
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                if (array) {
                    w.write("[\n");
                }
                boolean first = true;
                for (Result r : results) {
                    if (array && !first) {
                        w.write(",\n");
                    }
                    render(r, w, !first);
                    first = false;
                }
                if (array) {
                    w.write("\n]");
                }
                if (format == Format.json) {
                    w.write('\n');
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            fail(in.name(), "cannot write " + target + ": " + e.getMessage());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure is already reported
                }
            }
        }
    }

    private java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private void fail(String what, String why) {
        failures++;
        err().println("tamiz: " + what + ": " + why);
    }

    /** Progress on standard error, only when it is a terminal and there is more than one input. */
    static final class Progress {
        private final int total;
        private final boolean on;
        private int done;
        private final long t0 = System.nanoTime();
        private final java.io.PrintWriter err;

        Progress(int total, java.io.PrintWriter err) {
            this.total = total;
            this.err = err;
            this.on = total > 1 && stderrIsTerminal();
        }

        void step() {
            done++;
            if (on) {
                double s = (System.nanoTime() - t0) / 1e9;
                err.printf(Locale.ROOT, "\r%d/%d documents, %.1f s", done, total, s);
                err.flush();
            }
        }

        void done() {
            if (on) {
                err.println();
            }
        }

        static boolean stderrIsTerminal() {
            try {
                Path fd = Path.of("/proc/self/fd/2");
                if (Files.isSymbolicLink(fd)) {
                    String target = Files.readSymbolicLink(fd).toString();
                    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
            return System.console() != null;
        }
    }
}
