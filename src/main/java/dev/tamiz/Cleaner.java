package dev.tamiz;

import dev.tamiz.boilerplate.BoilerplateClassifier;
import dev.tamiz.boilerplate.Decision;
import dev.tamiz.boilerplate.RuleCatalog;
import dev.tamiz.boilerplate.SiteTemplate;
import dev.tamiz.internal.TextFold;
import dev.tamiz.lang.LanguageDetector;
import dev.tamiz.lang.LanguageDetectors;
import dev.tamiz.lang.LanguageResult;
import dev.tamiz.meta.MetadataLine;
import dev.tamiz.meta.MetadataRecognizer;
import dev.tamiz.normalize.Normalizer;
import dev.tamiz.segment.Block;
import dev.tamiz.segment.Segmenter;
import dev.tamiz.segment.StructureAnalyzer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cleans scraped pages. Immutable and thread-safe: build one and share it.
 *
 * <p>The stages, in this order:
 * <ol>
 *   <li><b>segment</b> ({@link Segmenter}): the text into blocks, hard-wrapped lines re-joined, list markers
 *       noted (a kept item loses its bullet but keeps its number: {@code 2. Meet at the car park.});</li>
 *   <li><b>metadata lines</b> ({@link MetadataRecognizer}): dates, news ids, bylines and section labels are taken
 *       out as {@code metadata:<field>} and their values kept;</li>
 *   <li><b>boilerplate</b> ({@link BoilerplateClassifier}): the remaining blocks kept or removed, each removal
 *       with its reason and rule;</li>
 *   <li><b>language</b> ({@link LanguageDetector}): each kept block's language, detected on its raw text so that
 *       the next stage can apply the right language's rules; a short block that the detector gives another
 *       language than the page's on weak evidence takes the page's (see {@code pageLanguagePrior});</li>
 *   <li><b>normalise</b> ({@link Normalizer}): each kept block's text, by its language;</li>
 *   <li><b>structure</b> ({@link StructureAnalyzer}): each paragraph's kind; the title.</li>
 * </ol>
 * Every non-blank block of the input ends in exactly one of the document's paragraphs or removals.
 */
public final class Cleaner {

    private static volatile Cleaner standard;

    private final Preset preset;
    private final Segmenter segmenter;
    private final MetadataRecognizer metadata;
    private final BoilerplateClassifier boilerplate;
    private final LanguageDetector detector;
    private final Normalizer normalizer;
    private final StructureAnalyzer structure;
    private final boolean removeBoilerplate;
    private final boolean extractMetadata;
    private final SiteTemplate template;

    private Cleaner(Builder b) {
        this.template = b.template;
        this.preset = b.preset;
        this.segmenter = new Segmenter(b.rejoinWrapped);
        this.metadata = new MetadataRecognizer();
        RuleCatalog rules = b.builtinRules ? RuleCatalog.builtin() : RuleCatalog.empty();
        for (RuleCatalog extra : b.extraRules) {
            rules = rules.plus(extra);
        }
        this.boilerplate = new BoilerplateClassifier(rules);
        this.detector = b.detector;
        this.normalizer = b.normalize ? b.normalizer : null;
        this.structure = new StructureAnalyzer();
        this.removeBoilerplate = b.removeBoilerplate;
        this.extractMetadata = b.extractMetadata;
    }

    private Cleaner(Cleaner base, SiteTemplate template) {
        this.template = template;
        this.preset = base.preset;
        this.segmenter = base.segmenter;
        this.metadata = base.metadata;
        this.boilerplate = base.boilerplate;
        this.detector = base.detector;
        this.normalizer = base.normalizer;
        this.structure = base.structure;
        this.removeBoilerplate = base.removeBoilerplate;
        this.extractMetadata = base.extractMetadata;
    }

    /**
     * This cleaner for pages of the site {@code template} was learnt on: the same settings, and the template's
     * blocks removed as {@code site-template} ({@code null}: no template). Cheap: everything else is shared.
     */
    public Cleaner withSiteTemplate(SiteTemplate template) {
        return new Cleaner(this, template);
    }

    /** The site template this cleaner applies, if any. */
    public java.util.Optional<SiteTemplate> siteTemplate() {
        return java.util.Optional.ofNullable(template);
    }

    /** The cleaner with every default ({@link Preset#NEWS}). */
    public static Cleaner standard() {
        Cleaner c = standard;
        if (c == null) {
            synchronized (Cleaner.class) {
                c = standard;
                if (c == null) {
                    c = builder().build();
                    standard = c;
                }
            }
        }
        return c;
    }

