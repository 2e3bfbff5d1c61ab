package dev.tamiz.boilerplate;

import dev.tamiz.internal.TextFold;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every family of the built-in catalogue, in English and Persian (and a few other languages). */
class RuleFamiliesTest {

    private static final RuleCatalog RULES = RuleCatalog.builtin();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // author notes
            "About the author|author-bio",
            "Über den Autor|author-bio",
            "درباره نویسنده|author-bio",
            // search boxes
            "Close this search box.|search-box",
            "Type here to search|search-box",
            "بستن جستجو|search-box",
            "جستجو در سایت|search-box",
            // comment and reply forms
            "Leave a Reply|comment-form",
            "Your email address will not be published. Required fields are marked *|comment-form",
            "12 Comments|comment-form",
            "دیدگاهتان را بنویسید|comment-form",
            "نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *|comment-form",
            "Schreibe einen Kommentar|comment-form",
            // chat and contact widgets
            "Scan the code|chat-widget",
            "How can I help you?|chat-widget",
            "باز کردن چت|chat-widget",
            "چگونه می‌توانم کمک کنم؟|chat-widget",
            "ارتباط از طريق واتس اپ|chat-widget",
            // share, like and view counters
            "Share this article|share-counters",
            "Facebook Twitter WhatsApp Email|share-counters",
            "1.2K views|share-counters",
            "تعداد بازدید: ۱۲۳|share-counters",
            "اشتراک گذاری|share-counters",
            // newsletter, subscription and app prompts
            "Sign up for our newsletter|newsletter",
            "عضویت در خبرنامه|newsletter",
            "Подпишитесь на нашу рассылку|newsletter",
            // cookie and consent notices
            "This website uses cookies to improve your experience.|cookie-notice",
            "این سایت از کوکی‌ها استفاده می‌کند.|cookie-notice",
            "Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.|cookie-notice",
            // report an error
            "If you notice an error in the text, select it and press Ctrl + Enter to send the information to the editor.|error-report-prompt",
            "گزارش خطا|error-report-prompt",
            // category, tag and breadcrumb labels
            "Article Categories:|category-label",
            "Tags: politics, elections|category-label",
            "برچسب ها: سیاست، انتخابات|category-label",
            // related, most read, latest
            "Related Posts|related-posts",
            "Read more: The best of the week|related-posts",
            "مطالب مرتبط|related-posts",
            "پربازدیدترین‌ها|related-posts",
            "اقرأ أيضاً|related-posts",
            // short links
            "Short link|link-label",
            "لینک مطلب:|link-label",
            "لینک کوتاه|link-label",
            // page-generation and timing footers
            "Page Generated in 0/0053 sec|page-generation-footer",
            "صفحه در ۰.۰۴ ثانیه ساخته شد|page-generation-footer",
            // copyright and contact footers
            "© 2024 Example News. All rights reserved.|copyright",
            "کلیه حقوق این سایت محفوظ است.|copyright",
            "جميع الحقوق محفوظة|copyright",
            "Contact Us|contact-footer",
            "تماس با ما|contact-footer",
            // login and register
            "Log in|login",
            "ورود / ثبت نام|login",
            "Giriş Yap|login",
            // print / email / font size
            "Print this article|page-controls",
            "نسخه چاپی|page-controls",
            "Font size|page-controls",
            // pagination
            "Page 2 of 5|pagination",
            "صفحه ۲ از ۵|pagination",
            "Next page|pagination",
            // read more (a related-content label)
            "Continue reading|related-posts",
            "ادامه مطلب|related-posts",
            // navigation
            "Skip to content|navigation",
            "صفحه اصلی|navigation",
            // reading time
            "4 min read|reading-time",
            "Reading time: 6 minutes|reading-time",
            "Lesezeit: ca. 3 Minuten|reading-time",
            "زمان مطالعه: ۵ دقیقه|reading-time",
            "مدت زمان مطالعه: ۷ دقیقه|reading-time",
            "وقت القراءة: 4 دقائق|reading-time",
            "Temps de lecture : 5 min|reading-time",
            "3 minutos de lectura|reading-time",
            // feedback prompts
            "Was this article helpful?|feedback-prompt",
            "If you enjoyed reading this post, share it with a friend.|feedback-prompt",
            "Gefällt Ihnen dieser Artikel?|feedback-prompt",
            "آیا این مطلب مفید بود؟|feedback-prompt",
            "این خبر را چگونه ارزیابی می‌کنید؟|feedback-prompt",
            "هل أعجبك المقال؟|feedback-prompt",
            // comment counts, share prompts, disclosures, browser notices
            "11 Antworten zu „Ein Tag am Meer“|comment-form",
            "Teilen Sie dies mit:|share-counters",
            "As an Amazon Associate we earn from qualifying purchases.|copyright",
            "This site participates in the Amazon Associates Program.|copyright",
            "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.|copyright",
            "For full functionality, please enable JavaScript in your browser.|browser-notice",
            // languages beyond the ten required ones
            "Korzystamy z cookies. Dowiedz się więcej.|cookie-notice",
            "Czytaj także|related-posts",
            "Dodaj komentarz|comment-form",
            "Nos siga no Instagram|newsletter",
            "Leia também|related-posts",
            "Lascia un commento|comment-form",
            "Leggi anche|related-posts",
            // story-list headings in general, glued share counts, notices
            "Most Read Business Stories|related-posts",
            "Next Up In Culture|related-posts",
            "More from Sports|related-posts",
            "Meistgeklickte Beiträge|related-posts",
            "meist-diskutiert|related-posts",
            "Weitere aktuelle Themen aus der Arbeitswelt|related-posts",
            "Les articles les plus lus|related-posts",
            "Plus d'actualités Sport|related-posts",
            "Más sobre La Tercera|related-posts",
            "Pinterest192.0K|share-counters",
            "WhatsApp 3.4K|share-counters",
            "Subscribe to my Newsletter 😻|newsletter",
            "This site is accessible without JavaScript, but it works better with it enabled.|browser-notice",
            "This site works best with JavaScript enabled.|browser-notice",
            "Zum Rezept Drucken Pinnen|page-controls",
            "Rezept drucken Bei Pinterest speichern|page-controls",
            "Jump to Recipe|page-controls",
            "Print Recipe Pin Recipe|page-controls",
            "Das Thema könnte dich auch interessieren:|related-posts",
            "Zum Weiterlesen:|related-posts",
            "getaggt mit: Sommer, Urlaub|category-label",
            "You may also be interested in|related-posts",
            "Enjoying this article?|feedback-prompt",
            "برای استفاده از این سایت، جاوا اسکریپت را فعال کنید.|browser-notice",
            "مرورگر شما قدیمی است؛ لطفاً مرورگر خود را به‌روز کنید.|browser-notice",
            "Found a typo? Report an error|error-report-prompt",
            "Report an error|error-report-prompt",
            "Page generated in 0.0421 seconds|page-generation-footer",
            "این صفحه در ۰٫۳ ثانیه ساخته شد|page-generation-footer",
            "header-image.jpg|image-placeholder",
            "تصویر-خبر.png|image-placeholder",
            "آخرین اخبار ورزشی|related-posts",
            "پربازدیدترین‌های هفته|related-posts",
            "پربازدیدترین مطالب هفته|related-posts",
            "مطالب مرتبط با این موضوع|related-posts",
            "الأكثر قراءة اليوم|related-posts",
            "آخر الأخبار الرياضية|related-posts",
            "Gefällt dir unser Klettermagazin?|feedback-prompt",
            "Support our journalism|newsletter",
            "Unterstützen Sie unseren Journalismus|newsletter",
    })
    void familyMatches(String line, String family) {
        Optional<Rule> r = RULES.match(TextFold.key(line));
        assertTrue(r.isPresent(), "no rule for: " + line);
        assertEquals(family, r.get().family(), line + " matched " + r.get().id());
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', value = {
            "– Pedram is sure.",
            "Afghanistan Freedom Front",
            "Islamic Unity Party of Afghanistan",
            "Call for official political office",
            "He said the search for survivors would continue through the night.",
            "نشست سازمان ملل در قطر",
            "وزیر امور خارجه در این دیدار گفت که همکاری‌ها ادامه خواهد داشت.",
            "Copyright law is changing in Europe",
            "Lea ging nach Hause.",
            "The comments section of the report was long.",
            "She read for 20 minutes every night before bed.",
            "The film runs 120 minutes.",
            "Wir haben fünf Minuten gewartet, bis die Feuerwehr kam.",
            "Amazon reported higher profits for the third quarter.",
            "زمان مطالعه دانش‌آموزان در سال گذشته افزایش یافت.",
            "Polska wygrała mecz z Niemcami.",
            "Most people read the news on their phones.",
            "More news came on Tuesday.",
            "Weitere Schulen schließen im Winter",
            "Facebook 2020 annual report",
            "Más de 20 muertos en el accidente",
            "Das Rezept",
            "آخرین اخبار حاکی از آن است که مذاکرات ادامه دارد",
            "مطالب این کتاب در سه بخش آمده است.",
            "Love the one you're with",
            "Gefällt mir nicht, sagt der Trainer",
            "Print the recipe and save it for later.",
    })
    void contentIsNotMatched(String line) {
        Optional<Rule> r = RULES.match(TextFold.key(line));
        assertTrue(r.isEmpty(), line + " matched " + r.map(Rule::id).orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en", "fa", "ar", "ps", "ur", "ru", "de", "fr", "es", "tr", "pl", "pt", "it"})
    void everyLanguageHasAFile(String lang) {
        long n = RULES.rules().stream().filter(r -> r.lang().equals(lang)).count();
        assertTrue(n >= 50, lang + " has only " + n + " rules");
        long families = RULES.rules().stream().filter(r -> r.lang().equals(lang)).map(Rule::family).distinct().count();
        assertTrue(families >= 12, lang + " covers only " + families + " families");
    }
}
