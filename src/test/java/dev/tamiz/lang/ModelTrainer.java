package dev.tamiz.lang;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Trains {@code langid.bin}: naive Bayes over hashed character 1-4-grams and whole words, one table per script.
 *
 * <p>Usage (see tools/langid/train.sh): {@code ModelTrainer CORPUS_DIR OUT_FILE}. CORPUS_DIR holds
 * {@code <tag>.train.txt} (running text), {@code <tag>.ui.train.txt} (translated UI strings) and {@code <tag>.words.train.txt} (word lists) as written by
 * tools/langid/build_corpus.py; ICU's own locale data (language, region and script names, month and weekday
 * names in each language) is added here. Deterministic: the same corpus gives the same model byte for byte.
 */
public final class ModelTrainer {

    /** The languages of each script's model, in model order, with their priors (short text leans on them). */
    static final Object[][] GROUPS = {
        {Features.ARAB, 18, new String[] {"fa", "ar", "ur", "ps", "ckb", "sd", "ug"},
            new double[] {0.40, 0.20, 0.12, 0.12, 0.06, 0.05, 0.05}},
        {Features.LATN, 18, new String[] {"en", "de", "fr", "es", "tr", "az", "uz", "tk", "kmr"},
            new double[] {0.70, 0.045, 0.045, 0.045, 0.045, 0.03, 0.03, 0.03, 0.03}},
        {Features.CYRL, 18, new String[] {"ru", "uk", "kk", "ky", "tg", "uz", "az", "tk"},
            new double[] {0.45, 0.20, 0.10, 0.08, 0.10, 0.04, 0.015, 0.015}},
    };

    /** ICU locales whose display names and calendar names add to each language's text. */
    static final String[][] ICU_LOCALES = {
        {"fa", "fa"}, {"ar", "ar"}, {"ur", "ur"}, {"ps", "ps"}, {"ckb", "ckb"}, {"sd", "sd"}, {"ug", "ug"},
        {"en", "en"}, {"de", "de"}, {"fr", "fr"}, {"es", "es"}, {"tr", "tr"}, {"az", "az", "az_Cyrl"},
        {"uz", "uz", "uz_Cyrl"}, {"tk", "tk"}, {"kmr", "ku"}, {"ru", "ru"}, {"uk", "uk"}, {"kk", "kk"},
        {"ky", "ky"}, {"tg", "tg"},
    };

    static final double TEXT_WEIGHT = 4.0;
    static final double UI_WEIGHT = 0.3;
    static final double ALPHA = 0.02;
    static final double TARGET = 1_000_000.0;

    private ModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<NgramModel> models = new ArrayList<>();
        for (Object[] g : GROUPS) {
            models.add(train(corpus, (Byte) g[0], (Integer) g[1], (String[]) g[2], (double[]) g[3]));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            NgramModel.write(models, os);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }

    static NgramModel train(Path corpus, byte script, int bits, String[] langs, double[] priors) throws IOException {
        int l = langs.length;
        int buckets = 1 << bits;
        int mask = buckets - 1;
        double[] counts = new double[buckets * l];
        double[] totals = new double[l];
        char[] w = new char[Features.MAX_WORD + 2];
        for (int k = 0; k < l; k++) {
            final int lang = k;
            double[] weight = {TEXT_WEIGHT};
            Features.Sink sink = h -> {
                counts[(h & mask) * l + lang] += weight[0];
                totals[lang] += weight[0];
            };
            Features.WordSink words = (sc, start, end, word, m) -> {
                if (sc == script) {
                    Features.emit(word, m, sink);
                }
            };
            for (String line : lines(corpus.resolve(langs[k] + ".train.txt"))) {
                Features.words(line, 0, line.length(), w, words);
            }
            weight[0] = UI_WEIGHT;
            for (String line : lines(corpus.resolve(langs[k] + ".ui.train.txt"))) {
                Features.words(line, 0, line.length(), w, words);
            }
            weight[0] = 1.0;
            for (String line : lines(corpus.resolve(langs[k] + ".words.train.txt"))) {
                Features.words(line, 0, line.length(), w, words);
            }
            for (String s : icuStrings(langs[k])) {
                Features.words(s, 0, s.length(), w, words);
            }
            System.out.printf("%s %s: %.0f feature weight%n", Features.SCRIPT_CODES[script], langs[k], totals[k]);
        }
        byte[] table = new byte[buckets * l];
        for (int k = 0; k < l; k++) {
            double scale = totals[k] > 0 ? TARGET / totals[k] : 0;
            double denom = TARGET + ALPHA * buckets;
            for (int b = 0; b < buckets; b++) {
                double p = (counts[b * l + k] * scale + ALPHA) / denom;
                long q = Math.round(-Math.log(p) * NgramModel.SCALE);
                table[b * l + k] = (byte) Math.min(255, q);
            }
        }
        int[] prior = new int[l];
        for (int k = 0; k < l; k++) {
            prior[k] = (int) Math.round(-Math.log(priors[k]) * NgramModel.SCALE);
        }
        return new NgramModel(script, langs, bits, table, prior);
    }

    static List<String> lines(Path p) throws IOException {
        return Files.exists(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
    }

    /** Names of languages, regions and scripts, months and weekdays, in the language of {@code tag}. */
    static Set<String> icuStrings(String tag) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] row : ICU_LOCALES) {
            if (!row[0].equals(tag)) {
                continue;
            }
            for (int i = 1; i < row.length; i++) {
                ULocale loc = new ULocale(row[i]);
                LocaleDisplayNames names = LocaleDisplayNames.getInstance(loc);
                for (String code : ULocale.getISOLanguages()) {
                    addName(out, code, names.languageDisplayName(code));
                }
                for (String code : ULocale.getISOCountries()) {
                    addName(out, code, names.regionDisplayName(code));
                }
                for (String code : new String[] {"Arab", "Latn", "Cyrl", "Hebr", "Deva", "Grek", "Hans", "Hant"}) {
                    addName(out, code, names.scriptDisplayName(code));
                }
                DateFormatSymbols dfs = new DateFormatSymbols(loc);
                for (String s : dfs.getMonths()) {
                    addName(out, "", s);
                }
                for (String s : dfs.getWeekdays()) {
                    addName(out, "", s);
                }
            }
        }
        return out;
    }

    private static void addName(Set<String> out, String code, String name) {
        if (name != null && !name.isEmpty() && !name.equalsIgnoreCase(code)) {
            out.add(name);
        }
    }
}
