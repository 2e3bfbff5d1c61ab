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
 * <p>Thread-safe and allocation-light: per call, one small score array per script model used and a word buffer;
 * no regular expressions, no string splitting. Never throws: any failure ends in {@code und}.
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

    NgramLanguageDetector(Models models, Set<String> allowed) {
        this.models = models;
        this.allowed = allowed == null ? null : Set.copyOf(allowed);
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
        // pass 1: letters per script class
        int[] letters = new int[Features.CLASSES];
        int marks = 0;
        int ends = 0;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1))) {
                letters[Features.script(Character.toCodePoint(c, text.charAt(i + 1)))]++;
                i++;
            } else {
                byte sc = Features.SCRIPT[c];
                letters[sc]++;
                if (sc == Features.NONE && i + 1 < len && Segments.isMark(c)) {
                    marks++;
                    if (Segments.isSentenceEnd(c)) {
                        ends++;
                    }
                }
            }
        }
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
        boolean mixed = best < total;
        if (!mixed) {
            LanguageResult main = classify(text, 0, len, dominant, letters, null, ends > 0);
            return marks == 0 ? main : withSameScriptSpans(text, main, dominant, letters, new ArrayList<>());
        }
        // pass 2 (mixed scripts): the dominant script's words decide; other runs become spans
        List<int[]> runs = new ArrayList<>();
        LanguageResult main = classify(text, 0, len, dominant, letters, runs, ends > 0);
        if (main.isUndetermined()) {
            return main;
        }
        List<LanguageSpan> spans = new ArrayList<>();
        if (marks > 0) {
            main = withSameScriptSpans(text, main, dominant, letters, spans);
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
            LanguageResult r = classify(text, run[1], run[2], (byte) run[0], runLetters, RUN);
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
    private LanguageResult withSameScriptSpans(CharSequence text, LanguageResult main, byte script, int[] letters,
                                               List<LanguageSpan> spans) {
        if (main.isUndetermined() || models.forScript(script) == null) {
            return main;
        }
        int[] segs = Segments.find(text, script);
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
            results[k] = classify(text, segs[i], segs[i + 1], script, letters, SEGMENT);
        }
        // the dominant language by length: confident sentences of one other language with most of the words
        String tag = main.tag();
        double conf = main.confidence();
        int total = Segments.countWords(text, 0, text.length(), script);
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
     * Classifies {@code text[from, to)} by the words of script {@code script}; words of other scripts are collected
     * into runs {@code {script, start, end, letters}} when {@code runs} is not null.
     */
    private LanguageResult classify(CharSequence text, int from, int to, byte script, int[] letters,
                                    List<int[]> runs) {
        return classify(text, from, to, script, letters, runs, false);
    }

    /**
     * As above; {@code sentences}: the text has several sentences, so the early stop waits until the
     * rest of the text could not undo the lead (see {@link Scorer#settle}).
     */
    private LanguageResult classify(CharSequence text, int from, int to, byte script, int[] letters,
                                    List<int[]> runs, boolean sentences) {
        boolean foreignRun = runs == RUN;
        boolean segment = runs == SEGMENT;
        if (foreignRun || segment) {
            runs = null;
        }
        String code = Features.SCRIPT_CODES[script];
        String single = singleLanguage(script, letters);
        if (single != null) {
            if (runs != null) {
                collectRuns(text, from, to, script, runs);
            }
            if (single.equals("und") || !isAllowed(single)) {
                return new LanguageResult("und", 0.0, code);
            }
            return new LanguageResult(single, 0.99, code);
        }
        NgramModel model = models.forScript(script);
        if (model == null) {
            if (runs != null) {
                collectRuns(text, from, to, script, runs);
            }
            return new LanguageResult("und", 0.0, code);
        }
        Scorer sc = new Scorer(model, script, runs, models.dari);
        sc.text = text;
        sc.earlyExit = allowed == null;
        sc.from = from;
        sc.to = to;
        sc.sentences = sentences;
        Features.words(text, from, to, sc.w, sc);
        sc.closeRun();
        if (sc.scriptLetters < MIN_LETTERS) {
            return new LanguageResult("und", 0.0, code);
        }
        return decide(model, sc, code, foreignRun, segment);
    }

    private LanguageResult decide(NgramModel model, Scorer sc, String code, boolean foreignRun, boolean segment) {
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
            score[k] = sc.acc[k] + Math.round(sc.accName[k] * NAME_WEIGHT) + Math.round(sc.accFirst[k] * firstWeight)
                    + (long) model.prior[k];
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
            double d = sc.dari;
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

    private static void collectRuns(CharSequence text, int from, int to, byte script, List<int[]> runs) {
        Scorer sc = new Scorer(null, script, runs, null);
        Features.words(text, from, to, sc.w, sc);
        sc.closeRun();
    }

    /** Adds up one script's model rows over the words of that script; gathers runs of other scripts. */
    private static final class Scorer implements Features.WordSink, Features.Sink {
        final char[] w = new char[Features.MAX_WORD + 2];
        final NgramModel model;
        final byte script;
        final int[] acc;
        final int[] accName;
        final int[] accFirst;
        int[] target;
        CharSequence text;
        final byte[] table;
        final int mask;
        final int l;
        final List<int[]> runs;
        final DariLexicon lexicon;
        final int[][] penalty;
        int scriptLetters;
        /** The text has several sentences: see {@link #settle}. */
        boolean sentences;
        /** The scored range and the end of the last word scored. */
        int from;
        int to;
        int pos;
        /** Stop adding features once one language leads all others by {@link #SETTLE_MARGIN}. */
        boolean earlyExit;
        boolean settled;
        int scored;
        int words;
        int titles;
        /** The text's words of this script use Arabic yeh (U+064A) / Farsi yeh (U+06CC): see MIXED_YEH_COST. */
        boolean arabicYeh;
        boolean farsiYeh;

        boolean firstWord = true;

        /** Every word so far is title-case or a short connector ("of", "e", "de"): a name or a title. */
        boolean allTitles = true;

        /** A title-case word of a cased script: most likely a name when it does not start a sentence. */
        private boolean isTitle(int start, int end) {
            if (text == null || (script != Features.LATN && script != Features.CYRL)
                    || !Character.isUpperCase(text.charAt(start))) {
                return false;
            }
            return start + 1 < end && Character.isLowerCase(text.charAt(start + 1));
        }

        private void settle() {
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
                // several sentences: the rest of the text, were it as strong the other way as the scored part, must
                // not be able to undo the lead (a paragraph of one English and three German sentences stays German)
                long done = pos - from;
                long rest = to - pos;
                settled = (lead > SETTLE_MARGIN && lead * (done - rest) > SETTLE_MARGIN * done) || min > (1L << 29);
            } else {
                settled = lead > SETTLE_MARGIN || min > (1L << 29);
            }
        }
        double dari;
        int[] run;

        Scorer(NgramModel model, byte script, List<int[]> runs, DariLexicon lexicon) {
            this.model = model;
            this.script = script;
            this.runs = runs;
            this.lexicon = script == Features.ARAB ? lexicon : null;
            this.penalty = model == null ? null : model.penalty;
            if (model != null) {
                this.acc = new int[model.langCount];
                this.accName = new int[model.langCount];
                this.accFirst = new int[model.langCount];
                this.table = model.table;
                this.mask = model.mask;
                this.l = model.langCount;
            } else {
                this.acc = null;
                this.accName = null;
                this.accFirst = null;
                this.table = null;
                this.mask = 0;
                this.l = 0;
            }
        }

        @Override
        public void word(byte sc, int start, int end, char[] word, int m) {
            if (sc == script) {
                closeRun();
                scriptLetters += m;
                if (model != null && !settled) {
                    boolean title = isTitle(start, end);
                    if (title) {
                        titles++;
                    }
                    if (!title && m > 3) {
                        allTitles = false;
                    }
                    target = firstWord ? accFirst : title ? accName : acc;
                    firstWord = false;
                    words++;
                    if (script == Features.ARAB && text != null && !(arabicYeh && farsiYeh)) {
                        for (int i = start; i < end; i++) {
                            char c = text.charAt(i);
                            arabicYeh |= c == '\u064A';
                            farsiYeh |= c == '\u06CC';
                        }
                    }
                    Features.emit(word, m, this);
                    if (penalty != null) {
                        int hits = 0;
                        int seen = 0;
                        for (int i = 1; i <= m; i++) {
                            char c = word[i];
                            if (c < penalty.length && penalty[c] != null) {
                                seen |= model.letterMask[c];
                                if (hits < 3) {
                                    int[] pen = penalty[c];
                                    for (int k = 0; k < pen.length; k++) {
                                        acc[k] += pen[k];
                                    }
                                    hits++;
                                }
                            }
                        }
                        int[] absent = model.absence;
                        for (int k = 0; k < absent.length; k++) {
                            if ((seen & (1 << k)) == 0) {
                                acc[k] += absent[k];
                            }
                        }
                    }
                    pos = end;
                    if ((++scored & 3) == 0 && (earlyExit || scored > 1 << 16)) {
                        settle();
                    }
                }
                if (lexicon != null) {
                    dari += lexicon.weight(Features.wordHash(word, m));
                }
                return;
            }
            if (runs == null) {
                return;
            }
            if (run != null && run[0] != sc) {
                closeRun();
            }
            if (run == null) {
                run = new int[] {sc, start, end, 0};
            }
            run[2] = end;
            run[3] += m;
        }

        void closeRun() {
            if (run != null) {
                runs.add(run);
                run = null;
            }
        }

        @Override
        public void feature(int hash) {
            int base = (hash & mask) * l;
            int[] a = target;
            byte[] t = table;
            for (int k = 0; k < a.length; k++) {
                a[k] += t[base + k] & 0xFF;
            }
        }
    }

    /** The loaded models, one per script, and the Dari lexicon. */
    static final class Models {
        final NgramModel[] byScript = new NgramModel[Features.CLASSES];
        final DariLexicon dari;

        Models(List<NgramModel> list, DariLexicon dari) {
            for (NgramModel m : list) {
                byScript[m.script] = m;
            }
            this.dari = dari;
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
