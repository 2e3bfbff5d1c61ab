package dev.tamiz.lang;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test sentences are written for these tests (not taken from any corpus). */
class LanguageDetectorTest {

    private final LanguageDetector d = LanguageDetectors.standard();

    private String tag(String s) {
        return d.detect(s).tag();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fa | امروز هوا خیلی خوب است و ما به پارک می‌رویم تا کمی قدم بزنیم.",
        "fa | وزیر امور خارجه در این نشست درباره همکاری‌های اقتصادی دو کشور سخن گفت.",
        "ps | زه نن ورځ ښار ته ځم او له خپلو ملګرو سره ګورم.",
        "ps | د افغانستان د بهرنیو چارو وزارت وویل چې دا خبرې به سبا پیل شي.",
        "ur | میں آج بازار جا رہا ہوں اور شام کو واپس آؤں گا۔",
        "ur | حکومت نے کہا ہے کہ نئے منصوبے پر کام اگلے مہینے شروع ہوگا۔",
        "ar | ذهب الطالب إلى المدرسة في الصباح الباكر مع أصدقائه.",
        "ar | قالت الوزارة في بيان إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.",
        "ug | بۈگۈن ھاۋا ناھايىتى ياخشى، بىز باغچىغا بارىمىز.",
        "ru | Сегодня хорошая погода, и мы пойдём гулять в парк.",
        "uk | Сьогодні гарна погода, і ми підемо гуляти до парку.",
        "kk | Бүгін ауа райы өте жақсы, біз саябаққа барамыз.",
        "ky | Бүгүн аба ырайы абдан жакшы, биз паркка барабыз.",
        "tg | Имрӯз ҳаво хеле хуб аст ва мо ба боғ меравем.",
        "tr | Bugün hava çok güzel ve parka yürüyüşe gideceğiz.",
        "az | Bu gün hava çox gözəldir və biz parka gəzməyə gedirik.",
        "uz | Bugun havo juda yaxshi va biz bogʻga sayr qilgani boramiz.",
        "tk | Şu gün howa örän gowy, biz seýilgähe gezelenje barýarys.",
        "kmr | Îro hewa pir xweş e û em ê herin parkê bigerin.",
        "en | The weather is very nice today and we are going for a walk in the park.",
        "de | Heute ist das Wetter sehr schön und wir gehen im Park spazieren.",
        "fr | Aujourd'hui il fait très beau et nous allons nous promener dans le parc.",
        "es | Hoy hace muy buen tiempo y vamos a pasear por el parque.",
        "he | היום מזג האוויר יפה מאוד ואנחנו הולכים לטייל בפארק.",
        "hi | आज मौसम बहुत अच्छा है और हम पार्क में घूमने जा रहे हैं।",
    })
    void sentences(String expected, String text) {
        assertEquals(expected, tag(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ps | ښځه",            // ښ: Pashto only
        "ps | ډېر ښه",
        "ur | ہے",             // heh goal and yeh barree
        "ug | ئۇيغۇر",
        "he | שלום",
        "hi | नमस्ते",
        "ru | Привет",
        "uk | їжак",           // ї: Ukrainian only
        "fa | نشست سازمان ملل در قطر",
        "en | Close this search box.",
    })
    void shortText(String expected, String text) {
        assertEquals(expected, tag(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hizb-e Islami Afghanistan",
        "Jamiat-e Islami Afghanistan",
        "Council of the Loya (greater) Eastern Region",
        "National İslamic Movement of Afghanistan",
        "Kabul University",
        "Ministry of Foreign Affairs",
    })
    void englishNamesStayEnglish(String text) {
        assertEquals("en", tag(text), text);
    }

    @Test
    void scripts() {
        assertEquals("Arab", d.detect("سلام دنیا").script());
        assertEquals("Latn", d.detect("hello world").script());
        assertEquals("Cyrl", d.detect("привет мир").script());
        assertEquals("Hebr", d.detect("שלום עולם").script());
        assertEquals("Deva", d.detect("नमस्ते दुनिया").script());
    }

    @Test
    void undeterminedWhenNoEvidence() {
        for (String s : new String[] {"", "   ", "12345", "…!?", "a", "۱۲۳۴", "—", "\u200c"}) {
            LanguageResult r = d.detect(s);
            assertEquals("und", r.tag(), "[" + s + "]");
            assertEquals(0.0, r.confidence());
        }
        assertEquals("und", d.detect(null).tag());
    }

    @Test
    void spansOfAnotherScript() {
        String text = "رئیس جمهور در دیدار با نماینده سازمان ملل گفت که گفتگوها با United Nations Assistance "
                + "Mission ادامه دارد و نتیجه آن به زودی اعلام می‌شود.";
        LanguageResult r = d.detect(text);
        assertEquals("fa", r.tag());
        assertEquals(1, r.spans().size(), r.spans().toString());
        LanguageSpan s = r.spans().get(0);
        assertEquals("en", s.tag());
        assertEquals("United Nations Assistance Mission", text.substring(s.start(), s.end()));
    }

    @Test
    void noSpansInOneLanguage() {
        assertTrue(d.detect("The meeting will be held in Doha next week.").spans().isEmpty());
        assertTrue(d.detect("The meeting will be held in Doha next week. Officials from both countries are expected "
                + "to attend. The talks will focus on trade and the new border crossings.").spans().isEmpty());
        assertTrue(d.detect("وزیر امور خارجه روز سه‌شنبه به دوحه سفر کرد. او در این سفر با مقامات قطری دیدار خواهد "
                + "کرد. هدف از این سفر گفتگو درباره امنیت مرزها است.").spans().isEmpty());
    }

    @Test
    void sameScriptSentenceSpan() {
        String text = "Die Regierung hat am Dienstag neue Regeln für den Handel beschlossen. The minister said the "
                + "decision would not change anything for ordinary people. Die Opposition kritisierte den Plan scharf "
                + "und kündigte Widerstand im Parlament an.";
        LanguageResult r = d.detect(text);
        assertEquals("de", r.tag());
        assertEquals(1, r.spans().size(), r.spans().toString());
        LanguageSpan s = r.spans().get(0);
        assertEquals("en", s.tag());
        assertEquals("The minister said the decision would not change anything for ordinary people.",
                text.substring(s.start(), s.end()));
    }

    @Test
    void sameScriptQuotationSpan() {
        String text = "او در پایان سخنرانی خود گفت: «الحمد لله الذي جعل لنا في كل يوم خيرا كثيرا» و سپس از همه "
                + "حاضران در جلسه تشکر کرد و گفت که این نشست هر سال برگزار خواهد شد.";
        LanguageResult r = d.detect(text);
        assertEquals("fa", r.tag());
        assertEquals(1, r.spans().size(), r.spans().toString());
        LanguageSpan s = r.spans().get(0);
        assertEquals("ar", s.tag());
        assertEquals("الحمد لله الذي جعل لنا في كل يوم خيرا كثيرا", text.substring(s.start(), s.end()));
    }

    @Test
    void paragraphTagIsTheDominantLanguageNotTheFirstSentences() {
        // a decisive English first sentence must not stop the scoring of the German rest
        String text = "Everyone in the room agreed with the proposal of the committee. Danach sprachen die Vertreter "
                + "der Stadt über die neuen Pläne für den Bahnhof. Die Arbeiten sollen im nächsten Frühjahr beginnen "
                + "und zwei Jahre dauern. Die Kosten trägt zum größten Teil das Land.";
        LanguageResult r = d.detect(text);
        assertEquals("de", r.tag());
        assertEquals("en", r.spans().get(0).tag(), r.spans().toString());
    }

    @Test
    void paragraphTagIsTheLanguageOfMostWords() {
        // three short Persian sentences (16 words) and one Urdu sentence (18 words): Urdu by length, while the
        // summed evidence of the same words without sentence ends favours Persian
        String sentences = "امروز صبح هوا خیلی سرد و. ما زود با ماشین به. بعد با دوستان قدیمی چای. وہ کہتے ہیں کہ ہمیں یہ بات پہلے سے معلوم تھی اور ہم نے اسے کبھی چھپایا نہیں۔";
        String oneRun = "امروز صبح هوا خیلی سرد و، ما زود با ماشین به، بعد با دوستان قدیمی چای، وہ کہتے ہیں کہ ہمیں یہ بات پہلے سے معلوم تھی اور ہم نے اسے کبھی چھپایا نہیں";
        LanguageResult r = d.detect(sentences);
        assertEquals("ur", r.tag());
        assertEquals(3, r.spans().size(), r.spans().toString());
        for (LanguageSpan s : r.spans()) {
            assertEquals("fa", s.tag());
        }
        assertEquals("fa", tag(oneRun));
    }

    @Test
    void mixedYehIsPashtoEvidence() {
        // Arabic and Farsi yeh fold to one letter, so these two spellings have the same n-grams: only the yeh-style
        // cue tells them apart, and it moves the Pashto odds by exactly its cost
        LanguageDetector faPs = LanguageDetectors.restrictedTo(Set.of("fa", "ps"));
        double one = psOdds(faPs.detect("بیشتر ملی"));   // Farsi yeh only
        double mixed = psOdds(faPs.detect("بيشتر ملی"));  // Arabic yeh inside, Farsi yeh at the end
        double expected = Math.exp(NgramLanguageDetector.MIXED_YEH_COST
                / (NgramModel.SCALE * NgramLanguageDetector.TEMPERATURE));
        assertEquals(expected, mixed / one, 0.01 * expected);
        double arabicOnly = psOdds(faPs.detect("بيشتر ملي"));
        assertEquals(one, arabicOnly, 1e-9 * one);
    }

    private static double psOdds(LanguageResult r) {
        double ps = r.tag().equals("ps") ? r.confidence() : 1 - r.confidence();
        return ps / (1 - ps);
    }

    @Test
    void restrictionRestricts() {
        LanguageDetector only = LanguageDetectors.restrictedTo(Set.of("fa", "en", "ps"));
        assertEquals("en", only.detect("Heute ist das Wetter sehr schön und wir gehen spazieren.").tag());
        assertTrue(Set.of("fa", "ps").contains(only.detect("ذهب الطالب إلى المدرسة في الصباح الباكر مع أصدقائه.").tag()));
        assertEquals("fa", LanguageDetectors.restrictedTo(Set.of("fa", "en")).detect("زه نن ورځ ښار ته ځم.").tag());
        assertEquals("und", only.detect("Сегодня хорошая погода, и мы пойдём гулять.").tag());
        assertEquals("und", only.detect("שלום עולם").tag());
        LanguageDetector ru = LanguageDetectors.restrictedTo(List.of("ru"));
        assertEquals("ru", ru.detect("Сьогодні гарна погода, і ми підемо гуляти.").tag());
        assertEquals("en", d.restrictedTo(Set.of("en", "fa")).detect("Das ist ein Haus.").tag());
        LanguageDetector plugged = text -> new LanguageResult("de", 0.9, "Latn");
        assertEquals("und", plugged.restrictedTo(Set.of("en")).detect("x").tag());
        LanguageDetector prs = LanguageDetectors.restrictedTo(List.of("prs"));
        assertEquals("prs", prs.detect("امروز هوا خیلی خوب است.").tag());
    }

    @Test
    void confidenceIsCalibratedLooking() {
        LanguageResult longText = d.detect("Heute ist das Wetter sehr schön und wir gehen im Park spazieren, "
                + "weil die Sonne scheint und es warm ist.");
        assertTrue(longText.confidence() > 0.9, String.valueOf(longText.confidence()));
        LanguageResult word = d.detect("park");
        assertTrue(word.confidence() < 0.9, String.valueOf(word.confidence()));
    }

    @Test
    void modelIsCompactAndLoadsFast() throws Exception {
        try (InputStream in = LanguageDetectors.class.getResourceAsStream(LanguageDetectors.MODEL)) {
            assertNotNull(in);
            byte[] all = in.readAllBytes();
            assertTrue(all.length < 10 * 1024 * 1024, "model size " + all.length);
            long t0 = System.nanoTime();
            List<NgramModel> models = NgramModel.read(new java.io.ByteArrayInputStream(all));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertFalse(models.isEmpty());
            assertTrue(ms < 2000, "load took " + ms + " ms");
        }
    }

    @Property(tries = 500)
    void neverThrowsAndSpansStayInside(@ForAll @StringLength(max = 200) String s) {
        check(s);
    }

    @Property(tries = 300)
    void neverThrowsOnMixedScripts(
            @ForAll @StringLength(max = 120) @CharRange(from = 0x0020, to = 0x07FF) String s) {
        check(s);
    }

    @Property(tries = 200)
    void neverThrowsOnSurrogatesAndMarks(
            @ForAll @StringLength(max = 60) @CharRange(from = 0xD700, to = 0xE100) String s) {
        check(s + "\u064Bسلام hello \uD83D");
    }

    private void check(String s) {
        LanguageResult r = d.detect(s);
        assertNotNull(r);
        assertTrue(r.confidence() >= 0 && r.confidence() <= 1);
        for (LanguageSpan span : r.spans()) {
            assertTrue(span.start() >= 0 && span.end() <= s.length() && span.start() < span.end(), span.toString());
        }
    }
}
