package dev.tamiz.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tamiz.Cleaner;
import dev.tamiz.Document;
import dev.tamiz.Explanation;
import dev.tamiz.Preset;
import dev.tamiz.batch.Batch;
import dev.tamiz.boilerplate.RuleFormatException;
import dev.tamiz.boilerplate.SiteTemplate;
import dev.tamiz.cli.Inputs.Input;
import dev.tamiz.cli.Inputs.Item;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code tamiz clean}: pages in, cleaned documents out. */
@Command(name = "clean", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cleans scraped pages: removes boilerplate (each removal reported with its reason),",
                "normalises the text, detects each paragraph's language and reads the page's metadata.",
                "Inputs are files, directories (every regular file below, in name order) or '-' for standard",
                "input (the default). Files ending in .jsonl/.ndjson (optionally .gz) are read as JSONL, files",
                "ending in .warc/.wet (optionally .gz) as WARC, others as one page of text each."},
        footer = {"", "Exit status: 0 on success, 1 when some input failed (the others are still done), 2 on usage errors."})
final class CleanCommand implements Callable<Integer> {

    enum Format { text, json, jsonl, markdown }

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json, jsonl or markdown")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "write one result file per input into DIR (same base name, the format's extension)")
    Path output;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (default: by file name), text (a page per file), jsonl (a JSON object per line,"
                    + " a page per object; gzip is recognised) or warc (WARC/WET records of plain text)")
    Inputs.Format inputFormat;

    @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
            description = "JSONL input: the field holding the page's text (default: text); the other fields are"
                    + " passed through")
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

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "worker threads (default: all cores); output order is kept")
    Integer threads;

    @Option(names = "--resume", description = "with --output: skip inputs whose result file already exists"
            + " (results are written to a temporary name and renamed when complete)")
    boolean resume;

    enum TemplateMode { auto, off }

    @Option(names = "--templates", defaultValue = "auto", paramLabel = "MODE",
            description = "site templates: auto (learn, per site, the blocks that recur on many of the batch's pages,"
                    + " in a first pass over the input files, and remove them as site-template) or off")
    TemplateMode templates;

    @Option(names = "--template", paramLabel = "FILE",
            description = "use a saved site template (repeatable); it wins over a learnt one of the same site")
    List<Path> templateFiles = new ArrayList<>();

    @Option(names = "--save-templates", paramLabel = "DIR",
            description = "write the site templates used (learnt and loaded) to DIR, one <site>.template each")
    Path saveTemplates;

    @Option(names = "--template-sample", defaultValue = "100", paramLabel = "N",
            description = "learn each site's template from at most its first N documents (default: ${DEFAULT-VALUE})")
    int templateSample;

    @Parameters(paramLabel = "INPUT", description = "files, directories or '-' (standard input)")
    List<String> inputs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private int failures;
    private final Stats stats = new Stats();

    @Override
    public Integer call() throws IOException {
        Cleaner cleaner = buildCleaner();
        int nThreads = threads == null ? Batch.defaultThreads() : threads;
        if (nThreads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (resume && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs --output DIR");
        }
        if (output != null) {
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                err().println("tamiz: cannot create output directory " + output + ": " + e);
                return 1;
            }
            if (!Files.isWritable(output)) {
                err().println("tamiz: output directory is not writable: " + output);
                return 1;
            }
        }
        List<String> listErrors = new ArrayList<>();
        List<Input> all = Inputs.expand(inputs.isEmpty() ? List.of("-") : inputs, listErrors);
        listErrors.forEach(e -> fail(e));
        List<String> notes = new ArrayList<>();
        SiteTemplates sites = siteTemplates(cleaner, all, notes);
        Progress progress = new Progress(all, err());
        Sink sink = output == null ? new StdoutSink(spec.commandLine().getOut(), all.size()) : new FileSink();
        try {
            Batch.map(Inputs.items(all, inputFormat, textField, in -> resume && skipDone(in)),
                    item -> work(sites.cleanerFor(item), item), done -> {
                        report(done.item());
                        if (done.rendered() != null) {
                            stats.add(done);
                            sink.accept(done);
                        }
                        if (done.item().last()) {
                            sink.endOfInput(done.item().input());
                            progress.input(done.item().input());
                        }
                    }, nThreads, 4 * nThreads);
        } finally {
            sink.close();
            progress.done();
        }
        if (!progress.on && stats.documents > 1) {
            notes.forEach(n -> err().println("tamiz: " + n));
            err().println("tamiz: " + stats.summary(failures));
        }
        return failures == 0 ? 0 : 1;
    }

    private SiteTemplates siteTemplates(Cleaner cleaner, List<Input> all, List<String> notes) throws IOException {
        if (templateSample < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--template-sample must be at least 0");
        }
        List<SiteTemplate> loaded = new ArrayList<>();
        for (Path f : templateFiles) {
            try {
                loaded.add(SiteTemplate.load(f));
            } catch (NoSuchFileException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "template file not found: " + f);
            } catch (IOException | RuntimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "bad template file " + f + ": " + e.getMessage());
            }
        }
        boolean oneTextFile = all.size() == 1 && Inputs.formatOf(all.get(0), inputFormat) == Inputs.Format.text;
        boolean learn = templates == TemplateMode.auto && !oneTextFile;
        if (!learn && loaded.isEmpty()) {
            if (saveTemplates != null) {
                Files.createDirectories(saveTemplates);
            }
            return SiteTemplates.none(cleaner);
        }
        SiteTemplates sites = SiteTemplates.learn(cleaner, learn ? all : List.of(), inputFormat, textField,
                templateSample, loaded, notes);
        if (saveTemplates != null) {
            sites.save(saveTemplates);
        }
        return sites;
    }

    /** A processed item: the item and, for a document, its rendering and counts. */
    record Done(Item item, String rendered, int kept, int removed, Map<String, Integer> langs) {
        // langs: the document's language with count 1, for the summary
    }

    private Done work(Cleaner cleaner, Item item) {
        if (!item.isDocument()) {
            return new Done(item, null, 0, 0, Map.of());
        }
        StringWriter w = new StringWriter();
        try {
            if (explain) {
                List<Explanation> ex = cleaner.explain(item.text());
                render(null, ex, item, w);
                long kept = ex.stream().filter(Explanation::kept).count();
                return new Done(item, w.toString(), (int) kept, ex.size() - (int) kept, Map.of());
            }
            Document d = cleaner.clean(item.text(), item.source());
            render(d, null, item, w);
            return new Done(item, w.toString(), d.paragraphs().size(), d.removed().size(),
                    Map.of(d.language(), 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug must not stop a week-long batch: name the document and go on
            return new Done(new Item(item.input(), item.source(), null, null, "internal error: " + e, null,
                    item.last()), null, 0, 0, Map.of());
        }
    }

    private void report(Item item) {
        if (item.warning() != null) {
            err().println("tamiz: " + item.source() + ": " + item.warning());
        }
        if (item.failed()) {
            fail(item.source() + ": " + item.error());
        }
    }

    private void render(Document d, List<Explanation> ex, Item item, Writer out) throws IOException {
        switch (format) {
            case json, jsonl -> {
                JsonGenerator g = JsonOutput.generator(out, format == Format.json);
                if (ex != null) {
                    JsonOutput.writeExplanation(g, ex, item.text());
                } else {
                    JsonOutput.write(g, d, item.text(), item.extra());
                }
                g.flush();
                if (format == Format.jsonl) {
                    out.write('\n');
                }
            }
            case text -> {
                if (ex != null) {
                    TextOutput.explanation(ex, out);
                } else {
                    TextOutput.text(d, out);
                }
            }
            case markdown -> {
                if (ex != null) {
                    TextOutput.explanation(ex, out);
                } else {
                    TextOutput.markdown(d, out);
                }
            }
        }
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

    private String extension() {
        return switch (format) {
            case text -> ".txt";
            case json -> ".json";
            case jsonl -> ".jsonl";
            case markdown -> ".md";
        };
    }

    /** The result file of one input under --output: the input's path below its root, with the format's extension. */
    private Path target(Input in) {
        Path rel = in.file() == null ? Path.of("stdin") : in.root() == null ? in.file().getFileName()
                : in.root().relativize(in.file());
        String base = rel.getFileName().toString();
        for (String ext : new String[] {".gz", ".jsonl", ".ndjson", ".warc", ".wet", ".txt", ".html", ".htm"}) {
            if (base.toLowerCase(Locale.ROOT).endsWith(ext) && base.length() > ext.length()) {
                base = base.substring(0, base.length() - ext.length());
            }
        }
        return output.resolve(rel).resolveSibling(base + extension());
    }

    private boolean skipDone(Input in) {
        return in.file() != null && Files.isRegularFile(target(in));
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private void fail(String message) {
        failures++;
        err().println("tamiz: " + message);
    }

    /** Where rendered documents go, in input order. */
    private interface Sink {
        void accept(Done d);

        void endOfInput(Input in);

        void close() throws IOException;
    }

    /** Standard output: documents one after the other; several JSON documents as one JSON array. */
    private final class StdoutSink implements Sink {
        private final Writer out;
        private final boolean array;
        private boolean first = true;
        private boolean opened;

        StdoutSink(Writer out, int inputs) {
            this.out = out;
            this.array = format == Format.json && (inputs > 1 || inputs == 1 && isMultiDoc());
        }

        private boolean isMultiDoc() {
            return inputFormat == Inputs.Format.jsonl || inputFormat == Inputs.Format.warc
                    || inputs.stream().anyMatch(a -> Inputs.formatOf(new Input(0, Path.of(a), null), inputFormat)
                    != Inputs.Format.text);
        }

        @Override
        public void accept(Done d) {
            try {
                if (array && !opened) {
                    out.write("[\n");
                    opened = true;
                }
                if (!first) {
                    out.write(array ? ",\n" : (format == Format.jsonl ? "" : "\n"));
                }
                out.write(d.rendered());
                first = false;
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void endOfInput(Input in) {
        }

        @Override
        public void close() throws IOException {
            if (array) {
                out.write(opened ? "\n]\n" : "[]\n");
            } else if (format == Format.json && !first) {
                out.write('\n');
            }
            out.flush();
        }
    }

    /** --output DIR: one file per input, written to a temporary name and renamed when the input is complete. */
    private final class FileSink implements Sink {
        private Input current;
        private Path tmp;
        private Writer w;
        private int docs;
        private boolean broken;

        @Override
        public void accept(Done d) {
            Input in = d.item().input();
            if (in != current) {
                abandon();
                current = in;
                docs = 0;
                broken = false;
            }
            if (broken) {
                return;
            }
            try {
                if (w == null) {
                    Path target = target(in);
                    Files.createDirectories(target.getParent());
                    tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
                    w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                    if (format == Format.json && Inputs.formatOf(in, inputFormat) != Inputs.Format.text) {
                        w.write("[\n");
                    }
                }
                if (docs > 0) {
                    w.write(format == Format.json ? ",\n" : format == Format.jsonl ? "" : "\n");
                }
                w.write(d.rendered());
                docs++;
            } catch (IOException e) {
                fail(in.name() + ": cannot write " + target(in) + ": " + e.getMessage());
                broken = true;
                abandon();
            }
        }

        @Override
        public void endOfInput(Input in) {
            if (in != current || w == null) {
                return;
            }
            Path target = target(in);
            try {
                if (format == Format.json) {
                    w.write(Inputs.formatOf(in, inputFormat) != Inputs.Format.text ? "\n]\n" : "\n");
                }
                w.close();
                w = null;
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                tmp = null;
            } catch (IOException e) {
                fail(in.name() + ": cannot write " + target + ": " + e.getMessage());
                abandon();
            }
            current = null;
        }

        private void abandon() {
            try {
                if (w != null) {
                    w.close();
                }
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // the failure is already reported
            }
            w = null;
            tmp = null;
        }

        @Override
        public void close() {
            abandon();
        }
    }

    /** Counts for the final summary line. */
    private static final class Stats {
        int documents;
        long kept;
        long removed;
        final Map<String, Integer> languages = new TreeMap<>();

        void add(Done d) {
            documents++;
            kept += d.kept();
            removed += d.removed();
            d.langs().forEach((k, v) -> languages.merge(k, v, Integer::sum));
        }

        String summary(int failures) {
            StringBuilder sb = new StringBuilder();
            sb.append(documents).append(" documents");
            if (failures > 0) {
                sb.append(" (").append(failures).append(" failures)");
            }
            sb.append(", ").append(kept).append(" blocks kept, ").append(removed).append(" removed");
            if (!languages.isEmpty()) {
                sb.append("; languages:");
                languages.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                        .forEach(e -> sb.append(' ').append(e.getKey()).append(' ').append(e.getValue()));
            }
            return sb.toString();
        }
    }

    /** Progress on standard error when it is a terminal and the batch has more than one input. */
    private static final class Progress {
        private final boolean on;
        private final long totalBytes;
        private final int total;
        private final PrintWriter err;
        private final long t0 = System.nanoTime();
        private int done;
        private long bytes;

        Progress(List<Input> inputs, PrintWriter err) {
            this.err = err;
            this.total = inputs.size();
            this.on = total > 1 && stderrIsTerminal();
            long sum = 0;
            if (on) {
                for (Input in : inputs) {
                    try {
                        sum += in.file() == null ? 0 : Files.size(in.file());
                    } catch (IOException e) {
                        // unknown size: the ETA is a little off
                    }
                }
            }
            this.totalBytes = sum;
        }

        void input(Input in) {
            done++;
            if (!on) {
                return;
            }
            try {
                bytes += in.file() == null ? 0 : Files.size(in.file());
            } catch (IOException e) {
                // size unknown
            }
            double s = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
            double mb = bytes / 1e6;
            double rate = mb / s;
            double eta = rate > 0 ? (totalBytes / 1e6 - mb) / rate : 0;
            err.printf(Locale.ROOT, "\r%d/%d inputs, %.1f MB, %.2f MB/s, ETA %.0f s   ", done, total, mb, rate, eta);
            err.flush();
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
