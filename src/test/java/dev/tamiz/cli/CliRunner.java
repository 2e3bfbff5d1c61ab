package dev.tamiz.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process with captured streams. */
final class CliRunner {

    record Run(int status, String out, String err) {
    }

    private CliRunner() {
    }

    static synchronized Run run(String stdin, String... args) {
        return run(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static synchronized Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream oldIn = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin));
            int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
        }
    }
}
