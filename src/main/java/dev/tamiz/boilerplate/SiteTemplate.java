package dev.tamiz.boilerplate;

import dev.tamiz.internal.TextFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The blocks a site repeats on its pages (menus, footers, widget labels), learnt by {@link TemplateLearner} from
 * a sample of the site's pages. The boilerplate classifier removes a block whose matching key is in the template
 * as {@code site-template}.
 *
 * <p>Immutable and thread-safe. Saved as UTF-8 text:
 * <pre>
 * # tamiz site template 1
 * site example.com
 * pages 120
 * 118	home
 * 97	all rights reserved 2024 example news
 * </pre>
 * after the header, one line per block: the number of sample pages it was seen on, a tab, its matching key
 * (see {@code TextFold}). A malformed line is reported as {@code file:line: problem}.
 */
public final class SiteTemplate {

    static final String MAGIC = "# tamiz site template 1";

    private final String site;
    private final int pages;
    private final Map<String, Integer> blocks;

    SiteTemplate(String site, int pages, Map<String, Integer> blocks) {
        this.site = Objects.requireNonNull(site, "site");
        this.pages = pages;
        this.blocks = Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
    }

    /** A template with no blocks. */
    public static SiteTemplate empty(String site) {
        return new SiteTemplate(site, 0, Map.of());
    }

    /** The site this template was learnt for ({@code *} for a mixed sample). */
    public String site() {
        return site;
    }

    /** How many pages it was learnt from. */
    public int pages() {
        return pages;
    }

    /** The template's blocks: matching key to the number of sample pages it was seen on. */
    public Map<String, Integer> blocks() {
        return blocks;
    }

    /** Number of template blocks. */
    public int size() {
        return blocks.size();
    }

    /** True when a block with this text is part of the template. */
    public boolean contains(String blockText) {
        return blocks.containsKey(TextFold.key(blockText));
    }

    /** The number of sample pages a block with matching key {@code key} was seen on, if it is in the template. */
    Optional<Integer> pagesWithKey(String key) {
        return Optional.ofNullable(blocks.get(key));
    }

    /** Writes the template to {@code file} (UTF-8). */
    public void save(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(format());
        }
    }

    /** The template in its file format. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(MAGIC).append('\n');
        sb.append("site ").append(site).append('\n');
        sb.append("pages ").append(pages).append('\n');
        for (Map.Entry<String, Integer> e : blocks.entrySet()) {
            sb.append(e.getValue()).append('\t').append(e.getKey()).append('\n');
        }
        return sb.toString();
    }

    /** Reads a template saved by {@link #save}. */
    public static SiteTemplate load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), r);
        }
    }

    /** Parses a template from its text, as if read from a file called {@code name}. */
    public static SiteTemplate parse(String name, String text) {
        try {
            return read(name, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SiteTemplate read(String name, Reader reader) throws IOException {
        BufferedReader br = new BufferedReader(reader);
        String line = br.readLine();
        if (line == null || !line.strip().equals(MAGIC)) {
            throw new RuleFormatException(name, 1, "not a site template (expected '" + MAGIC + "')");
        }
        String site = "*";
        int pages = -1;
        Map<String, Integer> blocks = new LinkedHashMap<>();
        int no = 1;
        while ((line = br.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("site ")) {
                site = line.substring(5).strip();
                continue;
            }
            if (line.startsWith("pages ")) {
                try {
                    pages = Integer.parseInt(line.substring(6).strip());
                } catch (NumberFormatException e) {
                    throw new RuleFormatException(name, no, "pages is not a number");
                }
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new RuleFormatException(name, no, "expected '<pages><TAB><key>'");
            }
            int count;
            try {
                count = Integer.parseInt(line.substring(0, tab).strip());
            } catch (NumberFormatException e) {
                throw new RuleFormatException(name, no, "page count is not a number");
            }
            String key = TextFold.key(line.substring(tab + 1));
            if (key.isEmpty()) {
                throw new RuleFormatException(name, no, "empty block key");
            }
            blocks.put(key, count);
        }
        if (pages < 0) {
            throw new RuleFormatException(name, no, "missing 'pages <n>' line");
        }
        return new SiteTemplate(site, pages, blocks);
    }
}