    /** A builder starting from {@link Preset#NEWS}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The preset this cleaner started from. */
    public Preset preset() {
        return preset;
    }

    /** The language detector this cleaner uses. */
    public LanguageDetector languageDetector() {
        return detector;
    }

    /** Cleans one page. */
    public Document clean(String text) {
        return clean(text, null);
    }

    /**
     * Joins each run of kept blocks that are the hard-wrapped lines of one paragraph (the segmenter leaves them apart
     * when the page as a whole is not wrapped at one width; see
     * {@link BoilerplateClassifier#continuesWrappedLine}) into one block, as the classifier scored them: the
     * paragraph is kept as one, and cleaning the cleaned text sees the paragraph it scored.
     */
    private static void joinWrappedRuns(List<Block> blocks, List<Block> judged, List<Decision> decisions) {
        // continuation is decided on the text the classifier judged (judged), as it decided it
        int n = blocks.size();
        List<Block> outBlocks = null; // made at the first run, so that a page without one copies nothing
        List<Decision> outDecisions = null;
        for (int i = 0; i < n; i++) {
            int j = i;
            if (decisions.get(i).keep()) {
                while (j + 1 < n && decisions.get(j + 1).keep()
                        && BoilerplateClassifier.continuesWrappedLine(judged.get(j), judged.get(j + 1))) {
                    j++;
                }
            }
            if (j > i && outBlocks == null) {
                outBlocks = new ArrayList<>(blocks.subList(0, i));
                outDecisions = new ArrayList<>(decisions.subList(0, i));
            }
            if (outBlocks == null) {
                continue;
            }
            if (j == i) {
                outBlocks.add(blocks.get(i));
            } else {
                outBlocks.add(Block.join(blocks.subList(i, j + 1)));
            }
            outDecisions.add(decisions.get(i));
            i = j;
        }
        if (outBlocks != null) {
            blocks.clear();
            blocks.addAll(outBlocks);
            decisions.clear();
            decisions.addAll(outDecisions);
        }
    }

