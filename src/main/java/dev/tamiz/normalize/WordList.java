package dev.tamiz.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Loads the word lists in {@code src/main/resources/dev/tamiz/normalize/}. Format, shared by every list: UTF-8,
 * one entry per line; an entry is one word or, where a list says so, two words separated by one space;
 * {@code #} starts a comment to the end of the line; blank lines are ignored; entries are written in NFC with
 * Persian yeh U+06CC and keheh U+06A9 (the forms the text has when the lists are consulted).
 */
final class WordList {
    private WordList() {
    }

    static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/tamiz/normalize/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
