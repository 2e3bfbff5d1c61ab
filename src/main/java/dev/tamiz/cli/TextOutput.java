package dev.tamiz.cli;

import dev.tamiz.Document;
import dev.tamiz.Explanation;
import dev.tamiz.Paragraph;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Plain-text, Markdown and explanation renderings of cleaned pages. */
final class TextOutput {

    private TextOutput() {
    }

    /** The paragraphs' texts, separated by blank lines. */
    static void text(Document d, Writer out) throws IOException {
        boolean first = true;
        for (Paragraph p : d.paragraphs()) {
            if (!first) {
                out.write('\n');
            }
            out.write(JsonOutput.wellFormed(p.text()));
            out.write('\n');
            first = false;
        }
    }

    /** Markdown: the title as a level-1 heading, headings, list items, quotes and captions marked up. */
    static void markdown(Document d, Writer out) throws IOException {
        boolean first = true;
        boolean prevList = false;
        for (Paragraph p : d.paragraphs()) {
            boolean list = p.kind() == dev.tamiz.Kind.LIST_ITEM;
            if (!first && !(list && prevList)) {
                out.write('\n');
            }
            String t = JsonOutput.wellFormed(p.text());
            switch (p.kind()) {
                case HEADING -> out.write((p.text().equals(d.title()) && p.index() == 0 ? "# " : "## ") + t);
                case LIST_ITEM -> out.write("- " + t);
                case QUOTE -> out.write("> " + (t.startsWith(">") ? t.substring(1).strip() : t));
                case CAPTION -> out.write("*" + t + "*");
                default -> out.write(t);
            }
            out.write('\n');
            first = false;
            prevList = list;
        }
    }

    /** One line per block: decision, reason, rule, features, text. */
    static void explanation(List<Explanation> ex, Writer out) throws IOException {
        for (Explanation e : ex) {
            StringBuilder f = new StringBuilder();
            for (Map.Entry<String, String> kv : e.features().entrySet()) {
                if (f.length() > 0) {
                    f.append(' ');
                }
                f.append(kv.getKey()).append('=').append(kv.getValue());
            }
            String text = e.text().length() > 100 ? e.text().substring(0, 100) + "…" : e.text();
            out.write(String.format(java.util.Locale.ROOT, "%-6s %-24s %-34s %s%n    [%s]%n",
                    e.kept() ? "KEEP" : "REMOVE", e.reason(), e.ruleId(), JsonOutput.wellFormed(text), f));
        }
    }
}
