package dev.tamiz.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tamiz.Cleaner;
import dev.tamiz.Document;
import dev.tamiz.Paragraph;
import dev.tamiz.Removal;
import dev.tamiz.boilerplate.RuleCatalog;
import dev.tamiz.boilerplate.RuleFormatException;
import dev.tamiz.lang.LanguageDetectors;
import dev.tamiz.lang.LanguageResult;
import dev.tamiz.normalize.Normalizer;

/**
 * Fuzz targets. {@code mvn verify} runs them in regression mode over the inputs committed under
 * {@code src/test/resources/dev/tamiz/fuzz/PipelineFuzzTestInputs/<target>/}; to fuzz for real, run
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PipelineFuzzTest#<target>}: an hour per target (see docs/fuzzing.md).
 */
class PipelineFuzzTest {

    private static final Cleaner CLEANER = Cleaner.standard();
    private static final String[] LANGS = {null, "fa", "en", "ar", "ur", "ps", "und"};

    @FuzzTest(maxDuration = "1h")
    void cleaner(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Document d = CLEANER.clean(text);
        for (Paragraph p : d.paragraphs()) {
            check(p.start() >= 0 && p.end() <= text.length() && p.start() < p.end(), "paragraph offsets");
        }
        for (Removal r : d.removed()) {
            check(r.text().equals(text.substring(r.start(), r.end())), "removal text slices the input");
        }
    }

    @FuzzTest(maxDuration = "1h")
    void normalizer(FuzzedDataProvider data) {
        String lang = LANGS[data.consumeInt(0, LANGS.length - 1)];
        String text = data.consumeRemainingAsString();
        String once = Normalizer.standard().normalize(text, lang);
        String twice = Normalizer.standard().normalize(once, lang);
        check(once.equals(twice), "normalisation is idempotent");
    }

    @FuzzTest(maxDuration = "1h")
    void detector(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        LanguageResult r = LanguageDetectors.standard().detect(text);
        check(r.confidence() >= 0 && r.confidence() <= 1, "confidence in [0, 1]");
    }

    @FuzzTest(maxDuration = "1h")
    void ruleParser(FuzzedDataProvider data) {
        String rules = data.consumeString(2000);
        String block = data.consumeRemainingAsString();
        try {
            RuleCatalog c = RuleCatalog.parse("fuzz.rules", rules);
            c.match(block);
        } catch (RuleFormatException expected) {
            check(expected.getMessage().startsWith("fuzz.rules:"), "errors name file and line");
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
