package dev.tamiz.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Tamiz's detector: the dominant script first (ICU's script property, through a table per BMP code point), then
 * the language within the script by naive Bayes over character 1-4-grams and whole words of the folded text
 * ({@link NgramModel}), then Dari against Iranian Persian by vocabulary ({@link DariLexicon}).
 *
 * <p>Scripts that one language of ours owns answer at once (Hebrew → he, Devanagari → hi), as do other scripts
 * with one main language (Greek, Armenian, Georgian, Hangul, Kana, Han, Thai). Runs of words of another script
 * (a Latin-script English name inside a Persian paragraph) are detected on their own and reported as spans when
 * their language differs from the paragraph's.
 *
 * <p>Thread-safe and allocation-light: one walk splits a text into words (into a per-thread list, reused), and a
 * word's model rows are computed at most once per call, however many classifications cover it (the paragraph, its
 * quotations and sentences, its runs of another script); no regular expressions, no string splitting. Never throws:
 * any failure ends in {@code und}.
 */
final class NgramLanguageDetector implements LanguageDetector {

    /** Calibration: model log-likelihood differences are divided by this before the softmax (NB over
     *  overlapping n-grams is overconfident). */
    static final double TEMPERATURE = 9.0;
    /** Fewer letters than this in the dominant script is too thin to decide. */
    static final int MIN_LETTERS = 2;
    /** Weight of the evidence of capitalised words in cased scripts: names say little about the language around
     *  them ("Hizb-e Islami Afghanistan" is an English list item). */
    static final double NAME_WEIGHT = 0.2;
    /** Penalty (model units) per occurrence of a letter that a language does not use (at most 3 counted per word). */
    static final int FOREIGN_LETTER_PENALTY = 100;
    /**
     * Letters that only some languages of a script use: {letters, tags...}. Text with such a letter is costly for
     * every other language of the script's model.
     */
    static final String[][] DISTINCTIVE = {
        // Arabic script
        {"ټډړږښګڼۍځڅ", "ps"}, {"ې", "ps", "ug"}, {"ٹڈڑںے", "ur"}, {"ہ", "ur"}, {"ھ", "ur", "ug", "sd"},
        {"ڄڃڇڊڍڌڏڙڪڻٻٽٿڀڳڱٺڦ", "sd"}, {"ۇۈۋ", "ug"}, {"ۆە", "ug", "ckb"}, {"ێڵڕ", "ckb"},
        // Latin script
        {"ə", "az"}, {"ı", "tr", "az"}, {"ğ", "tr", "az"}, {"ňý", "tk"}, {"ß", "de"}, {"ñ", "es"},
        {"ş", "tr", "az", "tk", "kmr"},
        // Cyrillic script
        {"їєґ", "uk"}, {"ұ", "kk"}, {"ә", "kk", "az", "tk"}, {"ҷӯӣ", "tg"}, {"ў", "uz"}, {"ҳ", "tg", "uz"},
        {"ү", "kk", "ky", "tk"}, {"ң", "kk", "ky", "tk"}, {"ө", "kk", "ky"}, {"і", "uk", "kk"},
        {"ы", "ru", "kk", "ky"}, {"ҹј", "az"}, {"қ", "kk", "tg", "uz"}, {"ғ", "kk", "tg", "uz", "az"},
    };
    /** Lead (model units) after which the rest of a long text is not scored: e^-(SETTLE_MARGIN/SCALE/T) is
     *  negligible. */
    static final long SETTLE_MARGIN = 600;
    /**
     * Absence evidence: a word with none of a language's distinctive letters costs that language
     * {@code -ln P(no such letter in a word)}, in model units, estimated on the training word lists (Pashto: 32% of
     * words have one, Urdu 43%, Sindhi 40%, Uyghur 55%). Naive Bayes over n-grams sees only what is there; this
     * keeps Persian lines from drifting to Pashto or Sindhi for want of a distinctive letter.
     */
    static final String[][] ABSENCE = {{"ps", "5"}, {"ur", "9"}, {"sd", "7"}, {"ug", "10"}, {"ckb", "12"}};
    /**
     * Yeh style: Pashto writes Arabic yeh (ي) inside words and for final /i/ and Farsi yeh (ی) for final /ay/, so a
     * Pashto line often has both (27% of the Pashto interface strings of five words or more); Persian, Urdu and
     * Sorani writers use one yeh throughout (Farsi yeh, or Arabic yeh with an Arabic keyboard), and Sindhi, Uyghur and
     * Arabic only Arabic yeh: 2 of 4,126 Persian interface strings and 5 of 7,115 Persian news lines mix them. A
     * text with both costs every language but Pashto 5.5 nats (model units), a little under ln(0.27 / 0.0007) ≈ 6
     * as the Persian rate rests on few lines.
     */
    static final int MIXED_YEH_COST = 55;
    /** Extra English prior (model units) for Latin-script lines made only of title-case words and connectors. */
    static final int TITLE_ENGLISH_BONUS = 30;
    /** Marker for {@link #classify}: the text is a run of another script inside a paragraph. */
    private static final List<int[]> RUN = java.util.Collections.unmodifiableList(new ArrayList<>(0));
    /** Marker for {@link #classify}: the text is a quotation or sentence inside a paragraph (a Persian answer keeps
     *  its confidence as Persian-or-Dari: which of the two does not matter for a span). */
    private static final List<int[]> SEGMENT = java.util.Collections.unmodifiableList(new ArrayList<>(0));
    /**
     * A quotation or sentence found to be of its paragraph's family, whose confidence was not computed: not confident
     * (like {@code und}), so that it is neither a span nor evidence for another dominant language, which a result of
     * the paragraph's family, confident or not, is not either. Should another language become the paragraph's, such
     * segments are classified in full, as they might then be reported.
     */
    private static final LanguageResult SAME_FAMILY = new LanguageResult("und", 0.0, "Zyyy");
    /** Latin-script runs inside a paragraph of another script are mostly English (names, quotes, terms): extra
     *  prior, in model units. */
    static final int RUN_ENGLISH_BONUS = 30;
    /** At most this many spans are reported (pathological alternating-script input stays linear and small). */
    static final int MAX_SPANS = 256;
    /** At most this many quotations and sentences of a text are classified on their own (a megabyte-long
     *  paragraph stays well under a second). */
    static final int MAX_SEGMENTS = 1024;
    /** A same-script quotation or sentence is reported as a span only at this confidence or more. */
    static final double SPAN_CONFIDENCE = 0.9;
    /** A foreign-script run needs this many letters to be reported as a span. */
    static final int MIN_SPAN_LETTERS = 2;

    private final Models models;
    /** Allowed tags, or null for all. */
    private final Set<String> allowed;

    /** Per script class: how many languages of its model this detector may answer. */
    private final int[] candidates = new int[Features.CLASSES];
    /** Skip the scores that cannot change the answer (see {@link #candidates}); off only to test that. */
    private final boolean shortcuts;

    NgramLanguageDetector(Models models, Set<String> allowed) {
        this(models, allowed, true);
    }

    private NgramLanguageDetector(Models models, Set<String> allowed, boolean shortcuts) {
        this.models = models;
        this.allowed = allowed == null ? null : Set.copyOf(allowed);
        this.shortcuts = shortcuts;
        for (NgramModel m : models.byScript) {
            if (m != null) {
                candidates[m.script] = countCandidates(m);
            }
        }
    }

