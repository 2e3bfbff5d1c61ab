package dev.tamiz.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sorani, Dari and Sindhi sentences written for these tests. */
class RegionalLanguagesTest {

    private final LanguageDetector d = LanguageDetectors.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "ئەو کچە هەموو ڕۆژێک بە پێ دەچێت بۆ قوتابخانە.",
        "وەزیری دەرەوە سەردانی بەغدای کرد و لەگەڵ بەرپرسانی عێراقی کۆبووەوە.",
        "کەشناسی ڕایگەیاند کە لە چەند ڕۆژی داهاتوودا پلەی گەرما دادەبەزێت.",
        "خەڵکی گوندەکە داوای ڕێگایەکی نوێ و قوتابخانەیەکیان کرد.",
    })
    void sorani(String s) {
        assertEquals("ckb", d.detect(s).tag(), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ولسوال ولسوالی بگرام گفت که امنیت در این ساحه تأمین شده است.",
        "پوهنتون کابل امسال صدها محصل جدید را پذیرفته است.",
        "موتر حامل مسافرین در شاهراه کابل قندهار با یک موتر باربری تصادم کرد.",
        "والی ولایت هرات از پروژه‌های انکشافی در ولسوالی‌ها دیدن نمود.",
        "داکتران شفاخانه گفتند که در ماه جنوری شمار بیماران افزایش یافته است.",
        "او نامه‌یی نوشت و در آن از خانه‌یی در کنار دریا یاد کرد.", // Afghan spelling of -i after a silent he
    })
    void dariWithAfghanVocabulary(String s) {
        assertEquals("prs", d.detect(s).tag(), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "استاندار تهران گفت که دانشگاه‌های استان از هفته آینده باز می‌شوند.",
        "قیمت خودرو در بازار تهران در فروردین امسال افزایش یافت.",
        "امروز هوا خیلی خوب است و ما به پارک می‌رویم.",
        "او نامه‌ای نوشت و در آن از خانه‌ای در کنار دریا یاد کرد.",
    })
    void iranianPersian(String s) {
        assertEquals("fa", d.detect(s).tag(), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "اسان جي ڳوٺ ۾ هڪ نئون اسڪول کوليو ويو آهي.",
        "سنڌ حڪومت چيو آهي ته ٻوڏ سبب ڪيترائي رستا بند آهن.",
    })
    void sindhi(String s) {
        assertEquals("sd", d.detect(s).tag(), s);
    }

    @Test
    void pashtoIsNotPersian() {
        String[] pashto = {
            "د کابل ښار اوسیدونکي وایي چې د اوبو ستونزه لا هم شته.",
            "ولسمشر وویل چې حکومت به د خلکو ستونزې حل کړي.",
            "نن ورځ په هېواد کې هوا سړه ده.",
        };
        for (String s : pashto) {
            assertEquals("ps", d.detect(s).tag(), s);
        }
    }

    @Test
    void persianChatLinesArePersian() {
        for (String s : new String[] {"سلام، خوبی؟", "کی میای خونه؟", "مرسی عزیزم، فردا می‌بینمت"}) {
            String tag = d.detect(s).tag();
            assertTrue(tag.equals("fa") || tag.equals("prs"), s + " -> " + tag);
        }
    }

    @Test
    void uyghurIsNotArabic() {
        assertNotEquals("ar", d.detect("مەن ئۈرۈمچىدە ياشايمەن").tag());
    }
}
