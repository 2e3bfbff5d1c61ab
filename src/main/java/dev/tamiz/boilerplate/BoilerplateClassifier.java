package dev.tamiz.boilerplate;

import dev.tamiz.internal.Captions;
import dev.tamiz.internal.TextFold;
import dev.tamiz.segment.Block;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides, for every block of a page, whether it is content or furniture, and why.
 *
 * <p>Immutable and thread-safe. Three layers:
 * <ol>
 *   <li><b>local evidence that decides alone</b>, the first that speaks: {@code no-text} (no letter or digit);
 *       {@code share-counters} (one to six bare numbers, {@code 0 0}); a catalogue rule matching the block's key
 *       (the rule's family); {@code form-control} (a bracketed UI control, {@code [Search]}); {@code navigation}
 *       (three or more short items separated by {@code |} or {@code ·}); {@code breadcrumb} (items joined by
 *       {@code »}, {@code ›} or {@code >}); {@code copyright} (a notice opening with {@code ©} and a year, of up
 *       to 80 words: {@link #isCopyrightNotice}); {@code duplicate} (a short block equal to the previous kept block or to
 *       the page's first heading); {@code site-template} (a block of the site's {@link SiteTemplate}, when one
 *       is given);</li>
 *   <li><b>a content score</b> for every other block, a weighted sum of its features (words, terminal punctuation
 *       including {@code ؟} and {@code ۔}, function-word density for the best-matching language, lexical overlap
 *       with the page's running text, commas and inner sentences, share of digits, title case, all capitals,
 *       list markers, UI markers, links, repetition in the page); the weights are data
 *       ({@link Weights}, {@code classifier.weights});</li>
 *   <li><b>position and neighbours</b>: the page's main text is the stretch of blocks with the largest total score
 *       (a maximum-sum run, so short content between paragraphs, such as subheadings, one-line quotes or a list of
 *       names, stays with the article); further stretches count when their total is large. Inside the main text a
 *       block is kept unless its score is very low; outside it (the leading and trailing furniture zones) only
 *       blocks that read like running text are kept, and a heading right before the main text is kept as its
 *       title.</li>
 * </ol>
 * When unsure, keep: the thresholds are set so that a block is removed only on clear evidence. Every decision
 * carries its features for {@code --explain}.
 */
public final class BoilerplateClassifier {

    private static final Pattern NUMBERS_ONLY = Pattern.compile("[0-9]+( [0-9]+){0,5}");
    private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\[\\]]{0,40}\\]$");
    private static final Pattern MENU_SEP = Pattern.compile("\\s[|·•]\\s");
    private static final Pattern CRUMB_SEP = Pattern.compile("\\s[»›>/]\\s");
    private static final Pattern LINKISH = Pattern.compile(
            "(?:https?://|www\\.|\\.(?:com|org|net|de|ir|ru|fr|es)\\b)", Pattern.CASE_INSENSITIVE);
    /** Regex features look at most this many chars of a block: enough to tell its nature, and linear. */
    private static final int FEATURE_WINDOW = 4000;

    /** Looks like a line of program code or markup: braces, statement ends, calls, assignments, tags. */
    static final Pattern CODE = Pattern.compile(
            "(?:[;{}]\\s*$|^\\s*[}{)\\]]|\\w\\(.*\\)|\\s[=!<>+\\-*/]=?\\s.*[;(]|</?[a-z][a-z0-9]*[ >]|^\\s*(?://|#!|/\\*|\\$ ))");

    private final RuleCatalog catalog;
    private final Weights weights;
    private final StopWords stopWords;
    private final Coefficients coefficients;

    /** A classifier over the built-in rules. */
    public BoilerplateClassifier() {
        this(RuleCatalog.builtin());
    }

    /** A classifier over {@code catalog} with the built-in weights. */
    public BoilerplateClassifier(RuleCatalog catalog) {
        this(catalog, Weights.builtin());
    }

    /** A classifier over {@code catalog} with {@code weights}. */
    public BoilerplateClassifier(RuleCatalog catalog, Weights weights) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.stopWords = StopWords.builtin();
        this.coefficients = new Coefficients(weights);
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
        return classify(blocks, preset, null);
    }

    /**
     * Classifies the blocks of one page of a site whose template is known: blocks of the template (that no rule
     * names) are removed as {@code site-template}.
     *
     * @param template the site's template, or {@code null}
     */
    public List<Decision> classify(List<Block> blocks, List<Decision> preset, SiteTemplate template) {
        return classify(blocks, preset, template, true);
    }

    /**
     * {@link #classify(List, List, SiteTemplate)}, with or without the features that explain each decision: the
     * decisions are the same, and leaving the features out saves the work of writing them down.
     *
     * @param withFeatures false for decisions whose {@link Decision#features()} are empty
     */
    public List<Decision> classify(List<Block> blocks, List<Decision> preset, SiteTemplate template,
            boolean withFeatures) {
        int n = blocks.size();
        Decision[] out = new Decision[n];
        String[] keys = new String[n];
        int[][] keyWords = new int[n][];
        PageWords pageWords = PageWords.forThread(stopWords);
        Map<String, Integer> keyCount = new HashMap<>();
        for (int i = 0; i < n; i++) {
            keys[i] = TextFold.key(blocks.get(i).text());
            keyWords[i] = pageWords.ids(keys[i]);
            if (preset != null && i < preset.size() && preset.get(i) != null) {
                out[i] = preset.get(i);
            }
            if (!keys[i].isEmpty()) {
                keyCount.merge(keys[i], 1, Integer::sum);
            }
        }
        // layer 1: local evidence
        boolean[] hard = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (out[i] != null) {
                continue;
            }
            Map<String, String> f = features(withFeatures);
            f.put("words", Integer.toString(keyWords[i].length));
            Decision d = local(blocks.get(i), keys[i], keyWords[i], pageWords, f);
            if (d == null && template != null) {
                Optional<Integer> seen = template.pagesWithKey(keys[i]);
                if (seen.isPresent()) {
                    f.put("template-pages", seen.get() + "/" + template.pages());
                    d = Decision.remove("site-template", "template." + template.site(), f);
                }
            }
            if (d != null) {
                out[i] = d;
                hard[i] = true;
            }
        }
        boolean anyFurniture = false;
        for (int i = 0; i < n; i++) {
            anyFurniture |= hard[i] && !out[i].reason().startsWith("metadata");
        }
        // layer 2: scores
        anchorVocabulary(blocks, keyWords, pageWords, out);
        double[] score = new double[n];
        Map<String, String>[] feats = newFeatureArray(n);
        // hard-wrapped lines the segmenter left apart are scored as the paragraph they make up together
        int[] groupEnd = wrappedGroups(blocks, out);
        for (int i = 0; i < n; i++) {
            if (out[i] != null || groupEnd[i] <= i + 1) {
                continue;
            }
            int e = groupEnd[i];
            Block joined = Block.join(blocks.subList(i, e));
            Map<String, String> f = features(withFeatures);
            String key = TextFold.key(joined.text());
            double sc = score(joined, key, pageWords.ids(key), pageWords, 1, f);
            f.put("wrapped-lines", Integer.toString(e - i));
            for (int j = i; j < e; j++) {
                score[j] = sc;
                feats[j] = withFeatures ? new LinkedHashMap<>(f) : NO_FEATURES;
            }
            i = e - 1;
        }
        for (int i = 0; i < n; i++) {
            if (out[i] != null || feats[i] != null) {
                continue;
            }
            feats[i] = features(withFeatures);
            boolean isolated = blocks.get(i).blankBefore() && (i + 1 >= n || blocks.get(i + 1).blankBefore());
            score[i] = score(blocks.get(i), keys[i], keyWords[i], pageWords, keyCount.getOrDefault(keys[i], 1),
                    feats[i])
                    + (isolated ? weights.get("w.isolated") : 0);
            if (isolated) {
                feats[i].put("isolated", "true");
            }
        }
        // layer 3: main text and zones
        double[] v = new double[n];
        double regionBias = weights.get("region.bias");
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                v[i] = Math.max(score[i] - regionBias, weights.get("region.floor"));
            } else if (hard[i] && isSectionBreak(out[i], keys[i]) && !runningTextNext(out, score, i)) {
                v[i] = weights.get("region.break");
            } else if (hard[i]) {
                v[i] = weights.get("region.removed");
            } else {
                v[i] = 0; // metadata lines: neutral
            }
        }
        boolean[] inMain = new boolean[n];
        int[] best = maxRun(v, inMain, 0, n);
        boolean noMain = best == null || best[2] < weights.get("region.min");
        if (noMain) {
            // no stretch reads like an article (a poem, a list, a page of fragments): when unsure, keep; a block
            // that repeats the one kept before it goes, as on a page with main text
            String prevKept = null;
            for (int i = 0; i < n; i++) {
                if (out[i] == null) {
                    feats[i].put("zone", "no-main-text");
                    if (prevKept != null && keys[i].equals(prevKept) && keyWords[i].length <= 30) {
                        out[i] = Decision.remove("duplicate", "heuristic.duplicate", feats[i]);
                    } else {
                        out[i] = score[i] >= weights.get("keep.no-main") || !anyFurniture
                                ? Decision.keep("classifier.no-main-text", feats[i])
                                : Decision.remove("furniture", "classifier.low-score", feats[i]);
                    }
                }
                if (out[i].keep()) {
                    prevKept = keys[i];
                }
            }
            best = null;
        }
        if (best != null) {
            mark(inMain, best);
            double more = weights.get("region.more");
            for (int round = 0; round < 4; round++) {
                int[] extra = null;
                int s = 0;
                while (s < n) {
                    if (inMain[s]) {
                        s++;
                        continue;
                    }
                    int e = s;
                    while (e < n && !inMain[e]) {
                        e++;
                    }
                    int[] r = maxRun(v, inMain, s, e);
                    if (r != null && r[2] >= more && (extra == null || r[2] > extra[2])
                            && !underSectionBreak(out, hard, keys, r[0])) {
                        extra = r;
                    }
                    s = e;
                }
                if (extra == null) {
                    break;
                }
                mark(inMain, extra);
            }
        }
        // context smoothing: a few undecided blocks between the main text and running text next to it (a list of
        // names between two paragraphs) join the main text, with that running text
        if (best != null) {
            int gapMax = (int) weights.get("gap.max");
            double outMinGap = weights.get("bridge.min");
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < n; i++) {
                    if (!inMain[i]) {
                        continue;
                    }
                    for (int dir = -1; dir <= 1; dir += 2) {
                        int j = i + dir;
                        int gap = 0;
                        while (j >= 0 && j < n && !inMain[j] && gap <= gapMax
                                && (out[j] == null || out[j].reason().startsWith("metadata"))
                                && !(out[j] == null && score[j] >= outMinGap)) {
                            j += dir;
                            gap++;
                        }
                        if (j >= 0 && j < n && !inMain[j] && gap >= 1 && gap <= gapMax && out[j] == null
                                && score[j] >= outMinGap) {
                            for (int k = i + dir; k != j + dir; k += dir) {
                                if (out[k] == null) {
                                    inMain[k] = true;
                                    feats[k].put("between-text", "true");
                                }
                            }
                            changed = true;
                        }
                    }
                }
            }
        }
        // a list introduced by a main-text block ending in a colon belongs to the main text; so does one introduced
        // by a short undecided block ending in a colon right after the main text ("The main exports:"), with it
        for (int i = 0; i + 1 < n; i++) {
            if (out[i] != null || !endsWithIntro(blocks.get(i).text())) {
                continue;
            }
            boolean introAfterMain = !inMain[i] && i > 0 && inMain[i - 1] && out[i - 1] == null
                    && TextFold.words(keys[i]) <= 12;
            if (!inMain[i] && !introAfterMain) {
                continue;
            }
            int j = i + 1;
            if (introAfterMain) {
                int items = 0;
                while (j + items < n && items < 2 && out[j + items] == null && !inMain[j + items]
                        && (blocks.get(j + items).isListItem() || TextFold.words(keys[j + items]) <= 12)
                        && score[j + items] >= weights.get("list.min")) {
                    items++;
                }
                if (items < 2) {
                    continue; // an intro needs a list of two or more items after it
                }
                inMain[i] = true;
                feats[i].put("introduced-list", "true");
            }
            int maxItems = (int) weights.get("list.max-items");
            while (j < n && j - i <= maxItems && out[j] == null && !inMain[j]
                    && (blocks.get(j).isListItem() || TextFold.words(keys[j]) <= 12)
                    && score[j] >= weights.get("list.min")) {
                inMain[j] = true;
                feats[j].put("introduced-list", "true");
                j++;
            }
        }
        // a list of quantities next to the main text (a recipe's ingredients, a product's specifications) belongs
        // to it, however low its lines score
        boolean[] measures = measureLists(blocks, keys, out, inMain);
        boolean[] steps = recipeSteps(blocks, keys, out, inMain, measures);
        int firstMain = -1;
        for (int i = 0; i < n; i++) {
            if (inMain[i]) {
                firstMain = i;
                break;
            }
        }
        // the article's tail: soft blocks between the main text and recognised furniture that runs to the end of
        // the page (nothing unrecognised after it) stay with the article, a list of names after the last paragraph
        int lastMain = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (inMain[i]) {
                lastMain = i;
                break;
            }
        }
        boolean[] tail = new boolean[n];
        if (lastMain >= 0 && weights.get("tail.keep") > 0) {
            int firstHard = -1;
            for (int i = lastMain + 1; i < n; i++) {
                if (hard[i]) {
                    firstHard = i;
                    break;
                }
            }
            boolean clean = firstHard > lastMain + 1;
            for (int i = firstHard + 1; clean && i < n; i++) {
                if (out[i] == null && !hard[i]) {
                    clean = false;
                }
            }
            for (int i = lastMain + 1; clean && i < firstHard; i++) {
                tail[i] = out[i] == null && score[i] >= weights.get("tail.min");
            }
        }
        // the comment section: after a comment-form block that follows a substantial main text, everything left
        // undecided is readers' comments
        int commentsFrom = -1;
        if (firstMain >= 0) {
            double before = 0;
            for (int i = firstMain; i < n; i++) {
                if (inMain[i] && out[i] == null) {
                    before += Math.max(0, v[i]);
                }
                if (hard[i] && out[i].reason().equals("comment-form") && TextFold.words(keys[i]) <= 8 && before >= weights.get("comments.after")) {
                    commentsFrom = i;
                    break;
                }
            }
        }
        double inMin = weights.get("keep.inside");
        double outMin = weights.get("keep.outside");
        String titleKey = null;
        String prevKept = null;
        // for each block before the main text: how many blocks between it and the main text stand in the way of it
        // being the title (computed once, from the main text backwards, so the zone pass stays linear)
        int[] blockersAfter = new int[Math.max(firstMain, 0)];
        // the same, when share buttons, tags and the like (removed by rules) do not stand in the way
        int[] relaxedBlockersAfter = new int[Math.max(firstMain, 0)];
        for (int j = firstMain - 1, count = 0, relaxed = 0; j >= 0; j--) {
            blockersAfter[j] = count;
            relaxedBlockersAfter[j] = relaxed;
            boolean transparent = out[j] == null ? Captions.isCaption(blocks.get(j).text().strip())
                    : out[j].reason().startsWith("metadata") || out[j].reason().equals("duplicate");
            if (!transparent) {
                count++;
            }
            if (!transparent && !(out[j] != null && hard[j] && BETWEEN_TITLE_AND_TEXT.contains(out[j].reason()))) {
                relaxed++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (out[i] != null) {
                if (out[i].keep()) {
                    prevKept = keys[i];
                }
                continue;
            }
            Map<String, String> f = feats[i];
            int words = TextFold.words(keys[i]);
            f.put("zone", inMain[i] ? "main" : (firstMain < 0 || i < firstMain ? "leading" : "trailing"));
            Decision d;
            if (prevKept != null && words <= 30 && (keys[i].equals(prevKept) || keys[i].equals(titleKey))) {
                d = Decision.remove("duplicate", "heuristic.duplicate", f);
            } else if (commentsFrom >= 0 && i > commentsFrom) {
                f.put("zone", "comments");
                d = Decision.remove("comments", "classifier.comment-section", f);
            } else if (measures[i]) {
                f.put("measure-list", "true");
                d = Decision.keep("classifier.measure-list", f);
            } else if (steps[i]) {
                f.put("recipe-steps", "true");
                d = Decision.keep("classifier.recipe-steps", f);
            } else if (inMain[i]) {
                d = score[i] >= inMin || !anyFurniture ? Decision.keep("classifier.main-text", f)
                        : Decision.remove("furniture", "classifier.low-score", f);
            } else if (score[i] >= outMin) {
                d = Decision.keep("classifier.running-text", f);
            } else if (tail[i]) {
                f.put("zone", "tail");
                d = Decision.keep("classifier.article-tail", f);
            } else if (firstMain >= 0 && i < firstMain && (isTitleBefore(blocks, keys, i, blockersAfter)
                    || (relaxedBlockersAfter[i] == 0 && looksLikeHeadline(blocks.get(i).keptText(), keys[i])))) {
                d = Decision.keep("classifier.title", f);
            } else if (Captions.isCaption(blocks.get(i).text().strip()) && nearMain(inMain, i)) {
                d = Decision.keep("classifier.caption", f);
            } else if (!anyFurniture) {
                // no rule found furniture anywhere on the page: it reads as clean text (an already cleaned page, a
                // plain document), and the edges are not furniture by position alone (when unsure, keep)
                d = Decision.keep("classifier.no-furniture-page", f);
            } else {
                d = Decision.remove(firstMain < 0 || i < firstMain ? "leading-furniture" : "trailing-furniture",
                        "classifier.outside-main-text", f);
            }
            if (d.keep()) {
                if (titleKey == null && words <= 30 && !endsSentence(blocks.get(i).text())) {
                    titleKey = keys[i];
                }
                prevKept = keys[i];
            }
            out[i] = d;
        }
        // a bulleted or numbered list right after kept text belongs to it (when unsure, keep): item by item, so
        // the run stops at the first item that is not kept
        for (int i = 1; i < n; i++) {
            if (!out[i].keep() && out[i].reason().equals("trailing-furniture") && blocks.get(i).isListItem()
                    && TextFold.words(keys[i]) >= 2 && out[i - 1].keep()) {
                out[i] = Decision.keep("classifier.list-after-text", out[i].features());
            }
        }
        // a repeated title is a duplicate whichever copy the zones kept
        for (int i = 0; i < n; i++) {
            if (!out[i].keep() && out[i].reason().endsWith("-furniture") && TextFold.words(keys[i]) <= 30) {
                for (int j : new int[] {i - 1, i + 1}) {
                    if (j >= 0 && j < n && out[j].keep() && keys[j].equals(keys[i]) && !keys[i].isEmpty()) {
                        out[i] = Decision.remove("duplicate", "heuristic.duplicate", out[i].features());
                        break;
                    }
                }
            }
        }
        // under an "About the author" heading: the author's name line and a note that reads like one (up to 80
        // words), in the three blocks after it
        for (int i = 0; i < n; i++) {
            if (!hard[i] || !out[i].reason().equals("author-bio")) {
                continue;
            }
            for (int j = i + 1; j < Math.min(n, i + 4); j++) {
                if (!out[j].keep()) {
                    if (hard[j]) {
                        break;
                    }
                    continue;
                }
                String t = blocks.get(j).keptText().strip();
                boolean name = TextFold.words(keys[j]) <= 4 && !endsSentence(t) && !t.isEmpty()
                        && Character.isUpperCase(t.charAt(0));
                if (TextFold.words(keys[j]) > 80 || !(name || isAuthorBio(t))) {
                    break; // an interview's "Zur Person" box ends where the article goes on
                }
                out[j] = Decision.remove("author-bio", "heuristic.author-bio", out[j].features());
                while (j + 1 < n && out[j + 1].keep() && continues(blocks.get(j), blocks.get(j + 1))) {
                    j++; // the note's hard-wrapped lines go with it
                    out[j] = Decision.remove("author-bio", "heuristic.author-bio", out[j].features());
                }
            }
        }
        // the author's biography at the end of the article: the last kept blocks (passing over running text after
        // the main text, such as teasers of other stories), while they read like one (hard-wrapped lines that the
        // output joins into one paragraph are judged together)
        for (int i = n - 1; i >= 0; i--) {
            if (!out[i].keep() || out[i].ruleId().equals("classifier.running-text")) {
                continue;
            }
            int s = i;
            while (s > 0 && out[s - 1].keep() && continues(blocks.get(s - 1), blocks.get(s))) {
                s--;
            }
            String text = s == i ? blocks.get(i).keptText() : Block.join(blocks.subList(s, i + 1)).keptText();
            if (TextFold.words(TextFold.key(text)) > 80 || !isAuthorBio(text.strip())) {
                break;
            }
            for (int k = s; k <= i; k++) {
                out[k] = Decision.remove("author-bio", "heuristic.author-bio", out[k].features());
            }
            i = s - authorHeader(blocks, keys, out, s);
        }
        // a note that reads like an author's biography outside the main text (in a sidebar, between related
        // stories) is one, wherever it stands, with its "About Jane" or name line
        for (int i = 0; i < n; i++) {
            if (out[i].keep() && out[i].ruleId().equals("classifier.running-text")
                    && TextFold.words(keys[i]) <= 80 && isAuthorBio(blocks.get(i).keptText().strip())) {
                out[i] = Decision.remove("author-bio", "heuristic.author-bio", out[i].features());
                authorHeader(blocks, keys, out, i);
            }
        }
        List<Decision> list = new ArrayList<>(n);
        for (Decision d : out) {
            list.add(d);
        }
        return list;
    }

    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]+|de|van|von|der|al|bin|del|la|le)){0,3}";
    /**
     * A note about the author, in English, German, French or Spanish: a name (one to four capitalised words), then
     * "is a ... reporter", "writes about", "ist Redakteurin", "schreibt seit", "est journaliste", "es periodista" and
     * the like.
     */
    private static final Pattern AUTHOR_BIO = Pattern.compile("^" + NAME + "\\s+(?:"
            + "(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}&-]+\\s+){0,4}?(?i:reporter|writer|editor|journalist|correspondent"
            + "|contributor|columnist|professor|author|founder|co-founder|cofounder|producer|analyst|fellow"
            + "|researcher|photographer|critic|blogger|lecturer|director|host|freelancer)s?\\b"
            + "|(?:writes|has written|has been writing|reports|covers)\\s+(?:about|on|for)\\b|has worked as\\b"
            + "|(?:ist|war)\\s+(?:\\p{L}+\\s+){0,3}?(?:Journalist|Redakteur|Autor|Korrespondent|Reporter|Kolumnist"
            + "|Fotograf|Volontär|Chefredakteur|Professor|Wissenschaftsjournalist)(?:in)?\\b"
            + "|schreibt\\s+(?:seit|für|über)\\b|arbeitet\\s+(?:als|seit)\\b|beschäftigt sich\\s+(?:mit|seit)\\b"
            + "|est\\s+(?:\\p{L}+\\s+){0,2}?(?:journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|professeure?"
            + "|auteure?|reporter)\\b"
            + "|es\\s+(?:\\p{L}+\\s+){0,2}?(?:periodista|redactora?|corresponsal|columnista|profesora?|autora?|reportera?)\\b"
            + ")", Pattern.UNICODE_CHARACTER_CLASS);

    /** A greeting and the writer's introduction of themselves: "Hi, I'm Nicolas.", "Hallo, ich bin Foodbloggerin". */
    private static final Pattern SELF_INTRO = Pattern.compile("^(?:hi|hello|hey|hallo|servus|moin|bonjour|salut"
            + "|hola|ciao|olá|ola)\\b[\\s,!.]*(?:(?:there|everyone|all|zusammen|ihr lieben|à tous|a todos)\\b[\\s,!.]*)?"
            + "(?:i'm|i’m|i am|my name is|ich bin|ich heiße|mein name ist|je suis|je m'appelle|je m’appelle|soy"
            + "|me llamo|sono|mi chiamo|eu sou)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The heading of an author's box naming them: "About Jane", "Über Kathrin", "À propos de Jean Dupont". */
    private static final Pattern ABOUT_NAME = Pattern.compile("^(?:About|Über|À propos de|A propos de|Sobre|Acerca de)\\s+"
            + NAME + "\\s*:?$", Pattern.UNICODE_CHARACTER_CLASS);

    /** A credit with the writer's role: "By Alex Heath, a deputy editor and author of ...". */
    private static final Pattern CREDIT_BIO = Pattern.compile("^By\\s+" + NAME + ",\\s+(?:a|an|the|our)\\s+"
            + "(?:[\\p{L}&-]+\\s+){0,4}?(?i:reporter|writer|editor|journalist|correspondent|contributor|columnist"
            + "|author|producer|analyst|critic|photographer)s?\\b", Pattern.UNICODE_CHARACTER_CLASS);

    static boolean isAuthorBio(String text) {
        return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) && (AUTHOR_BIO.matcher(text).lookingAt()
                || CREDIT_BIO.matcher(text).lookingAt()) || SELF_INTRO.matcher(text).lookingAt());
    }

    /**
     * Removes, as {@code author-bio}, the at most two kept blocks just before an author's note at {@code bio} that
     * head it: an "About NAME" line, or a bare name (at most four capitalised words, no digits, no sentence end).
     * Returns how many it removed.
     */
    private static int authorHeader(List<Block> blocks, String[] keys, Decision[] out, int bio) {
        int removed = 0;
        for (int j = bio - 1; j >= 0 && removed < 2 && out[j].keep(); j--) {
            String t = blocks.get(j).keptText().strip();
            if (!(ABOUT_NAME.matcher(t).matches() || isBareName(t, keys[j]))) {
                break;
            }
            out[j] = Decision.remove("author-bio", "heuristic.author-bio", out[j].features());
            removed++;
        }
        return removed;
    }

    private static boolean isBareName(String text, String key) {
        int words = TextFold.words(key);
        if (words < 1 || words > 4 || endsSentence(text)) {
            return false;
        }
        for (String w : key.split(" ")) {
            if (w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lists of quantities beside the main text: runs of undecided blocks outside it, each of at most 14 words,
     * from a line opening with a quantity ({@link #opensWithQuantity}) to the last one reached with gaps of at most
     * two other blocks, with three or more such lines making at least 60% of the run, and a main-text block at most
     * three blocks before or after it; with the run go the at most two short undecided blocks (8 words or fewer)
     * between it and the main text, and a heading of at most four words ending in a colon just before it. Recipes' ingredients ({@code 200 g Zucker}, {@code 1½ cups rice})
     * and specification lists are such runs; a numbered list ({@code 1. ...}) is not one.
     */
    private static boolean[] measureLists(List<Block> blocks, String[] keys, Decision[] out, boolean[] inMain) {
        int n = blocks.size();
        boolean[] measure = new boolean[n];
        boolean anyMain = false;
        for (boolean m : inMain) {
            anyMain |= m;
        }
        int i = 0;
        while (i < n) {
            if (!isMeasure(blocks, keys, out, inMain, i)) {
                i++;
                continue;
            }
            // a run from this quantity line to the last one reached with gaps of at most two other short blocks
            int s = i;
            int last = i;
            int quantities = 1;
            int j = i + 1;
            while (j < n && j - last <= 3 && out[j] == null && !inMain[j] && TextFold.words(keys[j]) <= 14) {
                if (isMeasure(blocks, keys, out, inMain, j)) {
                    last = j;
                    quantities++;
                }
                j++;
            }
            int e = last + 1;
            i = e;
            if (quantities < 3 || quantities * 5 < (e - s) * 3) {
                continue;
            }
            boolean near = false;
            int heading = -1; // an "Ingredients" heading at most three blocks before the run
            for (int k = Math.max(0, s - 3); k < Math.min(n, e + 3); k++) {
                near |= inMain[k];
                if (k < s && out[k] == null && INGREDIENTS.matcher(keys[k]).matches()) {
                    heading = k;
                }
            }
            if (!near && !(heading >= 0 && anyMain)) {
                continue;
            }
            // with the short blocks that join it to the main text ("Mandelsplitter", "Zubereitung:"), and its
            // heading ("Zutaten:", "Ingredients:")
            int from = s;
            int to = e;
            for (int k = e; k < Math.min(n, e + 3); k++) {
                if (inMain[k]) {
                    to = k;
                    break;
                }
                if (out[k] != null || TextFold.words(keys[k]) > 8) {
                    break;
                }
            }
            for (int k = s - 1; k >= Math.max(0, s - 3); k--) {
                if (inMain[k]) {
                    from = k + 1;
                    break;
                }
                if (out[k] != null || TextFold.words(keys[k]) > 8) {
                    break;
                }
            }
            if (from == s && s > 0 && out[s - 1] == null && !inMain[s - 1] && TextFold.words(keys[s - 1]) <= 4
                    && blocks.get(s - 1).text().strip().endsWith(":")) {
                from = s - 1;
            }
            if (heading >= 0 && heading < from) {
                from = heading;
                for (int k = heading; k < s; k++) {
                    if (out[k] != null || TextFold.words(keys[k]) > 8) {
                        from = s; // only short undecided lines ("Für 15 Stücke") between the heading and the list
                    }
                }
            }
            for (int k = from; k < to; k++) {
                measure[k] = true;
            }
        }
        return measure;
    }

    /** The heading of a recipe's ingredients, on the key: "Ingredients", "Zutaten für 4 Personen", "مواد لازم". */
    private static final Pattern INGREDIENTS = Pattern.compile("^(?:the )?(?:ingredients?|zutaten|ingrédients"
            + "|ingredientes|ingredienti|składniki|malzemeler|ингредиенты|مواد لازم|مواد اولیه|المکونات|مکونات)"
            + "(?: (?:für|for|pour|para|per|na|dla|برای)(?: [^ ]+){1,4})?$"); // Arabic letters as keys fold them
    /** The heading of a recipe's method: "Directions", "Zubereitung", "Préparation", "طرز تهیه", "طريقة التحضير". */
    private static final Pattern DIRECTIONS = Pattern.compile("^(?:directions|instructions|method|preparation"
            + "|how to make it|zubereitung|anleitung|préparation|preparación|elaboración|modo de preparo|preparazione"
            + "|procedimento|przygotowanie|sposób przygotowania|hazırlanışı|yapılışı|приготовление|способ приготовления"
            + "|طرز تهیه|روش تهیه|دستور پخت|طریقه التحضیر)$");

    /**
     * A recipe's method after its list of ingredients ({@link #measureLists}, with the short list items that follow
     * it): a "Directions" / "Zubereitung" heading at most three blocks after the list, undecided, and the steps after it: undecided list items and
     * blocks ending a sentence, passing over step numbers, images and short notes such as a preparation time (at
     * most 12 words), up to 40 blocks, ending at the main text, at other furniture or at a block that is neither.
     */
    private static boolean[] recipeSteps(List<Block> blocks, String[] keys, Decision[] out, boolean[] inMain,
            boolean[] measures) {
        int n = blocks.size();
        boolean[] steps = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!measures[i] || (i + 1 < n && measures[i + 1])) {
                continue; // the end of a list of ingredients
            }
            int end = i + 1; // the list's items without a quantity ("Some beansprouts") go on with it
            while (end < n && end - i <= 40 && out[end] == null && !inMain[end] && blocks.get(end).isListItem()
                    && TextFold.words(keys[end]) <= 14) {
                end++;
            }
            int h = -1;
            for (int k = end; k < Math.min(n, end + 3); k++) {
                if (out[k] == null && !inMain[k] && DIRECTIONS.matcher(keys[k]).matches()) {
                    h = k;
                    break;
                }
            }
            if (h < 0) {
                continue;
            }
            for (int k = i + 1; k <= h; k++) {
                steps[k] = out[k] == null && !inMain[k] && !measures[k];
            }
            int taken = 0;
            for (int k = h + 1; k < n && taken < 40 && !inMain[k]; k++) {
                if (out[k] != null) {
                    String r = out[k].reason();
                    if (r.equals("share-counters") || r.equals("no-text") || r.equals("form-control")
                            || r.equals("image-placeholder")) {
                        continue; // step numbers ("1."), images
                    }
                    break;
                }
                String t = blocks.get(k).keptText().strip();
                if (!(blocks.get(k).isListItem() || endsSentence(t) || TextFold.words(keys[k]) <= 12)) {
                    break;
                }
                steps[k] = true;
                taken++;
            }
        }
        return steps;
    }

    private static boolean isMeasure(List<Block> blocks, String[] keys, Decision[] out, boolean[] inMain, int i) {
        return out[i] == null && !inMain[i] && TextFold.words(keys[i]) <= 14
                && opensWithQuantity(blocks.get(i).keptText());
    }

    /**
     * True when the text opens with a quantity: digits (any script) or a vulgar fraction, optionally a range or a
     * decimal ({@code 1-2}, {@code 1,5}, {@code 1/2}), then a unit ({@code 200 g}, {@code 120g}, {@code 2 EL},
     * {@code ۲ قاشق}) or a word that is not capitalised ({@code 1 large onion}); not the dot or bracket of a list
     * number, a table row, or a heading's number ({@code 3.1 Foreign relations}).
     */
    static boolean opensWithQuantity(String text) {
        String t = text.strip();
        int i = 0;
        int digits = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || (c >= '\u00BC' && c <= '\u00BE') || (c >= '\u2150' && c <= '\u215E')) {
                digits++;
                i++;
            } else if (digits > 0 && (c == ',' || c == '.' || c == '/' || c == '-' || c == '–')
                    && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (digits == 0 || digits > 6 || i >= t.length()) {
            return false;
        }
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u00A0')) {
            i++;
        }
        int e = i;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        if (e == i) {
            return false; // a table row, a number alone
        }
        String word = t.substring(i, e);
        // a unit, or a word that is not a capitalised one (a heading's number: "3.1 Foreign relations")
        return UNITS.contains(word.toLowerCase(java.util.Locale.ROOT)) || !Character.isUpperCase(word.charAt(0));
    }

    /** Units of recipes and specifications (lower case), in the catalogue's languages; facts, not phrases. */
    private static final java.util.Set<String> UNITS = java.util.Set.of(
            "g", "gr", "kg", "mg", "ml", "l", "dl", "cl", "oz", "lb", "lbs", "tsp", "tbsp", "tbs", "cup", "cups",
            "pint", "pints", "quart", "quarts", "pinch", "dash", "clove", "cloves", "can", "cans", "slice", "slices",
            "piece", "pieces", "bunch", "stick", "sticks", "package", "packages", "inch", "inches", "cm", "mm", "x",
            "el", "tl", "prise", "prisen", "msp", "pck", "päckchen", "stück", "stk", "bund", "dose", "dosen",
            "becher", "tasse", "tassen", "zehe", "zehen", "scheibe", "scheiben", "liter", "glas", "gläser",
            "handvoll", "zweig", "zweige", "blatt", "blätter", "packung", "packungen", "würfel", "kugel", "kugeln",
            "kopf", "knolle", "knollen", "stange", "stangen", "cs", "cc", "càs", "càc", "pincée", "gousse",
            "gousses", "tranche", "tranches", "verre", "sachet", "sachets", "litre", "litres", "cucharada",
            "cucharadas", "cucharadita", "cucharaditas", "taza", "tazas", "pizca", "diente", "dientes", "litro",
            "litros", "sobre", "łyżka", "łyżki", "szklanka", "szklanki", "szczypta", "ząbek", "ząbki",
            "گرم", "کیلو", "کیلوگرم", "قاشق", "پیمانه", "لیوان", "عدد", "حبه", "فنجان", "بسته", "مثقال",
            "غرام", "كيلو", "ملعقة", "ملاعق", "كوب", "أكواب", "حبة", "حبات");

    /**
     * For each block, the end (exclusive) of the run of hard-wrapped lines it starts: a line of 40 or more chars
     * that does not end a sentence continues on the next line when no blank line separates them and the next line
     * starts with a lower-case letter, or the line ends with a comma, a hyphen or a letter and is 60 or more chars
     * long (caseless scripts). Only soft blocks (no decision yet) join.
     */
    private static int[] wrappedGroups(List<Block> blocks, Decision[] out) {
        int n = blocks.size();
        int[] end = new int[n];
        for (int i = 0; i < n; i++) {
            end[i] = i + 1;
        }
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && out[j] == null && out[j + 1] == null && continues(blocks.get(j), blocks.get(j + 1))) {
                j++;
            }
            if (j > i) {
                end[i] = j + 1;
            }
            i = j + 1;
        }
        return end;
    }

    /**
     * Whether block {@code b} goes on with the hard-wrapped line {@code a}: no blank line or list marker between them,
     * {@code a} of 40 chars or more and not ending a sentence, and {@code b} starting in lower case (or, after a line
     * of 60 chars or more ending in a letter, a comma or a hyphen, with a letter that is not upper case: Persian and
     * Arabic have no case). The classifier scores such a run as one paragraph, and the cleaner keeps a run kept
     * whole as one paragraph.
     */
    public static boolean continuesWrappedLine(Block a, Block b) {
        return continues(a, b);
    }

    private static boolean continues(Block a, Block b) {
        if (b.blankBefore() || b.isListItem()) {
            return false;
        }
        String t = a.text().strip();
        String u = b.text().strip();
        if (t.length() < 40 || u.isEmpty() || endsSentence(t)) {
            return false;
        }
        int first = u.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return t.length() >= 60 && (last == ',' || last == '،' || last == '-' || Character.isLetter(last))
                && !Character.isUpperCase(first) && Character.isLetter(first);
    }

    @SuppressWarnings("unchecked")
    /**
     * The features of a decision taken without them: writes go nowhere, reads find nothing. Shared: it holds no
     * state.
     */
    private static final Map<String, String> NO_FEATURES = new java.util.AbstractMap<>() {
        @Override
        public String put(String key, String value) {
            return null;
        }

        @Override
        public java.util.Set<Map.Entry<String, String>> entrySet() {
            return java.util.Set.of();
        }
    };

    private static Map<String, String> features(boolean record) {
        return record ? new LinkedHashMap<>() : NO_FEATURES;
    }

    private static Map<String, String>[] newFeatureArray(int n) {
        return (Map<String, String>[]) new Map[n];
    }

    /**
     * A short heading of a related-posts, comments or tags section ("Related", "Latest Stories", "Leave a Reply",
     * "Schlagworte"): the
     * article does not run on through it, so the main text's run ends there unless running text follows within the
     * next undecided block ("Main article: ..." above a section of an encyclopaedia article); a headline between
     * the heading and a teaser's text does not keep the run going.
     */
    private static boolean isSectionBreak(Decision d, String key) {
        String r = d.reason();
        return (r.equals("related-posts") || r.equals("comment-form") || r.equals("category-label")
                || r.equals("author-bio"))
                && TextFold.words(key) <= 6;
    }

    /**
     * True when the block at {@code start} comes right after a section break ({@link #isSectionBreak}: "More Related
     * Stories", "Next Up In Culture"), with only other removed blocks between: a run that starts there is the list
     * of teasers the heading announces, not more of the article.
     */
    private static boolean underSectionBreak(Decision[] out, boolean[] hard, String[] keys, int start) {
        for (int j = start - 1; j >= 0 && out[j] != null; j--) {
            if (hard[j] && isSectionBreak(out[j], keys[j])) {
                return true;
            }
        }
        return false;
    }

    /** True when the next block the layers above left undecided reads like running text. */
    private boolean runningTextNext(Decision[] out, double[] score, int i) {
        double min = weights.get("keep.outside");
        for (int j = i + 1; j < out.length; j++) {
            if (out[j] == null) {
                return score[j] >= min;
            }
        }
        return false;
    }

    private static void mark(boolean[] in, int[] run) {
        for (int i = run[0]; i < run[1]; i++) {
            in[i] = true;
        }
    }

    /** The maximum-sum run of {@code v[from..to)}: {start, end, sum*1} (sum rounded down), or null if none positive. */
    private static int[] maxRun(double[] v, boolean[] taken, int from, int to) {
        double bestSum = 0;
        int bs = -1;
        int be = -1;
        double cur = 0;
        int cs = from;
        for (int i = from; i < to; i++) {
            if (cur <= 0) {
                cur = 0;
                cs = i;
            }
            cur += v[i];
            if (cur > bestSum) {
                bestSum = cur;
                bs = cs;
                be = i + 1;
            }
        }
        return bs < 0 ? null : new int[] {bs, be, (int) Math.floor(bestSum)};
    }

    /** True when block {@code i} is a heading-shaped block with only removed or metadata blocks up to the main text. */
    /**
     * Furniture that pages put between an article's title and its text (share buttons, a copy-link button, the
     * reading time, tags, font-size controls, a newsletter prompt...): removed by a rule, it does not stop the
     * block before it from being the title when that block looks like a headline ({@link #looksLikeHeadline}).
     * Related lists, comment forms, footers and menus do.
     */
    private static final java.util.Set<String> BETWEEN_TITLE_AND_TEXT = java.util.Set.of("share-counters",
            "link-label", "page-controls", "reading-time", "category-label", "breadcrumb", "form-control", "no-text",
            "newsletter", "error-report-prompt", "feedback-prompt", "browser-notice", "cookie-notice", "chat-widget",
            "login", "search-box", "site-template");

    /**
     * A headline, as opposed to a byline, a date, a counter or a control: 3 to 25 words, no sentence end, no digit,
     * no credit word first, none of {@code | • · [ ] @}, a colon only between two words or more on each side, and
     * not two or three capitalised words alone (a name).
     */
    static boolean looksLikeHeadline(String text, String key) {
        int words = TextFold.words(key);
        String t = text.strip();
        if (words < 3 || words > 25 || endsSentence(t)) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || "|•·[]@".indexOf(c) >= 0) {
                return false;
            }
            if (c == ':' && (TextFold.words(TextFold.key(t.substring(0, i))) < 2
                    || TextFold.words(TextFold.key(t.substring(i + 1))) < 2)) {
                return false; // "Moderator: A. Name", "Release Date:"; not "Interview: the director on his film"
            }
        }
        String first = key.substring(0, key.indexOf(' '));
        if (CREDIT_WORDS.contains(first)) {
            return false;
        }
        if (words <= 3) {
            boolean allCapitalised = true;
            for (String w : t.split(" ")) {
                allCapitalised &= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            }
            return !allCapitalised;
        }
        return true;
    }

    private static final java.util.Set<String> CREDIT_WORDS = java.util.Set.of("by", "von", "por", "par", "door",
            "posted", "written", "photo", "image", "foto", "bild");

    private static boolean isTitleBefore(List<Block> blocks, String[] keys, int i, int[] blockersAfter) {
        int words = TextFold.words(keys[i]);
        if (words < 2 || words > 25 || endsSentence(blocks.get(i).text())
                || Captions.isCaption(blocks.get(i).text().strip())) {
            return false;
        }
        return blockersAfter[i] == 0;
    }

    private static boolean nearMain(boolean[] inMain, int i) {
        for (int d = 1; d <= 2; d++) {
            if ((i - d >= 0 && inMain[i - d]) || (i + d < inMain.length && inMain[i + d])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The removal the rules and heuristics alone (no scores, no context) decide for one text, if any. The cleaner
     * asks it for a kept block whose text normalisation changed: the paragraph is judged as cleaning the cleaned
     * text will judge it. {@code byKey}: also the rules that read the text's {@code key} alone (the catalogue, bare
     * counters), which a caller whose key did not change skips (it may then pass a null key).
     */
    public Optional<Decision> ruleRemoval(String text, String key, boolean byKey) {
        String t = TextFold.hygienic(text);
        Block b = new Block(t, 0, t.length(), 1, true, "");
        Decision d;
        if (byKey) {
            PageWords pageWords = PageWords.forThread(stopWords);
            d = local(b, key, pageWords.ids(key), pageWords, NO_FEATURES);
        } else {
            d = textHeuristics(b, NO_FEATURES);
        }
        return d == null || d.keep() ? Optional.empty() : Optional.of(d);
    }

    private Decision local(Block b, String key, int[] keyWords, PageWords pageWords, Map<String, String> f) {
        int words = keyWords.length;
        if (key.isEmpty()) {
            return Decision.remove("no-text", "heuristic.no-text", f);
        }
        if (words <= 6 && NUMBERS_ONLY.matcher(key).matches() && !b.isListItem()) {
            return Decision.remove("share-counters", "heuristic.counters", f);
        }
        Optional<Rule> r = catalog.match(key, words <= catalog.maxWords() ? pageWords.words(keyWords) : null);
        if (r.isPresent()) {
            f.put("rule", r.get().origin());
            return Decision.remove(r.get().family(), r.get().id(), f);
        }
        return textHeuristics(b, f);
    }

    /**
     * A link to another story inside the text, a "read" verb and a colon before its headline: "Lea: ...",
     * "Read: ...", "Lesen Sie: ...", "اقرأ أيضا: ...", "بیشتر بخوانید: ..." (the key has no colon, so no rule
     * sees it).
     */
    private static final Pattern INLINE_RELATED = Pattern.compile("^(?:lea|lee|léase|read|read also|also read"
            + "|lesen sie|lies|lire|lire aussi|leia|leggi|czytaj|okuyun|читайте|اقرأ|اقرأ أيضا|اقرأ أيضًا|اقرأ ايضا"
            + "|بخوانید|بیشتر بخوانید|همچنین بخوانید|ببینید|یہ بھی پڑھیں|ولولئ)\\s*[:：]\\s*\\S",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** True when a colon stands in the first 24 chars (where an inline link's "read" verb ends). */
    private static boolean colonNearStart(String t) {
        for (int i = 0, n = Math.min(t.length(), 24); i < n; i++) {
            char c = t.charAt(i);
            if (c == ':' || c == '：') {
                return true;
            }
        }
        return false;
    }

    /** The heuristics that read the block's text, not its key: UI controls, menus, breadcrumbs, inline links. */
    private static Decision textHeuristics(Block b, Map<String, String> f) {
        String t = b.keptText().strip();
        if (BRACKETED.matcher(t).matches()) {
            return Decision.remove("form-control", "heuristic.bracketed-control", f);
        }
        boolean menuSep = t.indexOf('|') >= 0 || t.indexOf('·') >= 0 || t.indexOf('•') >= 0;
        boolean crumbSep = t.indexOf('»') >= 0 || t.indexOf('›') >= 0 || t.indexOf('>') >= 0 || t.indexOf('/') >= 0;
        if (menuSep && shortItems(t, MENU_SEP, 3)) {
            return Decision.remove("navigation", "heuristic.menu", f);
        }
        if (crumbSep && shortItems(t, CRUMB_SEP, 2)) {
            return Decision.remove("breadcrumb", "heuristic.breadcrumb", f);
        }
        if (isCopyrightNotice(t)) {
            return Decision.remove("copyright", "heuristic.copyright", f);
        }
        if (colonNearStart(t) && INLINE_RELATED.matcher(t).lookingAt() && TextFold.words(TextFold.key(t)) <= 30) {
            return Decision.remove("related-posts", "heuristic.inline-related", f);
        }
        return null;
    }

    /**
     * A copyright notice of any length up to 80 words and in any language: the block opens with {@code ©} or
     * {@code Copyright ©} and a year (Gregorian 1900-2099 or Solar Hijri 1300-1499, in any digits) follows within 60
     * chars, or it opens with {@code (c)} or {@code Copyright} and the year right after. A credit without a year ({@code © Reuters}) is a photo credit, which stays.
     */
    static boolean isCopyrightNotice(String t) {
        int i = 0;
        if (t.startsWith("©")) {
            i = 1;
        } else if (t.regionMatches(true, 0, "(c)", 0, 3)) {
            i = 3;
            while (i < t.length() && t.charAt(i) == ' ') {
                i++;
            }
            if (!(i + 4 <= t.length() && isYear(t, i))) {
                return false; // "(c) the committee may ...": the third item of a list
            }
        } else if (t.regionMatches(true, 0, "copyright", 0, 9)) {
            i = 9;
            while (i < t.length() && t.charAt(i) == ' ') {
                i++;
            }
            if (i < t.length() && t.charAt(i) == '©') {
                i++;
            } else if (t.regionMatches(true, i, "(c)", 0, 3)) {
                i += 3;
            } else if (!(i + 4 <= t.length() && isYear(t, i))) {
                return false; // "Copyright law ..." opens a sentence
            }
        } else {
            return false;
        }
        boolean year = false;
        for (int j = i; j + 4 <= t.length() && j < i + 60 && !year; j++) {
            year = (j == 0 || !Character.isDigit(t.charAt(j - 1))) && isYear(t, j)
                    && (j + 4 == t.length() || !Character.isDigit(t.charAt(j + 4)));
        }
        if (!year) {
            return false;
        }
        int words = 1;
        for (int j = 1; j < t.length(); j++) {
            if (t.charAt(j) == ' ' && t.charAt(j - 1) != ' ' && ++words > 80) {
                return false;
            }
        }
        return true;
    }

    /** Four digits at {@code j} that make a year: 19xx, 20xx, 13xx or 14xx (Solar Hijri), in any decimal digits. */
    private static boolean isYear(String t, int j) {
        int[] d = new int[4];
        for (int k = 0; k < 4; k++) {
            d[k] = Character.digit(t.charAt(j + k), 10);
            if (d[k] < 0) {
                return false;
            }
        }
        return (d[0] == 1 && (d[1] == 9 || d[1] == 3 || d[1] == 4)) || (d[0] == 2 && d[1] == 0);
    }

    /** {@code \\w} of a regex without Unicode classes. */
    private static boolean isAsciiWord(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** {@code \\s} of a regex without Unicode classes. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** True when {@code t} splits on {@code sep} into at least {@code min} items of at most four words each. */
    /** An {@code x@y} with letters or digits on both sides of the at sign (linear, unlike a regex find). */
    private static boolean hasEmail(String t) {
        for (int i = t.indexOf('@'); i > 0 && i + 1 < t.length(); i = t.indexOf('@', i + 1)) {
            if (Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLetterOrDigit(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean shortItems(String t, Pattern sep, int min) {
        String[] items = sep.split(t);
        if (items.length < min) {
            return false;
        }
        boolean longer = false; // one item of five or six words among four or more ("Edit this page on GitHub")
        for (String it : items) {
            String k = TextFold.key(it);
            int w = TextFold.words(k);
            if (k.isEmpty() || w > 6 || (w > 4 && (longer || items.length < 4))) {
                return false;
            }
            longer |= w > 4;
        }
        return true;
    }

    /** Counts, per content word, the blocks of the page's running text (15+ words ending a sentence) holding it. */
    private static void anchorVocabulary(List<Block> blocks, int[][] words, PageWords pageWords, Decision[] out) {
        for (int i = 0; i < blocks.size(); i++) {
            if (out[i] != null || !isAnchor(blocks.get(i).text(), words[i].length)) {
                continue;
            }
            pageWords.nextBlock();
            for (int w : words[i]) {
                if (pageWords.isContent(w) && pageWords.firstInBlock(w)) {
                    pageWords.addAnchor(w);
                }
            }
        }
    }

    private static boolean isAnchor(String text, int words) {
        return words >= 25 || (words >= 10 && endsSentence(text));
    }

    /** The block's content score; its features go to {@code f}. */
    double score(Block b, String key, int[] keyWords, PageWords pageWords, int occurrences, Map<String, String> f) {
        String text = b.text().strip();
        int words = keyWords.length;
        boolean ends = endsSentence(text);
        // one pass over the key's words: function words per language, and the lexical overlap of the content words
        // with the running text (the block's own contribution excluded)
        boolean isAnchor = isAnchor(text, words);
        int[] stopCounts = new int[stopWords.languages().size()];
        int content = 0;
        int shared = 0;
        pageWords.nextBlock();
        for (int w : keyWords) {
            long mask = pageWords.stopMask(w);
            if (mask != 0) {
                for (long m = mask; m != 0; m &= m - 1) {
                    stopCounts[Long.numberOfTrailingZeros(m)]++;
                }
            } else if (pageWords.isContent(w) && pageWords.firstInBlock(w)) {
                content++;
                int c = pageWords.anchors(w) - (isAnchor ? 1 : 0);
                if (c > 0) {
                    shared++;
                }
            }
        }
        int stopLang = -1;
        int stopCount = 0;
        for (int i = 0; i < stopCounts.length; i++) {
            if (stopCounts[i] > stopCount) {
                stopCount = stopCounts[i];
                stopLang = i;
            }
        }
        double stop = words == 0 ? 0 : Math.min(0.5, stopCount / (double) words);
        double cohesion = content == 0 ? 0 : shared / (double) content;
        int letters = 0;
        int digits = 0;
        int upper = 0;
        int cased = 0;
        int commas = 0;
        int inner = 0;
        int capWords = 0;
        int casedWords = 0;
        boolean wordStart = true;
        boolean mayLink = false;
        boolean mayCode = false;
        boolean operatorSeen = false;
        int limit = Math.min(text.length(), FEATURE_WINDOW);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cls = CharFlags.of(c);
            if ((cls & CharFlags.LETTER) != 0) {
                letters++;
                if ((cls & (CharFlags.UPPER | CharFlags.LOWER)) != 0) {
                    cased++;
                    boolean up = (cls & CharFlags.UPPER) != 0;
                    if (up) {
                        upper++;
                    }
                    if (wordStart) {
                        casedWords++;
                        if (up) {
                            capWords++;
                        }
                    }
                }
                wordStart = false;
            } else if ((cls & CharFlags.DIGIT) != 0) {
                digits++;
                wordStart = false;
            } else {
                if ((cls & CharFlags.SPACE) != 0) {
                    wordStart = true;
                }
                if (c == ',' || c == '،' || c == ';' || c == '؛') {
                    commas++;
                } else if ((c == '.' || c == '!' || c == '?' || c == '؟' || c == '۔') && i + 1 < text.length()
                        && Character.isWhitespace(text.charAt(i + 1)) && i > 0 && Character.isLetter(text.charAt(i - 1))
                        && i + 2 < text.length()) {
                    inner++;
                }
                if (i < limit) {
                    // the link and code patterns cannot match without one of these
                    mayLink |= c == '@' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) < 0x80
                            && Character.isLetter(text.charAt(i + 1))) || (c == ':' && i + 1 < text.length()
                            && text.charAt(i + 1) == '/');
                    // what each of CODE's alternatives needs: a ; { } (statement ends), a tag's <, a closing
                    // bracket or a comment, shebang or prompt opening the block, a call's word char before (, an
                    // operator between spaces followed later by ; or (
                    boolean op = i > 0 && "=!<>+-*/".indexOf(c) >= 0 && isRegexSpace(text.charAt(i - 1));
                    mayCode |= c == ';' || c == '{' || c == '}' || c == '<'
                            || (i == 0 && (c == ')' || c == ']' || c == '/' || c == '#' || c == '$'))
                            || (c == '(' && (operatorSeen || (i > 0 && isAsciiWord(text.charAt(i - 1)))));
                    operatorSeen |= op;
                }
            }
        }
        double digitShare = letters + digits == 0 ? 0 : digits / (double) (letters + digits);
        double titleShare = casedWords >= 2 ? capWords / (double) casedWords : 0;
        boolean allCaps = cased >= 4 && upper == cased;
        boolean ui = text.indexOf('[') >= 0 || text.indexOf('|') >= 0 || text.indexOf('»') >= 0
                || text.indexOf('›') >= 0 || text.startsWith("<") && !text.contains(" ");
        String window = mayLink || mayCode ? (text.length() > FEATURE_WINDOW ? text.substring(0, FEATURE_WINDOW) : text)
                : "";
        boolean link = mayLink && (LINKISH.matcher(window).find() || hasEmail(window));
        boolean list = b.isListItem() && words <= 10;
        boolean code = mayCode && CODE.matcher(window).find();
        Coefficients w = coefficients;
        double s = w.bias
                + w.len * Math.log(1 + Math.min(words, 64)) / Math.log(2)
                + (ends ? w.punct : 0)
                + (ends && words <= 3 ? w.punctShort : 0)
                + w.stop * stop
                + w.cohesion * cohesion
                + w.comma * Math.min(commas, 3)
                + w.sentences * Math.min(inner, 3)
                + w.digits * digitShare
                + w.title * titleShare
                + (allCaps ? w.caps : 0)
                + (list ? w.list : 0)
                + (ui ? w.ui : 0)
                + (link ? w.link : 0)
                + (occurrences >= 2 ? w.repeated : 0)
                + (words == 1 ? w.oneWord : 0)
                + (code ? w.code : 0);
        if (f == NO_FEATURES) {
            return s;
        }
        f.put("words", Integer.toString(words));
        f.put("ends-sentence", Boolean.toString(ends));
        f.put("stop-words", fixed2(stop) + "(" + stopWords.language(stopLang) + ")");
        f.put("cohesion", fixed2(cohesion));
        if (commas > 0) {
            f.put("commas", Integer.toString(commas));
        }
        if (inner > 0) {
            f.put("inner-sentences", Integer.toString(inner));
        }
        if (digitShare > 0) {
            f.put("digits", fixed2(digitShare));
        }
        if (titleShare > 0) {
            f.put("title-case", fixed2(titleShare));
        }
        if (allCaps) {
            f.put("all-caps", "true");
        }
        if (b.isListItem()) {
            f.put("list-marker", b.listMarker());
        }
        if (ui) {
            f.put("ui-marker", "true");
        }
        if (link) {
            f.put("link", "true");
        }
        if (code) {
            f.put("code", "true");
        }
        if (occurrences >= 2) {
            f.put("repeated", Integer.toString(occurrences));
        }
        f.put("score", fixed2(s));
        return s;
    }

    /** {@code x} with two decimals, as {@code %.2f} in the root locale prints it (half-up rounding). */
    static String fixed2(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= 1e15) {
            return String.format(java.util.Locale.ROOT, "%.2f", x);
        }
        long hundredths = Math.round(Math.abs(x) * 100);
        String sign = x < 0 && hundredths != 0 ? "-" : "";
        long frac = hundredths % 100;
        return sign + (hundredths / 100) + (frac < 10 ? ".0" : ".") + frac;
    }

    /** The score's weights, read once from {@link Weights}. */
    private static final class Coefficients {
        final double bias;
        final double len;
        final double punct;
        final double punctShort;
        final double stop;
        final double cohesion;
        final double comma;
        final double sentences;
        final double digits;
        final double title;
        final double caps;
        final double list;
        final double ui;
        final double link;
        final double repeated;
        final double oneWord;
        final double code;

        Coefficients(Weights w) {
            bias = w.get("w.bias");
            len = w.get("w.len");
            punct = w.get("w.punct");
            punctShort = w.get("w.punct-short");
            stop = w.get("w.stop");
            cohesion = w.get("w.cohesion");
            comma = w.get("w.comma");
            sentences = w.get("w.sentences");
            digits = w.get("w.digits");
            title = w.get("w.title");
            caps = w.get("w.caps");
            list = w.get("w.list");
            ui = w.get("w.ui");
            link = w.get("w.link");
            repeated = w.get("w.repeated");
            oneWord = w.get("w.one-word");
            code = w.get("w.code");
        }
    }

    private static boolean endsWithIntro(String text) {
        String t = text.strip();
        return t.endsWith(":") || t.endsWith("：");
    }

    static boolean endsSentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'”’»)]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?؟۔…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
