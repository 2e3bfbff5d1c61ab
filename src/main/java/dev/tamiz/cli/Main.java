package dev.tamiz.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code tamiz} command: {@code clean}, {@code normalize}, {@code detect}.
 * Exit status: 0 on success, 1 when some input failed (the rest still processed), 2 on usage errors.
 */
@Command(name = "tamiz", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns text scraped from web pages into clean, structured paragraphs.",
        subcommands = {CleanCommand.class, NormalizeCommand.class, DetectCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: clean, normalize or detect");
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), false));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("tamiz: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        try {
            return cl.execute(args);
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        warmUp(args);
        int status = run(args, out, err);
        out.flush();
        System.exit(status);
    }

    /**
     * Loads the language model and the normaliser's tables on other threads while the main thread reads its input
     * and the boilerplate rules: a cold start on one page waits for the slowest of them, not for their sum.
     * Failures are left for the main thread to meet and report.
     */
    private static void warmUp(String[] args) {
        String cmd = args.length > 0 ? args[0] : "";
        if (cmd.equals("clean") || cmd.equals("detect")) {
            start(() -> dev.tamiz.lang.LanguageDetectors.standard().detect("warm up"));
        }
        if (cmd.equals("clean") || cmd.equals("normalize")) {
            start(() -> dev.tamiz.normalize.Normalizer.standard().normalize("warm up", "fa"));
        }
    }

    private static void start(Runnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (RuntimeException | Error e) {
                // the main thread meets the same failure when it needs the component
            }
        }, "tamiz-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"tamiz " + (v == null ? "development build" : v)};
        }
    }
}