    /** The same detector scoring every text in full and classifying every quotation and sentence in full, for tests
     *  of the shortcuts. */
    NgramLanguageDetector withoutShortcuts() {
        return new NgramLanguageDetector(models, allowed, false);
    }

    /** A detector that only ever answers one of {@code tags} (or {@code und}): the most likely allowed one. */
    @Override
    public NgramLanguageDetector restrictedTo(java.util.Collection<String> tags) {
        java.util.Set<String> set = new java.util.LinkedHashSet<>();
        for (String t : tags) {
            if (t != null && !t.isBlank()) {
                set.add(t.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
        }
        return new NgramLanguageDetector(models, set);
    }

    Set<String> allowed() {
        return allowed;
    }

    private boolean isAllowed(String tag) {
        return allowed == null || allowed.contains(tag);
    }

    @Override
    public LanguageResult detect(CharSequence text) {
        try {
            return detectUnsafe(text);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError) {
                throw (VirtualMachineError) e;
            }
            return LanguageResult.UNDETERMINED;
        }
    }

    private LanguageResult detectUnsafe(CharSequence text) {
        if (text == null) {
            return LanguageResult.UNDETERMINED;
        }
        int len = text.length();
        if (len == 0) {
            return LanguageResult.UNDETERMINED;
        }
        WordList wl = WordList.acquire(models.stride);
        try {
            return detectWords(text, wl.split(text, 0, len));
        } finally {
            wl.release();
        }
    }

    private LanguageResult detectWords(CharSequence text, WordList wl) {
        // the walk counted letters per script class and the sentence ends and quotation marks
        int[] letters = wl.letters;
        byte dominant = Features.NONE;
        int best = 0;
        int total = 0;
        for (byte s = Features.LATN; s < Features.CLASSES; s++) {
            total += letters[s];
            if (letters[s] > best) {
                best = letters[s];
                dominant = s;
            }
        }
        if (dominant == Features.NONE || best < MIN_LETTERS) {
            return LanguageResult.UNDETERMINED;
        }
        int len = text.length();
        boolean mixed = best < total;
        if (!mixed) {
            LanguageResult main = classify(wl, 0, wl.n, 0, len, dominant, letters, null, wl.ended);
            return !wl.marked ? main : withSameScriptSpans(wl, main, dominant, letters, new ArrayList<>());
        }
        // the dominant script's words decide; other runs become spans
        List<int[]> runs = new ArrayList<>();
        LanguageResult main = classify(wl, 0, wl.n, 0, len, dominant, letters, runs, wl.ended);
        if (main.isUndetermined()) {
            return main;
        }
        List<LanguageSpan> spans = new ArrayList<>();
        if (wl.marked) {
            main = withSameScriptSpans(wl, main, dominant, letters, spans);
            spans = new ArrayList<>(main.spans());
        }
        if (runs.isEmpty()) {
            return main;
        }
        for (int[] run : runs) {
            if (spans.size() >= MAX_SPANS) {
                break;
            }
            if (run[3] < MIN_SPAN_LETTERS) {
                continue;
            }
            int[] runLetters = new int[Features.CLASSES];
            runLetters[run[0]] = run[3];
            LanguageResult r = classify(wl, run[4], run[5], run[1], run[2], (byte) run[0], runLetters, RUN, false);
            if (!r.isUndetermined() && !r.tag().equals(main.tag())) {
                spans.add(new LanguageSpan(r.tag(), run[1], run[2]));
            }
        }
        if (spans.size() > 1) {
            spans.sort(java.util.Comparator.comparingInt(LanguageSpan::start));
        }
        return spans.isEmpty() ? main : new LanguageResult(main.tag(), main.confidence(), main.script(), spans);
    }

    /**
     * Same-script spans: quotations and sentences of at least {@link Segments#MIN_WORDS} words of the paragraph's
     * script are classified on their own (quotations first; a sentence that holds a quotation in another language is
     * skipped) and reported when they are confidently in another language (an English quotation in a German
     * paragraph, an Arabic verse in a Persian one). When two or more confidently classified sentences of one
     * other language hold more than half of the paragraph's words, that language is the paragraph's: the tag names the dominant
     * language by length, not the language with the most evidence (one Urdu sentence full of its distinctive
     * letters does not make three Persian ones Urdu). Only texts with sentence ends or quotation marks inside get
     * here; a text of one sentence without quotations costs nothing more. Adds to {@code spans} and returns the
     * result with them.
     */
    private LanguageResult withSameScriptSpans(WordList wl, LanguageResult main, byte script, int[] letters,
                                               List<LanguageSpan> spans) {
        NgramModel model = models.forScript(script);
        if (main.isUndetermined() || model == null || candidates(model) <= 1) {
            // with one allowed language in the script every quotation and sentence would get it (or Dari, of the
            // same family): no span and no other dominant language can come out
            return main;
        }
        int[] segs = wl.segments(script);
        if (segs == null) {
            return main;
        }
        String family = family(main.tag());
        int n = Math.min(segs.length / Segments.FIELDS, MAX_SEGMENTS);
        LanguageResult[] results = new LanguageResult[n];
        for (int k = 0; k < n; k++) {
            int i = k * Segments.FIELDS;
            if (segs[i + 2] == 0 && holdsOtherQuote(segs, results, k, family)) {
                continue;
            }
            // (with shortcuts, a segment of the paragraph's family is only known to be of it: SAME_FAMILY)
            results[k] = classifySegment(wl, segs[i], segs[i + 1], script, letters, shortcuts ? family : null);
        }
        // the dominant language by length: confident sentences of one other language with most of the words
        String tag = main.tag();
        double conf = main.confidence();
        int total = wl.count(0, wl.text.length());
        for (int k = 0; k < n; k++) {
            LanguageResult r = results[k];
            if (r == null || segs[k * Segments.FIELDS + 2] != 0 || !confident(r) || family(r.tag()).equals(family)) {
                continue;
            }
            String other = family(r.tag());
            long words = 0;
            int sentences = 0;
            double weighted = 0;
            for (int j = 0; j < n; j++) {
                LanguageResult q = results[j];
                if (q != null && segs[j * Segments.FIELDS + 2] == 0 && confident(q) && family(q.tag()).equals(other)) {
                    int w = segs[j * Segments.FIELDS + 3];
                    words += w;
                    sentences++;
                    weighted += w * q.confidence();
                }
            }
            if (sentences >= 2 && 2 * words > total) {
                tag = r.tag();
                conf = weighted / words;
                family = other;
                // segments of the paragraph's former family are reported now: classify them in full
                for (int j = 0; j < n; j++) {
                    if (results[j] == SAME_FAMILY) {
                        int i = j * Segments.FIELDS;
                        results[j] = classifySegment(wl, segs[i], segs[i + 1], script, letters, null);
                    }
                }
            }
            break;
        }
        int reported = spans.size();
        for (int k = 0; k < n && spans.size() < MAX_SPANS; k++) {
            int i = k * Segments.FIELDS;
            LanguageResult r = results[k];
            if (r == null || !confident(r) || family(r.tag()).equals(family)
                    || (segs[i + 2] == 0 && overlaps(spans, reported, segs[i], segs[i + 1]))) {
                continue;
            }
            spans.add(new LanguageSpan(r.tag(), segs[i], segs[i + 1]));
        }
        if (spans.isEmpty() && tag.equals(main.tag())) {
            return main;
        }
        spans.sort(java.util.Comparator.comparingInt(LanguageSpan::start));
        return new LanguageResult(tag, conf, main.script(), spans);
    }

    /**
     * Classifies a quotation or sentence {@code text[from, to)} from the paragraph's word list. Segments start at a
     * letter or digit after a mark and end at a mark or after one, so they cut no word of a script with a model
     * (those words are made of letters): they are ranges of the list. Were one to cut such a word, it would be split
     * on its own, as before the list, so the answer never depends on this.
     */
    private LanguageResult classifySegment(WordList wl, int from, int to, byte script, int[] letters,
                                           String family) {
        int a = wl.lower(from);
        int b = wl.lower(to);
        if (wl.aligned(a, b, from, to, script)) {
            return classify(wl, a, b, from, to, script, letters, SEGMENT, false, family);
        }
        WordList own = new WordList();
        own.setStride(models.stride);
        own.split(wl.text, from, to);
        return classify(own, 0, own.n, from, to, script, letters, SEGMENT, false, family);
    }

    private static boolean confident(LanguageResult r) {
        return !r.isUndetermined() && r.confidence() >= SPAN_CONFIDENCE;
    }

    /** True when sentence {@code k} holds a quotation confidently classified as another family than {@code family}. */
    private static boolean holdsOtherQuote(int[] segs, LanguageResult[] results, int k, String family) {
        int start = segs[k * Segments.FIELDS];
        int end = segs[k * Segments.FIELDS + 1];
        for (int j = 0; j < k; j++) {
            int i = j * Segments.FIELDS;
            LanguageResult q = results[j];
            if (segs[i + 2] == 1 && q != null && confident(q) && !family(q.tag()).equals(family)
                    && segs[i] < end && start < segs[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Persian and Dari are one family for spans: a Dari sentence in a Persian paragraph is not reported. */
    private static String family(String tag) {
        return tag.equals("prs") ? "fa" : tag;
    }

    private static boolean overlaps(List<LanguageSpan> spans, int from, int start, int end) {
        for (int i = from; i < spans.size(); i++) {
            LanguageSpan sp = spans.get(i);
            if (sp.start() < end && start < sp.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Classifies the words {@code [i0, i1)} of {@code wl}, which are the text {@code [from, to)}, by the words of
     * script {@code script}. Words of other scripts are gathered into runs {@code {script, start, end, letters, first
     * word, end word}} when {@code runs} is a list to fill; {@link #RUN} and {@link #SEGMENT} mark a foreign-script
     * run and a quotation or sentence. {@code sentences}: the text has several sentences, so the early stop waits
     * until the rest of the text could not undo the lead (see {@link Tally#score}).
     */
    private LanguageResult classify(WordList wl, int i0, int i1, int from, int to, byte script, int[] letters,
                                    List<int[]> runs, boolean sentences) {
        return classify(wl, i0, i1, from, to, script, letters, runs, sentences, null);
    }

    /**
     * As above; when the answer would be of the family {@code sameFamily} (not null: a quotation or sentence of a
     * paragraph of that family), {@link #SAME_FAMILY} instead, without its confidence or the Dari vocabulary.
     */
    private LanguageResult classify(WordList wl, int i0, int i1, int from, int to, byte script, int[] letters,
                                    List<int[]> runs, boolean sentences, String sameFamily) {
        boolean foreignRun = runs == RUN;
        boolean segment = runs == SEGMENT;
        if (foreignRun || segment) {
            runs = null;
        }
        if (runs != null) {
            wl.collectRuns(i0, i1, script, runs);
        }
        String code = Features.SCRIPT_CODES[script];
        String single = singleLanguage(script, letters);
        if (single != null) {
            if (single.equals("und") || !isAllowed(single)) {
                return new LanguageResult("und", 0.0, code);
            }
            return new LanguageResult(single, 0.99, code);
        }
        NgramModel model = models.forScript(script);
        if (model == null) {
            return new LanguageResult("und", 0.0, code);
        }
        Tally t = new Tally(wl, i0, i1, script, model);
        if (candidates(model) > 1) {
            t.score(allowed == null, sentences, from, to);
        } else {
            // one allowed language (or none): decide's softmax over one score is 1 whatever the score, and with none
            // the answer is und, so only the letter count and the Dari vocabulary can matter
            t.countLetters();
        }
        if (t.scriptLetters < MIN_LETTERS) {
            return new LanguageResult("und", 0.0, code);
        }
        return decide(model, t, code, foreignRun, segment, sameFamily);
    }

    /**
     * The languages of {@code model} this detector may answer (Persian counts when only Dari is allowed); reported
     * as more than one when shortcuts are off.
     */
    private int candidates(NgramModel model) {
        return shortcuts ? candidates[model.script] : Integer.MAX_VALUE;
    }

    private int countCandidates(NgramModel model) {
        int n = 0;
        for (String tag : model.langs) {
            if (isAllowed(tag) || (tag.equals("fa") && isAllowed("prs"))) {
                n++;
            }
        }
        return n;
    }

    private LanguageResult decide(NgramModel model, Tally sc, String code, boolean foreignRun, boolean segment,
                                  String sameFamily) {
        int l = model.langCount;
        long[] score = new long[l];
        int bestK = -1;
        for (int k = 0; k < l; k++) {
            String tag = model.langs[k];
            boolean ok = isAllowed(tag) || (tag.equals("fa") && isAllowed("prs"));
            if (!ok) {
                score[k] = Long.MAX_VALUE;
                continue;
            }
            double firstWeight = sc.allTitles && sc.words > 1 ? NAME_WEIGHT : 1.0;
            // Math.round(x * w) is x when w is 1 and 0 when x is 0: skipped then
            long name = sc.accName[k] == 0 ? 0 : Math.round(sc.accName[k] * NAME_WEIGHT);
            long first = firstWeight == 1.0 ? sc.accFirst[k] : Math.round(sc.accFirst[k] * firstWeight);
            score[k] = sc.acc[k] + name + first + (long) model.prior[k];
            if (sc.arabicYeh && sc.farsiYeh && !tag.equals("ps")) {
                score[k] += MIXED_YEH_COST;
            }
            if (tag.equals("en")) {
                if (foreignRun) {
                    score[k] -= RUN_ENGLISH_BONUS;
                }
                if (sc.allTitles && sc.titles > 0 && model.script == Features.LATN) {
                    // a line of names ("Gulbuddin Hekmatyar", "Mazar-i-Sharif") on the web is mostly English
                    score[k] -= sc.words > 1 ? TITLE_ENGLISH_BONUS : TITLE_ENGLISH_BONUS / 3;
                }
            }
            if (bestK < 0 || score[k] < score[bestK]) {
                bestK = k;
            }
        }
        if (bestK < 0) {
            return new LanguageResult("und", 0.0, code);
        }
        if (sameFamily != null && family(model.langs[bestK]).equals(sameFamily)) {
            // Persian stays Persian or becomes Dari, of the same family
            return SAME_FAMILY;
        }
        double sum = 0;
        double div = NgramModel.SCALE * TEMPERATURE;
        for (int k = 0; k < l; k++) {
            if (score[k] != Long.MAX_VALUE) {
                sum += Math.exp(-(score[k] - score[bestK]) / div);
            }
        }
        double conf = 1.0 / sum;
        String tag = model.langs[bestK];
        if (tag.equals("fa")) {
            boolean faOk = isAllowed("fa");
            boolean prsOk = isAllowed("prs");
            double d = sc.dari(models.dari);
            if (prsOk && (!faOk || d >= DariLexicon.THRESHOLD)) {
                tag = "prs";
                if (faOk && !segment) {
                    conf *= Math.min(0.95, 0.6 + 0.1 * (d - DariLexicon.THRESHOLD));
                }
            } else if (prsOk && !segment) {
                // Iranian Persian unless Afghan vocabulary says otherwise; weak when there is no evidence either way
                conf *= d <= -DariLexicon.THRESHOLD ? 0.97 : (d <= 0 ? 0.85 : 0.7);
            }
        }
        conf = Math.max(0.0, Math.min(1.0, conf));
        return new LanguageResult(tag, conf, code);
    }

    /** Per folded letter below U+0700: bit k set when language k of the model uses that distinctive letter. */
    static int[] letterMasks(NgramModel model) {
        int[] masks = new int[0x0700];
        for (String[] spec : DISTINCTIVE) {
            int bits = 0;
            for (int k = 0; k < model.langCount; k++) {
                for (int j = 1; j < spec.length; j++) {
                    if (spec[j].equals(model.langs[k])) {
                        bits |= 1 << k;
                    }
                }
            }
            for (int i = 0; i < spec[0].length(); i++) {
                char c = spec[0].charAt(i);
                if (c < masks.length && Features.SCRIPT[c] == model.script) {
                    masks[c] |= bits;
                }
            }
        }
        return masks;
    }

    /** Per language of the model: the cost of a word without its distinctive letters (0 for most). */
    static int[] absenceCosts(NgramModel model) {
        int[] cost = new int[model.langCount];
        for (String[] a : ABSENCE) {
            int k = model.index(a[0]);
            if (k >= 0) {
                cost[k] = Integer.parseInt(a[1]);
            }
        }
        return cost;
    }

    /** The distinctive-letter penalty rows of a model. */
    static int[][] penalties(NgramModel model) {
        int[][] rows = new int[0x0700][];
        for (String[] spec : DISTINCTIVE) {
            int[] row = new int[model.langCount];
            boolean any = false;
            for (int k = 0; k < model.langCount; k++) {
                boolean uses = false;
                for (int j = 1; j < spec.length; j++) {
                    uses |= spec[j].equals(model.langs[k]);
                }
                any |= uses;
                row[k] = uses ? 0 : FOREIGN_LETTER_PENALTY;
            }
            if (!any) {
                continue;
            }
            for (int i = 0; i < spec[0].length(); i++) {
                char c = spec[0].charAt(i);
                if (c < rows.length && Features.SCRIPT[c] == model.script) {
                    rows[c] = row;
                }
            }
        }
        return rows;
    }

    private static String singleLanguage(byte script, int[] letters) {
        switch (script) {
            case Features.HEBR: return "he";
            case Features.DEVA: return "hi";
            case Features.GREK: return "el";
            case Features.ARMN: return "hy";
            case Features.GEOR: return "ka";
            case Features.HANG: return "ko";
            case Features.KANA: return "ja";
            case Features.HANI: return letters[Features.KANA] > 0 ? "ja" : "zh";
            case Features.THAI: return "th";
            case Features.OTHER: return "und";
            default: return null;
        }
    }

    /**
     * One classification's sums over the words of one script: the model rows of the first word, of title-case words
     * and of the others (with every word's distinctive-letter costs), as a left-to-right scorer that may stop early
     * adds them up.
     */
    private static final class Tally {
        final WordList wl;
        final int i0;
        final int i1;
        final byte script;
        final NgramModel model;
        final int[] acc;
        final int[] accName;
        final int[] accFirst;
        int scriptLetters;
        int words;
        int titles;
        /** Every word scored is title-case or a short connector ("of", "e", "de"): a name or a title. */
        boolean allTitles = true;
        /** The scored words use Arabic yeh (U+064A) / Farsi yeh (U+06CC): see MIXED_YEH_COST (Arabic script). */
        boolean arabicYeh;
        boolean farsiYeh;

        Tally(WordList wl, int i0, int i1, byte script, NgramModel model) {
            this.wl = wl;
            this.i0 = i0;
            this.i1 = i1;
            this.script = script;
            this.model = model;
            int l = model.langCount;
            this.acc = new int[l];
            this.accName = new int[l];
            this.accFirst = new int[l];
        }

        void countLetters() {
            for (int i = i0; i < i1; i++) {
                if (wl.script[i] == script) {
                    scriptLetters += wl.m[i];
                }
            }
        }

        /**
         * Adds up the words in text order. With {@code earlyExit}, or past 65,536 words, it stops adding once one
         * language leads all others by {@link #SETTLE_MARGIN} (checked every fourth word): when {@code sentences},
         * only once the rest of the text, were it as strong the other way as the scored part, could not undo the
         * lead (a paragraph of one English and three German sentences stays German). The rows of the words come
         * from the word list, computed once per call however many classifications cover a word.
         */
        void score(boolean earlyExit, boolean sentences, int from, int to) {
            WordList w = wl;
            int l = model.langCount;
            int firstStart = 0;
            int lastEnd = 0;
            boolean first = true;
            boolean settled = false;
            int scored = 0;
            for (int i = i0; i < i1; i++) {
                if (w.script[i] != script) {
                    continue;
                }
                scriptLetters += w.m[i];
                if (settled) {
                    continue;
                }
                boolean title = w.isTitle(i);
                if (title) {
                    titles++;
                }
                if (!title && w.m[i] > 3) {
                    allTitles = false;
                }
                int[] target = first ? accFirst : title ? accName : acc;
                if (first) {
                    firstStart = w.start[i];
                }
                first = false;
                lastEnd = w.end[i];
                words++;
                int base = w.costs(i, model);
                int[] feat = w.feat;
                int[] pen = w.pen;
                for (int k = 0; k < l; k++) {
                    target[k] += feat[base + k];
                    acc[k] += pen[base + k];
                }
                if ((++scored & 3) == 0 && (earlyExit || scored > 1 << 16)) {
                    settled = settled(sentences, from, to, w.end[i]);
                }
            }
            if (script == Features.ARAB && words > 0) {
                // a yeh is a letter of this script, so one between the first and the last word scored is in a
                // word scored (the words scored are all the script's words from the first to the last)
                arabicYeh = w.holds('\u064A', firstStart, lastEnd);
                farsiYeh = w.holds('\u06CC', firstStart, lastEnd);
            }
        }

        private boolean settled(boolean sentences, int from, int to, int pos) {
            long min = Long.MAX_VALUE;
            long second = Long.MAX_VALUE;
            for (int k = 0; k < acc.length; k++) {
                long v = acc[k] + accFirst[k];
                if (v < min) {
                    second = min;
                    min = v;
                } else if (v < second) {
                    second = v;
                }
            }
            long lead = second - min;
            if (sentences) {
                long done = pos - from;
                long rest = to - pos;
                return (lead > SETTLE_MARGIN && lead * (done - rest) > SETTLE_MARGIN * done) || min > (1L << 29);
            }
            return lead > SETTLE_MARGIN || min > (1L << 29);
        }

        /** The Dari vocabulary's summed weight over all the words of the script (Arabic script only). */
        double dari(DariLexicon lexicon) {
            if (script != Features.ARAB || lexicon == null) {
                return 0;
            }
            double d = 0;
            for (int i = i0; i < i1; i++) {
                if (wl.script[i] == script) {
                    d += wl.dari(i, lexicon);
                }
            }
            return d;
        }
    }

    /**
     * The words of one text from one walk of {@link Features#words}: script class, offsets and folded letters of
     * each, and for the whole text the letters per script class and the sentence ends and quotation marks (outside
     * words). A word's model costs (its feature rows and its distinctive-letter costs) are computed the first time a
     * classification needs them and then shared: the paragraph, its quotations and sentences and its foreign-script
     * runs are all ranges of this list, so no word is folded or scored twice in one call. One per thread, reused.
     */
    static final class WordList implements Features.Sink, Segments.WordCount {
        private static final ThreadLocal<WordList> LOCAL = ThreadLocal.withInitial(WordList::new);
        private static final byte TITLE = 1;
        private static final byte HASHED = 2;
        private static final byte COSTED = 4;
        private static final byte DARI = 8;
        /** Lists grown past this many words are shrunk again after the call. */
        private static final int KEEP = 1 << 12;
        /**
         * Rows are kept for the first this many words (1.2 MB with 9 languages); a later word's row is computed
         * into a scratch slot each time a classification needs it, so a megabyte-long paragraph costs no more memory
         * for rows (its sentences past this point are scored as before the list).
         */
        static final int ROW_CACHE = 1 << 14;

        CharSequence text;
        private int len;
        private boolean busy;
        /** Ints per word in {@link #feat} and {@link #pen}: the most languages of a model. */
        private int stride;
        int n;
        byte[] script;
        private byte[] flags;
        int[] start;
        int[] end;
        /** Folded letters kept (at most {@link Features#MAX_WORD}). */
        byte[] m;
        /** Apostrophes inside a Latin word ({@link Segments#countWords} counts them as word breaks); used only once
         *  {@link #joined}. */
        private int[] joins;
        private boolean joined;
        /** The word's hash (Features.wordHash), once {@link #HASHED} is set. */
        private int[] hash;
        /**
         * The words' folded letters as the walk found them, each padded with a space on both sides; neighbours share
         * the space between them. Word {@code i}'s padded letters are {@code folded[at[i] .. at[i] + m[i] + 1]}.
         */
        private char[] folded = new char[256];
        /** The text being split, from {@code from} on. */
        private char[] chars = new char[256];
        private int[] at;
        private int foldedEnd;
        /** Per script class: the rows of words seen in earlier calls on this thread (see {@link RowCache}). */
        private final RowCache[] rowCaches = new RowCache[Features.CLASSES];
        /** Rows found in {@link #rowCaches} since the last split (for tests). */
        private int rowHits;
        int[] feat;
        int[] pen;
        final int[] letters = new int[Features.CLASSES];
        /** A sentence end or quotation mark before the last char. */
        boolean marked;
        /** A sentence end before the last char. */
        boolean ended;
        /** The offsets of the sentence ends and quotation marks of the text ({@link Segments#isMark}), in order. */
        private int[] markAt = new int[16];
        private int markCount;
        private int from;
        private int to;
        /** Per yeh (Arabic U+064A, Farsi U+06CC): its first offset at or after {@code yehFrom} ({@code to} if
         *  none), the last answer of {@link #holds}. */
        private final int[] yehFrom = new int[2];
        private final int[] yehAt = new int[2];
        /** Per word: its weight in the Dari vocabulary (a float there), once {@link #DARI} is set. */
        private float[] dari;
        /** Prefix sums of the words of {@link #counted} as {@link Segments#countWords} counts them. */
        private int[] cum;
        private byte counted;
        /** The last answer of {@link #lower}. */
        private int lastLower;
        // the word whose feature rows are being added up: see feature
        private static final long LANES = 0x00FF00FF00FF00FFL;
        private long[] table;
        private int mask;
        private int rowLongs;
        /** For models of more than 16 languages. */
        private long[] evens;
        private long[] odds;

        WordList() {
            allocate(64);
        }

        private void allocate(int cap) {
            script = new byte[cap];
            flags = new byte[cap];
            start = new int[cap];
            end = new int[cap];
            m = new byte[cap];
            joins = null;
            hash = new int[cap];
            dari = new float[cap];
            at = new int[cap];
            feat = null;
            pen = null;
            cum = null;
        }

        /** Ints per word for the rows: at least the most languages of a model used. */
        void setStride(int stride) {
            this.stride = stride;
        }

        static WordList acquire(int stride) {
            WordList wl = LOCAL.get();
            if (wl.busy) {
                wl = new WordList(); // a call from inside a call (a CharSequence that detects in charAt)
            }
            wl.busy = true;
            wl.stride = stride;
            return wl;
        }

        void release() {
            text = null;
            busy = false;
            if (start.length > KEEP) {
                allocate(64);
            }
            if (folded.length > 8 * KEEP) {
                folded = new char[256];
            }
            if (chars.length > 8 * KEEP) {
                chars = new char[256];
            }
        }

        /** Splits {@code text[from, to)} into words and counts its letters and marks. */
        WordList split(CharSequence text, int from, int to) {
            this.text = text;
            this.len = text.length();
            n = 0;
            lastLower = 0;
            joined = false;
            if ((to - from) / 5 > start.length) {
                allocate((to - from) / 5 + 16); // most texts have fewer words: no copies while growing
            }
            java.util.Arrays.fill(letters, 0);
            marked = false;
            ended = false;
            markCount = 0;
            this.from = from;
            this.to = to;
            yehFrom[0] = yehFrom[1] = from;
            yehAt[0] = yehAt[1] = -1;
            counted = -1;
            foldedEnd = 0;
            rowHits = 0;
            walk(from, to);
            return this;
        }

        /**
         * The walk of {@link Features#words} over {@code text[from, to)}, the same words with the same letters, fused
         * with what the list keeps of them: the folded letters go straight to {@link #folded}, each word's hash is
         * summed as its letters come, and the marks ({@link Segments#isMark}, never inside a word) are kept as the
         * breaks between words go by. The text is read once, into {@link #chars} (a String by a bulk copy).
         */
        private void walk(int from, int to) {
            int span = to - from;
            if (chars.length < span) {
                chars = new char[Math.max(span, 2 * chars.length)];
            }
            char[] a = chars;
            if (text instanceof String) {
                ((String) text).getChars(from, to, a, 0);
            } else {
                for (int i = 0; i < span; i++) {
                    a[i] = text.charAt(from + i);
                }
            }
            byte[] table = Features.SCRIPT;
            char[] fold = Features.FOLD;
            byte cur = Features.NONE;
            int start = -1;
            int k = 0;
            int end = from;
            int h = 0;
            int o = 0; // where the current word's padded letters start in folded
            for (int i = 0; i < span; ) {
                char c = a[i];
                int cp = c;
                int next = i + 1;
                if (Character.isHighSurrogate(c) && next < span && Character.isLowSurrogate(a[next])) {
                    cp = Character.toCodePoint(c, a[next]);
                    next++;
                }
                byte sc = cp < 0x10000 ? table[cp] : Features.script(cp);
                if (sc == Features.NONE) {
                    if (cur == Features.LATN && Features.isApostrophe(cp) && next < span
                            && table[a[next]] == Features.LATN) {
                        // an apostrophe between two Latin letters is a letter of the word
                        if (k < Features.MAX_WORD) {
                            folded[o + ++k] = (char) 0x02BB;
                            h = (h ^ 0x02BB) * 0x01000193;
                        }
                        end = from + next;
                        i = next;
                        continue;
                    }
                    if (cur != Features.NONE) {
                        folded[o + k + 1] = ' ';
                        add(cur, start, end, k, o, Features.mix(h ^ 0x5bd1e995));
                        cur = Features.NONE;
                    }
                    if (cp < 0x10000 && Segments.isMark(c)) {
                        mark(from + i, c);
                    }
                    i = next;
                    continue;
                }
                if (sc == Features.SKIP) {
                    if (cur != Features.NONE) {
                        end = from + next;
                    }
                    i = next;
                    continue;
                }
                if (sc != cur) {
                    if (cur != Features.NONE) {
                        folded[o + k + 1] = ' ';
                        add(cur, start, end, k, o, Features.mix(h ^ 0x5bd1e995));
                    }
                    cur = sc;
                    start = from + i;
                    k = 0;
                    h = 0x2545F491;
                    o = foldedEnd;
                    if (o + Features.MAX_WORD + 2 > folded.length) {
                        folded = java.util.Arrays.copyOf(folded, Math.max(folded.length * 2,
                                o + Features.MAX_WORD + 2));
                    }
                    folded[o] = ' ';
                }
                if (k < Features.MAX_WORD) {
                    char f = cp < 0x10000 ? fold[cp] : (char) 0xFFFD;
                    folded[o + ++k] = f;
                    h = (h ^ f) * 0x01000193;
                    // the rest of a run of letters of this script (no surrogate has a script: a BMP letter each)
                    char[] dst = folded;
                    while (next < span && k < Features.MAX_WORD && table[a[next]] == sc) {
                        f = fold[a[next]];
                        dst[o + ++k] = f;
                        h = (h ^ f) * 0x01000193;
                        next++;
                    }
                }
                end = from + next;
                i = next;
            }
            if (cur != Features.NONE) {
                folded[o + k + 1] = ' ';
                add(cur, start, end, k, o, Features.mix(h ^ 0x5bd1e995));
            }
        }

        /** A sentence end or quotation mark {@code c} at {@code i}. */
        private void mark(int i, char c) {
            if (markCount == markAt.length) {
                markAt = java.util.Arrays.copyOf(markAt, markCount * 2);
            }
            markAt[markCount++] = i;
            if (i + 1 < len) {
                marked = true;
                ended |= Segments.isSentenceEnd(c);
            }
        }

        /**
         * One word of the walk: script class {@code sc}, {@code text[s, e)}, its {@code k} folded letters at
         * {@code folded[o + 1 .. o + k]} (padded with spaces) and their hash ({@link Features#wordHash}).
         */
        private void add(byte sc, int s, int e, int k, int o, int wordHash) {
            if (n == start.length) {
                grow();
            }
            // letters as counted char by char, and the apostrophes that join a Latin word (Segments counts them)
            int joins = 0;
            int real = 0;
            if (k < Features.MAX_WORD) {
                if (sc == Features.LATN) {
                    for (int i = o + 1; i <= o + k; i++) {
                        if (folded[i] == '\u02BB') {
                            joins++;
                        }
                    }
                }
                real = k - joins;
            } else {
                // letters past MAX_WORD were not kept: count them in the text
                for (int i = s; i < e; ) {
                    char c = text.charAt(i);
                    int cp = c;
                    int next = i + 1;
                    if (Character.isHighSurrogate(c) && next < e && Character.isLowSurrogate(text.charAt(next))) {
                        cp = Character.toCodePoint(c, text.charAt(next));
                        next++;
                    }
                    byte cls = Features.script(cp);
                    if (cls == sc) {
                        real++;
                    } else if (cls == Features.NONE) {
                        joins++;
                    }
                    i = next;
                }
            }
            letters[sc] += real;
            script[n] = sc;
            // a title-case word of a cased script: most likely a name when it does not start a sentence
            flags[n] = (sc == Features.LATN || sc == Features.CYRL) && Character.isUpperCase(text.charAt(s))
                    && s + 1 < e && Character.isLowerCase(text.charAt(s + 1)) ? TITLE : 0;
            start[n] = s;
            end[n] = e;
            m[n] = (byte) k;
            if (joins > 0) {
                if (!joined) {
                    joined = true;
                    if (this.joins == null || this.joins.length < start.length) {
                        this.joins = new int[start.length];
                    } else {
                        java.util.Arrays.fill(this.joins, 0);
                    }
                }
                this.joins[n] = joins;
            } else if (joined) {
                this.joins[n] = 0;
            }
            // the padded letters; the next word's leading space is this one's trailing space
            at[n] = o;
            foldedEnd = o + k + 1;
            hash[n] = wordHash;
            flags[n] |= HASHED;
            n++;
        }

        private void grow() {
            int cap = start.length * 2;
            script = java.util.Arrays.copyOf(script, cap);
            flags = java.util.Arrays.copyOf(flags, cap);
            start = java.util.Arrays.copyOf(start, cap);
            end = java.util.Arrays.copyOf(end, cap);
            m = java.util.Arrays.copyOf(m, cap);
            if (joins != null) {
                joins = java.util.Arrays.copyOf(joins, cap);
            }
            hash = java.util.Arrays.copyOf(hash, cap);
            dari = java.util.Arrays.copyOf(dari, cap);
            at = java.util.Arrays.copyOf(at, cap);
        }

        /**
         * {@link Segments#find(CharSequence, byte, Segments.WordCount)} of the whole text for {@code script}, from the
         * marks the walk kept instead of another scan of every char (the list must be of the whole text).
         */
        int[] segments(byte script) {
            if (from != 0 || to != len) {
                throw new IllegalStateException("a list of part of a text");
            }
            countScript(script);
            return Segments.find(text, script, this, markAt, markCount);
        }

        /**
         * True when {@code c} (Arabic or Farsi yeh) occurs in {@code text[a, b)}: the first {@code c} at or after
         * {@code a}, by String.indexOf (an intrinsic), remembered, as the next query (the next sentence) mostly
         * starts before it and needs no search.
         */
        boolean holds(char c, int a, int b) {
            int k = c == '\u064A' ? 0 : 1;
            if (yehAt[k] < 0 || a < yehFrom[k] || a > yehAt[k]) {
                int at;
                if (text instanceof String) {
                    at = ((String) text).indexOf(c, a);
                    at = at < 0 || at >= to ? to : at;
                } else {
                    at = a;
                    while (at < to && text.charAt(at) != c) {
                        at++;
                    }
                }
                yehFrom[k] = a;
                yehAt[k] = at;
            }
            return yehAt[k] < b;
        }

        /** Word {@code i}'s weight in the Dari vocabulary. */
        double dari(int i, DariLexicon lexicon) {
            if ((flags[i] & DARI) == 0) {
                dari[i] = (float) lexicon.weight(hash(i));
                flags[i] |= DARI;
            }
            return dari[i];
        }

        /** Word {@code i}'s padded folded letters (for tests). */
        String padded(int i) {
            return new String(folded, at[i], m[i] + 2);
        }

        /** Rows taken from the rows kept in earlier calls, since the last split. */
        int rowCacheHits() {
            return rowHits;
        }

        boolean isTitle(int i) {
            return (flags[i] & TITLE) != 0;
        }

        int hash(int i) {
            if ((flags[i] & HASHED) == 0) {
                hash[i] = Features.wordHash(folded, at[i], m[i]);
                flags[i] |= HASHED;
            }
            return hash[i];
        }

        /** Where word {@code i}'s feature row and distinctive-letter costs under {@code model} start in
         *  {@link #feat} and {@link #pen}; computed on first use. */
        int costs(int i, NgramModel model) {
            boolean keep = i < ROW_CACHE;
            if (keep && (flags[i] & COSTED) != 0) {
                return i * stride;
            }
            int base = keep ? i * stride : ROW_CACHE * stride;
            if (feat == null || feat.length < base + stride) {
                int size = Math.max(base + stride, feat == null ? 64 * stride : Math.min(feat.length * 2,
                        (ROW_CACHE + 1) * stride));
                feat = feat == null ? new int[size] : java.util.Arrays.copyOf(feat, size);
                pen = pen == null ? new int[size] : java.util.Arrays.copyOf(pen, size);
            }
            int l = model.langCount;
            int k = m[i];
            int off = at[i];
            int h = (flags[i] & HASHED) != 0 ? hash[i] : Features.wordHash(folded, off, k);
            hash[i] = h;
            flags[i] |= HASHED;
            RowCache cache = null;
            if (k <= RowCache.KEY) {
                cache = rowCaches[model.script];
                if (cache == null || cache.model != model || cache.penalty != model.penalty) {
                    cache = new RowCache(model);
                    rowCaches[model.script] = cache;
                }
                if (cache.get(h, folded, off, k, feat, pen, base)) {
                    rowHits++;
                    if (keep) {
                        flags[i] |= COSTED;
                    }
                    return base;
                }
            }
            java.util.Arrays.fill(pen, base, base + l, 0);
            if (model.rowLongs <= 2) {
                rowOfAtMost16(model, folded, off, k, h, base);
            } else {
                this.table = model.packed;
                this.mask = model.mask;
                this.rowLongs = model.rowLongs;
                if (evens == null || evens.length < rowLongs) {
                    evens = new long[rowLongs];
                    odds = new long[rowLongs];
                }
                java.util.Arrays.fill(evens, 0L);
                java.util.Arrays.fill(odds, 0L);
                Features.emit(folded, off, k, h, this);
                // language q: lane (q % 8) / 2 of the even or odd sum of long q / 8
                for (int q = 0; q < l; q++) {
                    long v = (q & 1) == 0 ? evens[q / 8] : odds[q / 8];
                    feat[base + q] = (int) (v >>> (16 * ((q % 8) >> 1))) & 0xFFFF;
                }
            }
            int[][] penalty = model.penalty;
            if (penalty != null) {
                int hits = 0;
                int seen = 0;
                for (int j = off + 1; j <= off + k; j++) {
                    char c = folded[j];
                    if (c < penalty.length && penalty[c] != null) {
                        seen |= model.letterMask[c];
                        if (hits < 3) {
                            int[] row = penalty[c];
                            for (int q = 0; q < row.length; q++) {
                                pen[base + q] += row[q];
                            }
                            hits++;
                        }
                    }
                }
                int[] absent = model.absence;
                for (int q = 0; q < absent.length; q++) {
                    if ((seen & (1 << q)) == 0) {
                        pen[base + q] += absent[q];
                    }
                }
            }
            if (cache != null) {
                cache.put(h, folded, off, k, feat, pen, base);
            }
            if (keep) {
                flags[i] |= COSTED;
            }
            return base;
        }

        /**
         * The feature row of the padded word {@code w[off .. off + k + 1]} (whole-word hash {@code h}) under a model
         * of at most 16 languages, into {@link #feat} at {@code base}: the features of {@link Features#emit}, in its
         * order, each row added eight bytes at a time as in {@link #feature}, in local sums.
         */
        private void rowOfAtMost16(NgramModel model, char[] w, int off, int k, int h, int base) {
            long[] t = model.packed;
            int mask = model.mask;
            boolean two = model.rowLongs == 2;
            long e0 = 0;
            long o0 = 0;
            long e1 = 0;
            long o1 = 0;
            int b = (h & mask) << (two ? 1 : 0);
            long v = t[b];
            e0 += v & LANES;
            o0 += (v >>> 8) & LANES;
            if (two) {
                v = t[b + 1];
                e1 += v & LANES;
                o1 += (v >>> 8) & LANES;
            }
            int len = k + 2;
            for (int i = 0; i < len; i++) {
                int g = 0x811C9DC5;
                int most = Math.min(Features.MAX_N, len - i);
                for (int n = 1; n <= most; n++) {
                    g = (g ^ w[off + i + n - 1]) * 0x01000193;
                    if (n == 1 && (i == 0 || i == len - 1)) {
                        continue; // the lone padding space
                    }
                    b = (Features.mix(g + n) & mask) << (two ? 1 : 0);
                    v = t[b];
                    e0 += v & LANES;
                    o0 += (v >>> 8) & LANES;
                    if (two) {
                        v = t[b + 1];
                        e1 += v & LANES;
                        o1 += (v >>> 8) & LANES;
                    }
                }
            }
            // language q: lane (q % 8) / 2 of the even or odd sum of long q / 8
            int l = model.langCount;
            for (int q = 0; q < l; q++) {
                v = q < 8 ? ((q & 1) == 0 ? e0 : o0) : ((q & 1) == 0 ? e1 : o1);
                feat[base + q] = (int) (v >>> (16 * ((q % 8) >> 1))) & 0xFFFF;
            }
        }

        /**
         * Adds a feature's row, eight one-byte costs to a long, in 16-bit lanes: even-numbered languages' bytes in
         * {@code evens}, odd ones' in {@code odds} (models of more than 16 languages; {@link #rowOfAtMost16} does the
         * others in local sums). A word has at most 1 + 4 (MAX_WORD + 2) features, so a lane stays below 169 * 255 <
         * 65,536 and never carries into the next.
         */
        @Override
        public void feature(int h) {
            long[] t = table;
            int b = (h & mask) * rowLongs;
            for (int j = 0; j < rowLongs; j++) {
                long v = t[b + j];
                evens[j] += v & LANES;
                odds[j] += (v >>> 8) & LANES;
            }
        }

        /** Runs of words of other scripts than {@code script} in words {@code [i0, i1)}: see classify. */
        void collectRuns(int i0, int i1, byte script, List<int[]> runs) {
            int[] run = null;
            for (int i = i0; i < i1; i++) {
                byte sc = this.script[i];
                if (sc == script || (run != null && run[0] != sc)) {
                    if (run != null) {
                        runs.add(run);
                        run = null;
                    }
                    if (sc == script) {
                        continue;
                    }
                }
                if (run == null) {
                    run = new int[] {sc, start[i], end[i], 0, i, i + 1};
                }
                run[2] = end[i];
                run[3] += m[i];
                run[5] = i + 1;
            }
            if (run != null) {
                runs.add(run);
            }
        }

        /**
         * The first word that starts at or after {@code pos}. Searched from the last answer outwards (galloping),
         * then by halves: Segments asks in text order, so a search mostly ends near where the last one did, in the
         * part of the arrays still in cache.
         */
        int lower(int pos) {
            int hint = Math.min(lastLower, n);
            int lo;
            int hi;
            if (hint < n && start[hint] < pos) {
                // the answer is after hint: gallop right
                int step = 1;
                lo = hint + 1;
                hi = hint + 1;
                while (hi < n && start[hi] < pos) {
                    lo = hi + 1;
                    hi = hint + (step <<= 1);
                }
                hi = Math.min(hi, n);
            } else {
                // at or before hint: gallop left
                int step = 1;
                hi = hint;
                lo = hint;
                while (lo > 0 && start[lo - 1] >= pos) {
                    hi = lo - 1;
                    lo = Math.max(0, hint - (step <<= 1));
                }
            }
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (start[mid] < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            lastLower = lo;
            return lo;
        }

        /**
         * True when words {@code [a, b)} (those starting in {@code text[from, to)}) hold exactly the words of
         * {@code script} that a walk of {@code text[from, to)} alone finds: no word of that script crosses an end.
         * (A word of another script may: a quotation that starts at a Devanagari vowel sign cuts the Devanagari word
         * it begins, which changes no word of the quotation's script.)
         */
        boolean aligned(int a, int b, int from, int to, byte script) {
            return (a == 0 || end[a - 1] <= from || this.script[a - 1] != script)
                    && (b == 0 || end[b - 1] <= to || this.script[b - 1] != script);
        }

        /** Makes {@link #count} count the words of {@code script}. */
        void countScript(byte script) {
            if (counted == script) {
                return;
            }
            if (cum == null || cum.length < n + 1) {
                cum = new int[start.length + 1];
            }
            cum[0] = 0;
            for (int i = 0; i < n; i++) {
                cum[i + 1] = cum[i] + (this.script[i] != script ? 0 : joined ? 1 + joins[i] : 1);
            }
            counted = script;
        }

        /** Words of the counted script in {@code text[from, to)}, as {@link Segments#countWords} counts them. */
        @Override
        public int count(int from, int to) {
            int a = lower(from);
            int b = lower(to);
            if (!aligned(a, b, from, to, counted)) {
                return Segments.countWords(text, from, to, counted);
            }
            return cum[b] - cum[a];
        }
    }

    /**
     * The rows (feature costs and distinctive-letter costs) of the words of one model met in earlier calls on one
     * thread: news text repeats its words (و، در، به، از، که، the, of, and ...), whose rows then need no hashing of
     * their n-grams and no reads of the model's table. Direct-mapped on the word's hash, a slot replaced by the
     * last word that maps to it; a slot answers only for the very same folded letters, so a row from here is the row
     * the model gives, whatever the cache held before: answers never depend on what was detected earlier. Words of
     * more than {@link #KEY} letters are not kept (they rarely repeat).
     */
    static final class RowCache {
        /** Slots (a power of two, at least 16): 1 MB per script model and thread for the shipped models. */
        static final int SLOTS = 1 << 14;
        /** Longest word kept, in folded letters (at most 15). */
        static final int KEY = 12;
        private static final int KEY_INTS = KEY / 2;

        final NgramModel model;
        /** The model's distinctive-letter rows when the cache was made (set once, when the model is loaded). */
        final int[][] penalty;
        private final int langs;
        /** Ints per slot: a power of two (16, one cache line, for models of up to 9 languages). */
        private final int stride;
        /**
         * Per slot, in one run of ints: the word's hash with its letter count in the low four bits (which the slot
         * index already gives), 0 for an empty slot; its letters, two to an int, zero past the last; then per
         * language the feature cost in the low 16 bits and the distinctive-letter cost in the high 16 bits.
         */
        private final int[] slots;

        RowCache(NgramModel model) {
            this.model = model;
            this.penalty = model.penalty;
            this.langs = model.langCount;
            this.stride = Integer.highestOneBit(KEY_INTS + langs) << 1;
            this.slots = new int[SLOTS * stride];
        }

        /**
         * Copies the rows of the word {@code w[off + 1 .. off + k]} (hash {@code h}) to {@code feat} and {@code pen}
         * at {@code base} and returns true, when the word is kept.
         */
        boolean get(int h, char[] w, int off, int k, int[] feat, int[] pen, int base) {
            int[] t = slots;
            int s = (h & (SLOTS - 1)) * stride;
            if (t[s] != ((h & ~15) | k)) {
                return false;
            }
            int p = s + 1;
            int j = off + 1;
            int last = off + k;
            for (; j < last; j += 2) {
                if (t[p++] != (w[j] | w[j + 1] << 16)) {
                    return false;
                }
            }
            if (j == last && t[p] != w[j]) {
                return false;
            }
            int r = s + 1 + KEY_INTS;
            for (int q = 0; q < langs; q++) {
                int v = t[r + q];
                feat[base + q] = v & 0xFFFF;
                pen[base + q] = v >>> 16;
            }
            return true;
        }

        /** Keeps the rows of the word {@code w[off + 1 .. off + k]} ({@code 0 < k <= KEY}), from {@code feat} and
         *  {@code pen} at {@code base} (unless a cost does not fit in 16 bits: then the word is not kept). */
        void put(int h, char[] w, int off, int k, int[] feat, int[] pen, int base) {
            for (int q = 0; q < langs; q++) {
                if (((feat[base + q] | pen[base + q]) & 0xFFFF0000) != 0) {
                    return;
                }
            }
            int[] t = slots;
            int s = (h & (SLOTS - 1)) * stride;
            t[s] = (h & ~15) | k;
            int p = s + 1;
            int last = off + k;
            for (int j = off + 1; j <= last; j += 2) {
                t[p++] = j < last ? w[j] | w[j + 1] << 16 : w[j];
            }
            while (p < s + 1 + KEY_INTS) {
                t[p++] = 0;
            }
            int r = s + 1 + KEY_INTS;
            for (int q = 0; q < langs; q++) {
                t[r + q] = feat[base + q] | pen[base + q] << 16;
            }
        }
    }

    /** The loaded models, one per script, and the Dari lexicon. */
    static final class Models {
        final NgramModel[] byScript = new NgramModel[Features.CLASSES];
        final DariLexicon dari;

        /** The most languages of one model. */
        final int stride;

        Models(List<NgramModel> list, DariLexicon dari) {
            int most = 1;
            for (NgramModel m : list) {
                byScript[m.script] = m;
                most = Math.max(most, m.langCount);
            }
            this.dari = dari;
            this.stride = most;
        }

        NgramModel forScript(byte script) {
            return byScript[script];
        }

        /** All tags the models and the script rules can answer. */
        Set<String> tags() {
            java.util.TreeSet<String> out = new java.util.TreeSet<>(Arrays.asList(
                    "prs", "he", "hi", "el", "hy", "ka", "ko", "ja", "zh", "th"));
            for (NgramModel m : byScript) {
                if (m != null) {
                    out.addAll(Arrays.asList(m.langs));
                }
            }
            return out;
        }
    }
}
