package dev.tamiz.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The documents of a batch, read lazily: plain text files (a page per file), JSONL (a page per line, optionally
 * gzip-compressed) and WARC/WET files (a page per text record), so that memory stays bounded however large the
 * corpus.
 */
final class Inputs {

    enum Format { auto, text, jsonl, warc }

    /** One input file (or standard input when {@code file} is null), with the directory it was found under. */
    record Input(int index, Path file, Path root) {
        String name() {
            return file == null ? "<stdin>" : file.toString();
        }
    }

    /**
     * One unit of work: a document to clean, or a failure to report, in input order.
     *
     * @param text    the page's text, null for a failure or a warning
     * @param error   what went wrong, null for a document
     * @param warning something to tell the user that is not a failure (invalid UTF-8 repaired, records skipped)
     * @param last    true for the last item of its input
     */
    record Item(Input input, String source, String text, Map<String, String> extra, String error, String warning,
                boolean last) {
        boolean failed() {
            return error != null;
        }

        boolean isDocument() {
            return text != null;
        }

        Item asLast() {
            return new Item(input, source, text, extra, error, warning, true);
        }
    }

    private Inputs() {
    }

    /** The inputs named on the command line: files, directories (regular files below, sorted) or "-". */
    static List<Input> expand(List<String> args, List<String> errors) {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input(out.size(), null, null));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()::iterator) {
                        out.add(new Input(out.size(), f, p));
                    }
                } catch (IOException | UncheckedIOException e) {
                    errors.add(a + ": cannot list directory: " + e.getMessage());
                }
            } else {
                out.add(new Input(out.size(), p, null));
            }
        }
        return out;
    }

    /** The format of one input: the one asked for, or by file name when {@code auto}. */
    static Format formatOf(Input in, Format asked) {
        if (asked != Format.auto) {
            return asked;
        }
        if (in.file() == null) {
            return Format.text;
        }
        String n = in.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz")) {
            return Format.jsonl;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".wet") || n.endsWith(".wet.gz")) {
            return Format.warc;
        }
        return Format.text;
    }

    /** A lazy stream of items over all inputs; inputs for which {@code skip} holds are passed over. */
    static Iterator<Item> items(List<Input> inputs, Format format, String textField, Predicate<Input> skip) {
        return new Iterator<>() {
            private int next;
            private Iterator<Item> current = java.util.Collections.emptyIterator();
            private Closeable open;

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    closeOpen();
                    if (next >= inputs.size()) {
                        return false;
                    }
                    Input in = inputs.get(next++);
                    if (skip.test(in)) {
                        continue;
                    }
                    current = open(in);
                }
                return true;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }

            private Iterator<Item> open(Input in) {
                Format f = formatOf(in, format);
                try {
                    InputStream raw = in.file() == null ? System.in : Files.newInputStream(in.file());
                    if (f == Format.text) {
                        byte[] bytes;
                        try (raw) {
                            bytes = raw.readAllBytes();
                        }
                        return List.of(textItem(in, bytes)).iterator();
                    }
                    InputStream s = f == Format.jsonl ? maybeGunzip(raw) : new BufferedInputStream(raw, 1 << 16);
                    open = s;
                    return f == Format.jsonl ? new JsonlItems(in, s, textField) : new WarcItems(in, s);
                } catch (NoSuchFileException e) {
                    return List.of(failure(in, "no such file")).iterator();
                } catch (IOException | OutOfMemoryError e) {
                    return List.of(failure(in, "cannot read: " + e.getMessage())).iterator();
                }
            }

            private void closeOpen() {
                if (open != null) {
                    try {
                        open.close();
                    } catch (IOException ignored) {
                        // reading is over; nothing to report
                    }
                    open = null;
                }
            }
        };
    }

    static Item failure(Input in, String why) {
        return new Item(in, in.name(), null, null, why, null, true);
    }

    private static Item textItem(Input in, byte[] bytes) {
        Decoded d = Decoded.of(bytes);
        if (d.binary()) {
            return failure(in, "binary data, skipped");
        }
        String warning = d.invalid() == 0 ? null : "invalid UTF-8 (" + d.invalid() + " sequence"
                + (d.invalid() == 1 ? "" : "s") + ", first at byte " + d.firstInvalid() + "), replaced with U+FFFD";
        return new Item(in, in.name(), d.text(), null, null, warning, true);
    }

    private static InputStream maybeGunzip(InputStream raw) throws IOException {
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        if (m1 == 0x1F && m2 == 0x8B) {
            return new GZIPInputStream(b, 1 << 16);
        }
        return b;
    }

    /** Items read one ahead, so that the last item of an input can be marked as such. */
    private abstract static class LookAhead implements Iterator<Item> {
        private Item pending;
        /** Set by {@link #read()} when the input is exhausted or broken. */
        boolean done;

        /** The next item, or null at the end (then also set {@link #done}). */
        abstract Item read();

        @Override
        public final boolean hasNext() {
            if (pending == null && !done) {
                pending = read();
            }
            return pending != null;
        }

        @Override
        public final Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Item it = pending;
            pending = null;
            return hasNext() ? it : it.asLast();
        }
    }

    /** JSONL: a document per non-blank line; the other fields kept as raw JSON. */
    private static final class JsonlItems extends LookAhead {
        private final Input in;
        private final BufferedReader reader;
        private final String textField;
        private int lineNo;

        JsonlItems(Input in, InputStream s, String textField) {
            this.in = in;
            this.reader = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
            this.textField = textField;
        }


        @Override
        Item read() {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (!line.isBlank()) {
                        return parse(line);
                    }
                }
            } catch (ZipException e) {
                done = true;
                return new Item(in, in.name(), null, null, "corrupt gzip data after line " + lineNo + ": "
                        + e.getMessage(), null, false);
            } catch (IOException e) {
                done = true;
                return new Item(in, in.name(), null, null, "cannot read after line " + lineNo + ": "
                        + e.getMessage(), null, false);
            }
            done = true;
            return null;
        }

        private Item parse(String line) {
            String where = in.name() + ":" + lineNo;
            String text = null;
            Map<String, String> extra = new LinkedHashMap<>();
            try (JsonParser p = JsonOutput.FACTORY.createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return new Item(in, where, null, null, "not a JSON object", null, false);
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
                String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                return new Item(in, where, null, null, "bad JSON: " + msg, null, false);
            }
            if (text == null) {
                return new Item(in, where, null, null, "no string field '" + textField + "'", null, false);
            }
            return new Item(in, where, text, extra, null, null, false);
        }
    }

    /** WARC/WET: a document per conversion record, or per resource/response record of plain text. */
    private static final class WarcItems extends LookAhead {
        private final Input in;
        private final Iterator<WarcRecord> records;
        private final WarcReader reader;
        private int skipped;

        WarcItems(Input in, InputStream s) throws IOException {
            this.in = in;
            this.reader = new WarcReader(s);
            this.records = reader.iterator();
        }


        @Override
        Item read() {
            try {
                while (records.hasNext()) {
                    WarcRecord r = records.next();
                    if (!(r instanceof WarcConversion || r instanceof WarcResource || r instanceof WarcResponse)) {
                        continue;
                    }
                    MediaType type = r.contentType();
                    if (r instanceof WarcResponse || !isPlainText(r, type)) {
                        skipped++;
                        continue;
                    }
                    byte[] body = r.body().stream().readAllBytes();
                    Decoded d = Decoded.of(body);
                    String id = r.id().toString();
                    Map<String, String> extra = new LinkedHashMap<>();
                    extra.put("warc_record_id", quote(id));
                    if (r instanceof WarcTargetRecord t) {
                        extra.put("url", quote(t.target()));
                    }
                    if (d.binary()) {
                        return new Item(in, in.name() + "#" + id, null, null, "binary record, skipped", null, false);
                    }
                    return new Item(in, r instanceof WarcTargetRecord t ? t.target() : in.name() + "#" + id,
                            d.text(), extra, null, null, false);
                }
            } catch (IOException | RuntimeException e) {
                done = true;
                return new Item(in, in.name(), null, null, "corrupt WARC data: " + e.getMessage(), null, false);
            }
            done = true;
            if (skipped > 0) {
                return new Item(in, in.name(), null, null, null, skipped + " record(s) that are not plain text"
                        + " skipped (Tamiz cleans extracted text: use WET files)", false);
            }
            return null;
        }

        private static boolean isPlainText(WarcRecord r, MediaType type) {
            return r instanceof WarcConversion || "text".equals(type.type()) && "plain".equals(type.subtype());
        }

        private static String quote(String s) {
            StringWriter sw = new StringWriter();
            try (JsonGenerator g = JsonOutput.FACTORY.createGenerator(sw)) {
                g.writeString(JsonOutput.wellFormed(s));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sw.toString();
        }
    }
}
