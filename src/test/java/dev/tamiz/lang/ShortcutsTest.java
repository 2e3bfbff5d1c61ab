package dev.tamiz.lang;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector skips scoring a script whose model has one allowed language (or none), and does not finish
 * classifying a quotation or sentence found to be of its paragraph's family: the answer must be the one full
 * scoring gives, to the last digit of the confidence and every span. Sentences written for this test.
 */
class ShortcutsTest {

    private static final String[] SENTENCES = {
        "وزیر امور خارجه در این نشست درباره همکاری‌های اقتصادی دو کشور سخن گفت.",
        "امروز هوا خیلی خوب است و ما به پارک می‌رویم تا کمی قدم بزنیم.",
        "د ولسوالۍ مشر وویل چې پوهنتون ته د موټرو سړک به جوړ شي.",
        "د افغانستان د بهرنیو چارو وزارت وویل چې دا خبرې به سبا پیل شي.",
        "ولسوالی و پوهنتون در این ولایت با کمک داکتران و انجنیران ساخته شد.",
        "حکومت نے کہا ہے کہ نئے منصوبے پر کام اگلے مہینے شروع ہوگا۔",
        "قالت الوزارة في بيان إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.",
        "The minister said on Tuesday that the new road would open before winter.",
        "Die Straße zwischen den beiden Städten wird im Herbst eröffnet.",
        "Сегодня хорошая погода, и мы пойдём гулять в парк.",
        "«این یک نقل قول کوتاه است» گفت و رفت.",
        "He said \"the talks will go on tomorrow\" and left.",
        "Gulbuddin Hekmatyar",
        "Mazar-i-Sharif",
    };

    private static List<String> texts() {
        List<String> out = new ArrayList<>(List.of(SENTENCES));
        Random rnd = new Random(3);
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 2 + rnd.nextInt(5);
            for (int k = 0; k < n; k++) {
                sb.append(SENTENCES[rnd.nextInt(SENTENCES.length)]).append(rnd.nextBoolean() ? " " : "\n");
            }
            out.add(sb.toString().trim());
        }
        return out;
    }

    @Test
    void oneAllowedLanguageInAScriptGivesWhatFullScoringGives() {
        NgramLanguageDetector standard = (NgramLanguageDetector) LanguageDetectors.standard();
        List<Set<String>> sets = List.of(Set.of("fa", "prs"), Set.of("fa"), Set.of("prs"), Set.of("fa", "en"),
                Set.of("ar", "en", "ru"), Set.of("ps", "de"), Set.of("fa", "ps"), Set.of("he"));
        int texts = 0;
        for (Set<String> set : sets) {
            NgramLanguageDetector fast = standard.restrictedTo(set);
            NgramLanguageDetector full = fast.withoutShortcuts();
            for (String text : texts()) {
                assertEquals(full.detect(text), fast.detect(text), set + ": " + text);
                texts++;
            }
        }
        // unrestricted: quotations and sentences of the paragraph's family are not classified in full
        NgramLanguageDetector full = standard.withoutShortcuts();
        int switched = 0;
        for (String text : texts()) {
            LanguageResult r = full.detect(text);
            assertEquals(r, standard.detect(text), text);
            texts++;
            switched += r.spans().stream().anyMatch(sp -> sp.tag().equals("fa")) ? 1 : 0;
        }
        // some paragraphs became another language than their Persian sentences', which are spans then
        assertTrue(switched > 0, "switched " + switched);
        assertTrue(texts > 3000);
        // and the comparison sees a difference when there is one: restricted sets do change answers
        assertTrue(!standard.restrictedTo(Set.of("fa", "prs")).detect(SENTENCES[3])
                .equals(standard.detect(SENTENCES[3])));
    }
}
