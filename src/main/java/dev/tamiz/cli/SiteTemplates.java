package dev.tamiz.cli;

import dev.tamiz.Cleaner;
import dev.tamiz.boilerplate.SiteTemplate;
import dev.tamiz.boilerplate.TemplateLearner;
import dev.tamiz.cli.Inputs.Input;
import dev.tamiz.cli.Inputs.Item;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site templates of a batch: loaded from files, or learnt per site from the batch's own documents in a first
 * pass over the inputs, and the cleaner to use for each document.
 *
 * <p>A document's site is the host of its URL (a {@code url} field of a JSONL line, a WARC record's target URI),
 * without a leading {@code www.}; for a text file, the directory it lies in. Learning reads at most
 * {@code sample} documents per site and stops taking new documents once {@link #MAX_KEYS} distinct blocks are held,
 * so its memory is bounded whatever the corpus; a site needs three documents or more to have a template.
 */
final class SiteTemplates {

    /** The most distinct blocks the learners may hold together (about 40 MB at the most). */
    static final int MAX_KEYS = 400_000;

    private final Cleaner base;
    private final Map<String, SiteTemplate> bySite;
    private final SiteTemplate anySite;
    private final Map<String, Cleaner> cleaners = new ConcurrentHashMap<>();

    private SiteTemplates(Cleaner base, Map<String, SiteTemplate> bySite) {
        this.base = base;
        this.bySite = bySite;
        this.anySite = bySite.get("*");
    }

    /** No templates: every document gets {@code base}. */
    static SiteTemplates none(Cleaner base) {
        return new SiteTemplates(base, Map.of());
    }

    /** The templates learnt and loaded, by site. */
    Map<String, SiteTemplate> templates() {
        return bySite;
    }

    /** The cleaner for {@code item}: {@code base} with its site's template, if there is one. */
    Cleaner cleanerFor(Item item) {
        if (bySite.isEmpty()) {
            return base;
        }
        String site = siteOf(item);
        SiteTemplate t = site == null ? null : bySite.get(site);
        if (t == null) {
            t = anySite;
        }
        if (t == null) {
            return base;
        }
        SiteTemplate chosen = t;
        return cleaners.computeIfAbsent(chosen.site(), s -> base.withSiteTemplate(chosen));
    }

    /**
     * Learns templates from the documents of {@code inputs} (standard input is skipped: it cannot be read twice)
     * and adds {@code loaded} ones, which win over learnt ones of the same site.
     *
     * @param notes where to say what was learnt or why learning stopped early
     */
    static SiteTemplates learn(Cleaner base, List<Input> inputs, Inputs.Format format, String textField, int sample,
            List<SiteTemplate> loaded, List<String> notes) {
        Map<String, TemplateLearner> learners = new LinkedHashMap<>();
        List<Input> files = inputs.stream().filter(in -> in.file() != null).toList();
        int keys = 0;
        boolean full = false;
        if (sample > 0 && !files.isEmpty()) {
            Iterator<Item> it = Inputs.items(files, format, textField, in -> false);
            while (it.hasNext()) {
                Item item = it.next();
                if (!item.isDocument()) {
                    continue;
                }
                String site = siteOf(item);
                if (site == null) {
                    continue;
                }
                TemplateLearner l = learners.get(site);
                if (l == null) {
                    if (full) {
                        continue;
                    }
                    l = new TemplateLearner(site);
                    learners.put(site, l);
                }
                if (l.pages() >= sample) {
                    continue;
                }
                if (keys >= MAX_KEYS) {
                    if (!full) {
                        notes.add("site templates: learning stopped at " + MAX_KEYS
                                + " distinct blocks; later sites get none");
                    }
                    full = true;
                    continue;
                }
                int before = l.distinctBlocks();
                l.add(item.text());
                keys += l.distinctBlocks() - before;
            }
        }
        Map<String, SiteTemplate> bySite = new HashMap<>();
        int sites = 0;
        int blocks = 0;
        for (TemplateLearner l : learners.values()) {
            if (l.pages() < 3) {
                continue;
            }
            SiteTemplate t = l.build();
            if (t.size() > 0) {
                bySite.put(t.site(), t);
                sites++;
                blocks += t.size();
            }
        }
        if (sites > 0) {
            notes.add("site templates: " + blocks + " recurring block" + (blocks == 1 ? "" : "s") + " learnt on "
                    + sites + " site" + (sites == 1 ? "" : "s"));
        }
        for (SiteTemplate t : loaded) {
            bySite.put(t.site(), t);
        }
        return new SiteTemplates(base, bySite);
    }

    /** Writes every template to {@code dir} as {@code <site>.template}. */
    void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (SiteTemplate t : bySite.values()) {
            String name = t.site().replaceAll("[^A-Za-z0-9._-]", "_");
            t.save(dir.resolve(name + ".template"));
        }
    }

    /** The site of a document: its URL's host, or the directory of its text file; null when unknown. */
    static String siteOf(Item item) {
        Map<String, String> extra = item.extra();
        if (extra != null) {
            for (String field : new String[] {"url", "uri", "link", "source_url"}) {
                String raw = extra.get(field);
                if (raw != null) {
                    String host = hostOf(unquote(raw));
                    if (host != null) {
                        return host;
                    }
                }
            }
        }
        if (item.input().file() != null && item.source().equals(item.input().name())) { // a text file: one page
            Path parent = item.input().file().toAbsolutePath().normalize().getParent();
            return parent == null ? null : "dir:" + parent;
        }
        return null;
    }

    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isEmpty()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String unquote(String json) {
        String s = json.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\/", "/");
        }
        return null;
    }
}