    /**
     * Cleans one page.
     *
     * @param text   the page's text; any string, including empty, binary-looking or lone-surrogate text
     * @param source where it came from (file name, URL, id), copied to {@link Document#source()}; may be null
     */
    public Document clean(String text, String source) {
        Objects.requireNonNull(text, "text");
        List<Block> blocks = new ArrayList<>(segmenter.segment(text));
        List<Block> judged = hygienic(blocks);
        List<Decision> decisions = new ArrayList<>(decide(judged, false));
        joinWrappedRuns(blocks, judged, decisions);
        Map<String, String> meta = new LinkedHashMap<>();
        List<Removal> removed = new ArrayList<>();
        List<Integer> keptIdx = new ArrayList<>();
        List<LanguageResult> langs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        List<StructureAnalyzer.Item> items = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Decision d = decisions.get(i);
            if (d.keep()) {
                // a bullet is layout and goes; the number of an ordered item is content ("step 2") and stays
                String raw = b.keptText();
                LanguageResult lr = detector.detect(raw);
                String norm = normalizer == null ? raw : normalizer.normalize(raw, lr.tag());
                Optional<Decision> rule = Optional.empty();
                if (norm.isBlank()) {
                    d = new Decision(false, "empty", "heuristic.empty-after-normalisation", d.features());
                } else if (norm.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    d = new Decision(false, "no-text", "heuristic.no-text-after-normalisation", d.features());
                } else if (norm.length() <= RECHECK_MAX_CHARS && !norm.equals(raw)
                        && (!sameMarks(raw, norm) || mayChangeKey(raw))
                        && (rule = recheck(raw, norm, i, blocks.size())).isPresent()) {
                    // normalisation changed the text (a repaired mojibake, collapsed punctuation): the paragraph is
                    // now a metadata line or a rule removes it, as cleaning the cleaned text would find
                    d = rule.get();
                } else {
                    keptIdx.add(i);
                    langs.add(lr);
                    texts.add(norm);
                    raws.add(raw);
                    items.add(new StructureAnalyzer.Item(norm, b.listMarker()));
                    continue;
                }
            }
            // the input's own slice: a block re-joined from hard-wrapped lines has spaces where the input has breaks
            removed.add(new Removal(d.reason(), d.ruleId(), text.substring(b.start(), b.end()), b.start(), b.end()));
            if (d.reason().startsWith("metadata:")) {
                for (Map.Entry<String, String> e : d.features().entrySet()) {
                    if (e.getKey().startsWith("field.")) {
                        meta.putIfAbsent(e.getKey().substring(6), e.getValue());
                    }
                }
            }
        }
        Map<String, Integer> weight = new HashMap<>();
        int total = 0;
        for (int k = 0; k < keptIdx.size(); k++) {
            LanguageResult lr = langs.get(k);
            if (!lr.isUndetermined()) {
                weight.merge(lr.tag(), texts.get(k).length(), Integer::sum);
                total += texts.get(k).length();
            }
        }
        String language = weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("und");
        if (!language.equals("und")) {
            pageLanguagePrior(language, Math.min(PRIOR_MAX, weight.get(language) / (double) total), langs, raws,
                    texts, items);
        }
        List<Kind> kinds = structure.analyze(items);
        List<Paragraph> paragraphs = new ArrayList<>(keptIdx.size());
        for (int k = 0; k < keptIdx.size(); k++) {
            Block b = blocks.get(keptIdx.get(k));
            LanguageResult lr = langs.get(k);
            paragraphs.add(new Paragraph(k, kinds.get(k), lr.tag(), round(lr.confidence()), lr.script(), texts.get(k),
                    b.start(), b.end(), lr.spans()));
        }
        String title = title(paragraphs);
        String date = meta.remove("date");
        meta.remove("title");
        return new Document(source, language, title, date, meta, paragraphs, removed);
    }

    /** The page's language prior never goes above this (a page is never taken to be all one language). */
    private static final double PRIOR_MAX = 0.9;
    /** Paragraphs of at most this many words are judged with the page's language as a prior. */
    private static final int PRIOR_MAX_WORDS = 5;

    /**
     * The page's language as a prior for its short paragraphs: one of at most {@link #PRIOR_MAX_WORDS} words, in
     * the page language's script, that the detector gave another language ("پول" or "۱ لیوان لپه" on a Persian
     * page, tagged Pashto) is detected again between the two languages only; with the page language's share of the
     * page's text as its prior ({@code prior}, at most {@link #PRIOR_MAX}), the page language is taken when its
     * posterior is above one half, {@code prior * (1 - c) > (1 - prior) * c} for the other language's restricted
     * confidence {@code c}, and the posterior is the confidence. Strong evidence keeps its language ("بسم الله
     * الرحمن الرحيم" stays Arabic). The paragraph is normalised again for its new language.
     */
    private void pageLanguagePrior(String language, double prior, List<LanguageResult> langs, List<String> raws,
            List<String> texts, List<StructureAnalyzer.Item> items) {
        String script = null;
        for (LanguageResult lr : langs) {
            if (lr.tag().equals(language)) {
                script = lr.script();
                break;
            }
        }
        for (int k = 0; k < langs.size(); k++) {
            LanguageResult lr = langs.get(k);
            if (lr.isUndetermined() || lr.tag().equals(language) || !lr.script().equals(script)
                    || TextFold.words(TextFold.key(raws.get(k))) > PRIOR_MAX_WORDS) {
                continue;
            }
            LanguageResult q = detector.restrictedTo(List.of(language, lr.tag())).detect(raws.get(k));
            double c = q.tag().equals(language) ? 1 - q.confidence() : q.tag().equals(lr.tag()) ? q.confidence() : 1;
            double posterior = prior * (1 - c) / (prior * (1 - c) + (1 - prior) * c);
            if (!(posterior > 0.5)) {
                continue;
            }
            langs.set(k, new LanguageResult(language, posterior, lr.script()));
            if (normalizer != null) {
                String norm = normalizer.normalize(raws.get(k), language);
                if (!norm.isBlank()) {
                    texts.set(k, norm);
                    items.set(k, new StructureAnalyzer.Item(norm, items.get(k).listMarker()));
                }
            }
        }
    }

    /**
     * The decision on every block of {@code text} with its evidence, in input order: what
     * {@code tamiz clean --explain} prints.
     */
    public List<Explanation> explain(String text) {
        Objects.requireNonNull(text, "text");
        List<Block> blocks = segmenter.segment(text);
        List<Decision> decisions = decide(hygienic(blocks), true);
        List<Explanation> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Decision d = decisions.get(i);
            out.add(new Explanation(b.start(), b.end(), b.text(), d.keep(), d.reason(), d.ruleId(), d.features()));
        }
        return out;
    }

    /**
     * Kept paragraphs up to this length whose text normalisation changed are judged again by the rules alone: metadata
     * lines and furniture are short (the metadata recogniser reads lines of at most 300 chars), news paragraphs
     * rarely are, and the check costs a few scans of the text.
     */
    private static final int RECHECK_MAX_CHARS = 400;

    /** The removal of a metadata line (its fields as features {@code field.<name>}), when the text is one. */
    private Optional<Decision> metadataLine(String text, int position, int count) {
        Optional<MetadataLine> m = metadata.recognize(text, position, count);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> f = new LinkedHashMap<>();
        m.get().fields().forEach((k, v) -> f.put("field." + k, v));
        return Optional.of(new Decision(false, m.get().reason(), "metadata." + m.get().reason().substring(9), f));
    }

    /**
     * What the rules alone decide for a kept block's text once normalised: a metadata line, or a removal by a rule
     * or heuristic.
     */
    private Optional<Decision> recheck(String raw, String norm, int position, int count) {
        if (extractMetadata) {
            Optional<Decision> m = metadataLine(norm, position, count); // it reads the text as hygienic() leaves it
            if (m.isPresent()) {
                return m;
            }
        }
        if (!removeBoilerplate) {
            return Optional.empty();
        }
        // the rule catalogue matches keys, which normalisation changes only by repairing mojibake or look-alike
        // letters (letter variants, digits, presentation forms and spacing fold to the same key): then it decides
        // again
        if (mayChangeKey(raw)) {
            String key = TextFold.key(norm);
            if (!key.equals(TextFold.key(raw))) {
                return boilerplate.ruleRemoval(norm, key, true);
            }
        }
        return boilerplate.ruleRemoval(norm, null, false);
    }

    /** The chars the metadata recogniser and the text heuristics read besides letters and digits. */
    private static boolean isMark(char c) {
        if (c < 0x80) {
            return c < 64 ? (ASCII_MARKS_LOW >>> c & 1) != 0 : (ASCII_MARKS_HIGH >>> (c - 64) & 1) != 0;
        }
        return c < 0x2022 ? c == '\u00B7' || c == '\u00BB' : c == '\u2022' || c == '\u2026' || c == '\u203A';
    }

    /** {@code . : ( ) / > -} as bits of chars 0-63, {@code [ ] |} of chars 64-127. */
    private static final long ASCII_MARKS_LOW = 1L << '.' | 1L << ':' | 1L << '(' | 1L << ')' | 1L << '/' | 1L << '>'
            | 1L << '-';
    private static final long ASCII_MARKS_HIGH = 1L << ('[' - 64) | 1L << (']' - 64) | 1L << ('|' - 64);

    /**
     * Whether normalisation left those chars as they were, in order: when it did and the key cannot have changed
     * either (letter variants, digits, spacing and ZWNJ only), the rules decide as they did.
     */
    private static boolean sameMarks(String raw, String norm) {
        int j = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isMark(c)) {
                continue;
            }
            while (j < norm.length() && !isMark(norm.charAt(j))) {
                j++;
            }
            if (j == norm.length() || norm.charAt(j) != c) {
                return false;
            }
            j++;
        }
        while (j < norm.length()) {
            if (isMark(norm.charAt(j++))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text has what mojibake repair or the look-alike fix could turn into other letters: a Latin-1
     * letter (UTF-8 read as Windows-1252), a Greek or Cyrillic letter, or ط or ظ before a char outside the Arabic
     * block (UTF-8 Persian read as Windows-1256).
     */
    private static boolean mayChangeKey(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= 0x00C0 && c <= 0x00FF) || (c >= 0x0370 && c <= 0x04FF)) {
                return true;
            }
            if ((c == 0x0637 || c == 0x0638) && i + 1 < raw.length()
                    && (raw.charAt(i + 1) < 0x0600 || raw.charAt(i + 1) > 0x06FF) && raw.charAt(i + 1) > ' ') {
                return true;
            }
        }
        return false;
    }

    /** The block with the text that normalisation would leave (see {@link TextFold#hygienic}), offsets unchanged. */
    private static Block hygienic(Block b) {
        String h = TextFold.hygienic(b.text());
        return h.equals(b.text()) ? b : new Block(h, b.start(), b.end(), b.lines(), b.blankBefore(), b.listMarker());
    }

    /**
     * The blocks as normalisation will leave their text (no controls, bidi marks or lone surrogates): decisions are
     * taken on them, so that cleaning the cleaned text decides the same way; offsets stay those of the input.
     */
    private static List<Block> hygienic(List<Block> raw) {
        List<Block> blocks = new ArrayList<>(raw.size());
        for (Block b : raw) {
            blocks.add(hygienic(b));
        }
        return blocks;
    }

    /** The decisions on the (hygienic) blocks, with their features when {@code explain}. */
    private List<Decision> decide(List<Block> blocks, boolean explain) {
        int n = blocks.size();
        List<Decision> preset = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            preset.add(extractMetadata ? metadataLine(blocks.get(i).keptText(), i, n).orElse(null) : null);
        }
        if (!removeBoilerplate) {
            List<Decision> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(preset.get(i) != null ? preset.get(i) : new Decision(true, "content", "preset.keep-all", Map.of()));
            }
            return out;
        }
        return boilerplate.classify(blocks, preset, template, explain);
    }

    /** The first paragraph when it is a heading that opens the page (no paragraph before it). */
    private static String title(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            if (p.kind() == Kind.HEADING) {
                return p.text();
            }
            if (p.kind() != Kind.CAPTION) {
                return null;
            }
        }
        return null;
    }

    private static double round(double c) {
        return Math.round(c * 100.0) / 100.0;
    }

    /** Builds {@link Cleaner}s. Not thread-safe; the cleaners it builds are. */
    public static final class Builder {
        private Preset preset = Preset.NEWS;
        private boolean rejoinWrapped = true;
        private boolean removeBoilerplate = true;
        private boolean extractMetadata = true;
        private boolean builtinRules = true;
        private final List<RuleCatalog> extraRules = new ArrayList<>();
        private LanguageDetector detector = LanguageDetectors.standard();
        private boolean normalize = true;
        private Normalizer normalizer = Normalizer.standard();
        private SiteTemplate template;

        private Builder() {
        }

        /**
         * The template of the site the pages come from (learnt with
         * {@link dev.tamiz.boilerplate.TemplateLearner}): its blocks are removed as {@code site-template}.
         * None by default; {@code null} for none.
         */
        public Builder siteTemplate(SiteTemplate t) {
            this.template = t;
            return this;
        }

        /** Resets every option to the preset's values (extra rules are kept). */
        public Builder preset(Preset p) {
            this.preset = Objects.requireNonNull(p, "preset");
            boolean all = p == Preset.KEEP_ALL;
            this.removeBoilerplate = !all;
            this.extractMetadata = !all;
            this.rejoinWrapped = true;
            this.normalize = true;
            return this;
        }

        /** Whether hard-wrapped lines are re-joined into paragraphs; on by default. */
        public Builder rejoinWrappedLines(boolean on) {
            this.rejoinWrapped = on;
            return this;
        }

        /** Whether boilerplate is removed; on by default. */
        public Builder removeBoilerplate(boolean on) {
            this.removeBoilerplate = on;
            return this;
        }

        /** Whether metadata lines are recognised, removed and read into the document's fields; on by default. */
        public Builder extractMetadata(boolean on) {
            this.extractMetadata = on;
            return this;
        }

        /** Whether the built-in rule catalogue is used; on by default. */
        public Builder builtinRules(boolean on) {
            this.builtinRules = on;
            return this;
        }

        /** Adds rules (after the built-in ones). */
        public Builder addRules(RuleCatalog rules) {
            this.extraRules.add(Objects.requireNonNull(rules, "rules"));
            return this;
        }

        /**
         * Adds the rules of a rule file (format: {@link RuleCatalog}).
         *
         * @throws dev.tamiz.boilerplate.RuleFormatException for a bad line, as {@code file:line: problem}
         */
        public Builder addRules(Path ruleFile) throws IOException {
            return addRules(RuleCatalog.load(ruleFile));
        }

        /** The language detector; {@link LanguageDetectors#standard()} by default. */
        public Builder languageDetector(LanguageDetector d) {
            this.detector = Objects.requireNonNull(d, "detector");
            return this;
        }

        /** The normaliser; {@link Normalizer#standard()} by default. */
        public Builder normalizer(Normalizer n) {
            this.normalizer = Objects.requireNonNull(n, "normalizer");
            return this;
        }

        /** Whether kept text is normalised; on by default. Off keeps each block's text exactly as in the input. */
        public Builder normalize(boolean on) {
            this.normalize = on;
            return this;
        }

        /** The cleaner. */
        public Cleaner build() {
            return new Cleaner(this);
        }
    }
}
