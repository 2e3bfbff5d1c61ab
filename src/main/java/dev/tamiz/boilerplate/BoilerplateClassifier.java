package dev.tamiz.boilerplate;

import dev.tamiz.internal.TextFold;
import dev.tamiz.segment.Block;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides, for every block of a page, whether it is content or furniture, and why.
 *
 * <p>Immutable and thread-safe. The checks, in order; the first that speaks decides:
 * <ol>
 *   <li>{@code no-text}: the block has no letter or digit ({@code |}, {@code »}, {@code ***});</li>
 *   <li>{@code share-counters}: the block is one to six bare numbers ({@code 0 0}, {@code 12 3});</li>
 *   <li>a catalogue rule matching the block's key: the rule's family;</li>
 *   <li>{@code navigation}, {@code breadcrumb}, {@code form-control}: three or more short items separated by
 *       {@code |} or {@code ·}; items joined by {@code »}, {@code ›} or {@code >}; a bracketed UI control
 *       ({@code [Search]});</li>
 *   <li>{@code duplicate}: a block of at most 30 words equal (by key) to the previous kept block or to the
 *       page's first heading;</li>
 *   <li>context, in the leading and trailing furniture zones only (before the first and after the last block that
 *       reads like running text): a block of at most 8 words between two blocks removed for the same family
 *       takes that family; a label of at most 4 words ending in a colon, followed only by removed blocks, is
 *       {@code label}.</li>
 * </ol>
 * Anything else is kept: when unsure, keep.
 */
public final class BoilerplateClassifier {

    private static final Pattern NUMBERS_ONLY = Pattern.compile("[0-9]+( [0-9]+){0,5}");
    private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\[\\]]{1,40}\\]$");
    private static final Pattern MENU_SEP = Pattern.compile("\\s[|·•]\\s");
    private static final Pattern CRUMB_SEP = Pattern.compile("\\s[»›>/]\\s");

    private final RuleCatalog catalog;

    /** A classifier over the built-in rules. */
    public BoilerplateClassifier() {
        this(RuleCatalog.builtin());
    }

    /** A classifier over {@code catalog}. */
    public BoilerplateClassifier(RuleCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The catalogue this classifier applies. */
    public RuleCatalog catalog() {
        return catalog;
    }

    /**
     * Classifies the blocks of one page.
     *
     * @param blocks    the page's blocks, in order
     * @param preset    decisions already taken by an earlier stage (metadata lines), by index, or {@code null}
     *                  entries where none was; the list may be {@code null}
     * @return one decision per block, in order (preset decisions are returned as given)
     */
    public List<Decision> classify(List<Block> blocks, List<Decision> preset) {
        int n = blocks.size();
        Decision[] out = new Decision[n];
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = TextFold.key(blocks.get(i).text());
            if (preset != null && i < preset.size() && preset.get(i) != null) {
                out[i] = preset.get(i);
            }
        }
        String titleKey = null;
        String prevKept = null;
        for (int i = 0; i < n; i++) {
            if (out[i] != null) {
                continue;
            }
            Block b = blocks.get(i);
            String key = keys[i];
            int words = TextFold.words(key);
            Map<String, String> f = features(b, key, words);
            Decision d = local(b, key, words, f);
            if (d == null && prevKept != null && words <= 30 && (key.equals(prevKept) || key.equals(titleKey))) {
                d = Decision.remove("duplicate", "heuristic.duplicate", f);
            }
            if (d == null) {
                d = Decision.keep("default.keep", f);
                if (titleKey == null && words <= 30 && !endsSentence(b.text())) {
                    titleKey = key;
                }
                prevKept = key;
            }
            out[i] = d;
        }
        smoothZones(blocks, keys, out);
        List<Decision> list = new ArrayList<>(n);
        for (Decision d : out) {
            list.add(d);
        }
        return list;
    }

    private Decision local(Block b, String key, int words, Map<String, String> f) {
        if (key.isEmpty()) {
            return Decision.remove("no-text", "heuristic.no-text", f);
        }
        if (words <= 6 && NUMBERS_ONLY.matcher(key).matches() && !b.isListItem()) {
            return Decision.remove("share-counters", "heuristic.counters", f);
        }
        Optional<Rule> r = catalog.match(key);
        if (r.isPresent()) {
            f.put("rule", r.get().origin());
            return Decision.remove(r.get().family(), r.get().id(), f);
        }
        String t = b.text().strip();
        if (BRACKETED.matcher(t).matches()) {
            return Decision.remove("form-control", "heuristic.bracketed-control", f);
        }
        if (shortItems(t, MENU_SEP, 3)) {
            return Decision.remove("navigation", "heuristic.menu", f);
        }
        if (shortItems(t, CRUMB_SEP, 2)) {
            return Decision.remove("breadcrumb", "heuristic.breadcrumb", f);
        }
        return null;
    }

    /** True when {@code t} splits on {@code sep} into at least {@code min} items of at most four words each. */
    private static boolean shortItems(String t, Pattern sep, int min) {
        String[] items = sep.split(t);
        if (items.length < min) {
            return false;
        }
        for (String it : items) {
            String k = TextFold.key(it);
            if (k.isEmpty() || TextFold.words(k) > 4) {
                return false;
            }
        }
        return true;
    }

    private static void smoothZones(List<Block> blocks, String[] keys, Decision[] out) {
        int n = blocks.size();
        int firstAnchor = -1;
        int lastAnchor = -1;
        for (int i = 0; i < n; i++) {
            if (out[i].keep() && isRunningText(blocks.get(i).text(), TextFold.words(keys[i]))) {
                if (firstAnchor < 0) {
                    firstAnchor = i;
                }
                lastAnchor = i;
            }
        }
        if (firstAnchor < 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (!out[i].keep() || (i > firstAnchor && i < lastAnchor) || i == firstAnchor || i == lastAnchor) {
                continue;
            }
            int words = TextFold.words(keys[i]);
            Decision prev = i > 0 ? out[i - 1] : null;
            Decision next = i + 1 < n ? out[i + 1] : null;
            Map<String, String> f = new LinkedHashMap<>(out[i].features());
            f.put("zone", i < firstAnchor ? "leading" : "trailing");
            if (words <= 8 && prev != null && next != null && !prev.keep() && !next.keep()
                    && prev.reason().equals(next.reason()) && !prev.reason().startsWith("metadata")
                    && !prev.reason().equals("duplicate")) {
                out[i] = Decision.remove(prev.reason(), "context." + prev.reason(), f);
                continue;
            }
            String t = blocks.get(i).text().strip();
            if (i > lastAnchor && words <= 4 && (t.endsWith(":") || t.endsWith("："))) {
                boolean restRemoved = true;
                for (int j = i + 1; j < n; j++) {
                    if (out[j].keep()) {
                        restRemoved = false;
                        break;
                    }
                }
                if (restRemoved) {
                    out[i] = Decision.remove("label", "heuristic.trailing-label", f);
                }
            }
        }
    }

    private static boolean isRunningText(String text, int words) {
        return words >= 25 || (words >= 10 && endsSentence(text));
    }

    static boolean endsSentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'”’»)]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?؟۔…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static Map<String, String> features(Block b, String key, int words) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("words", Integer.toString(words));
        f.put("ends-sentence", Boolean.toString(endsSentence(b.text())));
        if (b.isListItem()) {
            f.put("list-marker", b.listMarker());
        }
        return f;
    }
}
