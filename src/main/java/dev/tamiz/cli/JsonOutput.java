package dev.tamiz.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.tamiz.Document;
import dev.tamiz.Explanation;
import dev.tamiz.Paragraph;
import dev.tamiz.Removal;
import dev.tamiz.lang.LanguageSpan;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes documents as JSON through jackson-core's streaming API, following the output contract: offsets in JSON
 * are Unicode code point offsets into the input (as Python indexes strings), and lone surrogates are written as
 * U+FFFD so that the output is always valid UTF-8.
 */
final class JsonOutput {

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonOutput() {
    }

    static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withSeparators(com.fasterxml.jackson.core.util.Separators
                    .createDefaultInstance().withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
        }
        return g;
    }

    /**
     * Writes one document.
     *
     * @param input the text the document was cleaned from (for code point offsets)
     * @param extra fields passed through from a JSONL input record: name to raw JSON, or null
     */
    static void write(JsonGenerator g, Document d, String input, Map<String, String> extra) throws IOException {
        Offsets off = new Offsets(input);
        g.writeStartObject();
        if (extra != null) {
            for (Map.Entry<String, String> e : extra.entrySet()) {
                g.writeFieldName(isContractField(e.getKey()) ? "input." + e.getKey() : e.getKey());
                g.writeRawValue(e.getValue());
            }
        }
        str(g, "source", d.source());
        str(g, "language", d.language());
        str(g, "title", d.title());
        str(g, "date", d.date());
        g.writeObjectFieldStart("metadata");
        for (Map.Entry<String, String> e : d.metadata().entrySet()) {
            str(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("paragraphs");
        for (Paragraph p : d.paragraphs()) {
            g.writeStartObject();
            g.writeNumberField("index", p.index());
            g.writeStringField("kind", p.kind().label());
            g.writeStringField("lang", p.lang());
            g.writeNumberField("confidence", p.confidence());
            g.writeStringField("script", p.script());
            str(g, "text", p.text());
            g.writeNumberField("start", off.cp(p.start()));
            g.writeNumberField("end", off.cp(p.end()));
            if (!p.spans().isEmpty()) {
                Offsets inText = new Offsets(p.text());
                g.writeArrayFieldStart("spans");
                for (LanguageSpan s : p.spans()) {
                    g.writeStartObject();
                    g.writeStringField("lang", s.tag());
                    g.writeNumberField("start", inText.cp(s.start()));
                    g.writeNumberField("end", inText.cp(s.end()));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("removed");
        for (Removal r : d.removed()) {
            g.writeStartObject();
            g.writeStringField("reason", r.reason());
            g.writeStringField("rule", r.ruleId());
            str(g, "text", r.text());
            g.writeNumberField("start", off.cp(r.start()));
            g.writeNumberField("end", off.cp(r.end()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes the explanation of one page as a JSON array. */
    static void writeExplanation(JsonGenerator g, List<Explanation> ex, String input) throws IOException {
        Offsets off = new Offsets(input);
        g.writeStartArray();
        for (Explanation e : ex) {
            g.writeStartObject();
            g.writeStringField("decision", e.kept() ? "keep" : "remove");
            g.writeStringField("reason", e.reason());
            g.writeStringField("rule", e.ruleId());
            str(g, "text", e.text());
            g.writeNumberField("start", off.cp(e.start()));
            g.writeNumberField("end", off.cp(e.end()));
            g.writeObjectFieldStart("features");
            for (Map.Entry<String, String> f : e.features().entrySet()) {
                str(g, f.getKey(), f.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static boolean isContractField(String name) {
        return switch (name) {
            case "source", "language", "title", "date", "metadata", "paragraphs", "removed" -> true;
            default -> false;
        };
    }

    private static void str(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, wellFormed(value));
        }
    }

    /** The string with lone surrogates replaced by U+FFFD. */
    static String wellFormed(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!bad) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c);
            }
            if (bad && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                sb.append(bad ? '\uFFFD' : c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** UTF-16 offsets to code point offsets for one string; identity when it has no supplementary characters. */
    static final class Offsets {
        private final String s;
        private final int[] prefix;

        Offsets(String s) {
            this.s = s;
            int[] p = null;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    p = new int[s.length() + 1];
                    break;
                }
            }
            if (p != null) {
                int cp = 0;
                for (int i = 0; i < s.length(); i++) {
                    p[i] = cp;
                    if (!(Character.isLowSurrogate(s.charAt(i)) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                        cp++;
                    }
                }
                p[s.length()] = cp;
            }
            this.prefix = p;
        }

        int cp(int utf16) {
            return prefix == null ? utf16 : prefix[Math.min(utf16, s.length())];
        }
    }
}
