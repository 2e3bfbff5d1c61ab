package dev.tamiz.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Line-by-line filters over standard input: one output line per input line, whatever the line holds.
 *
 * <p>Lines end at LF, CR or CRLF only (so the count matches {@code wc -l} and most tools); invalid UTF-8 becomes
 * U+FFFD; a NUL or other control byte stays inside its line. Output lines end with LF.
 */
final class Lines {

    private Lines() {
    }

    static int map(InputStream in, Writer out, UnaryOperator<String> f) throws IOException {
        java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            String res = f.apply(line);
            out.write(JsonOutput.wellFormed(res.replace('\n', ' ').replace('\r', ' ')));
            out.write('\n');
        }
        out.flush();
        return 0;
    }
}
