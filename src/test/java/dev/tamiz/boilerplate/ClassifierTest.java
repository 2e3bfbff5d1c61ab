package dev.tamiz.boilerplate;

import dev.tamiz.Cleaner;
import dev.tamiz.Document;
import dev.tamiz.Explanation;
import dev.tamiz.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The block classifier on whole pages written for these tests: furniture goes, short content stays. */
class ClassifierTest {

    private static final Cleaner CLEANER = Cleaner.builder().normalize(false).build();

    private static final String EN_PAGE = String.join("\n",
            "Close this search box.",
            "Home",
            "World",
            "Politics",
            "Business",
            "Sport",
            "",
            "Coalition talks resume after weekend of protests",
            "",
            "Negotiators from the five parties returned to the table on Monday morning, after a weekend in which "
                    + "thousands of people marched through the capital to demand a quick agreement.",
            "",
            "The parties that signed the joint statement",
            "",
            "Freedom Front",
            "",
            "Women Protestor Movement",
            "",
            "People's Empathy Party",
            "",
            "Justice and Unity Party",
            "",
            "The chairman of the largest party said the talks had been difficult but that a deal was within reach, "
                    + "and that the remaining questions were about the budget rather than about principles.",
            "",
            "What happens next",
            "",
            "Will the deal hold? Few observers expect a final text before the end of the month, and several "
                    + "smaller parties have said they will put any agreement to a vote of their members.",
            "",
            "– Pedram is sure.",
            "",
            "Asked whether he was worried, the chairman smiled and said that he had seen harder negotiations "
                    + "than these, and that he expected the new government to be sworn in before the summer.",
            "",
            "Share this article",
            "Facebook Twitter WhatsApp Email",
            "0 0",
            "Related Posts",
            "Markets rally as talks resume",
            "Opposition names new leader",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "© 2024 Example News. All rights reserved.",
            "Page generated in 0.0123 seconds");

    private static final String FA_PAGE = String.join("\n",
            "بستن جستجو",
            "صفحه اصلی",
            "سیاسی",
            "اقتصادی",
            "ورزشی",
            "",
            "دیدار وزیران خارجه دو کشور در تهران",
            "",
            "وزیران امور خارجه دو کشور روز دوشنبه در تهران با یکدیگر دیدار و درباره راه‌های گسترش همکاری‌های "
                    + "اقتصادی و فرهنگی گفت‌وگو کردند.",
            "",
            "محورهای گفت‌وگو",
            "",
            "در این دیدار که بیش از دو ساعت به طول انجامید، دو طرف بر ضرورت افزایش مبادلات تجاری و تسهیل "
                    + "رفت‌وآمد شهروندان تأکید کردند و خواستار برگزاری نشست کمیسیون مشترک شدند.",
            "",
            "آیا این توافق اجرایی می‌شود؟",
            "",
            "به گفته کارشناسان، اجرای این توافق به تصمیم‌های دولت‌ها در ماه‌های آینده بستگی دارد و هنوز "
                    + "جزئیات آن منتشر نشده است.",
            "",
            "اشتراک گذاری",
            "لینک کوتاه",
            "مطالب مرتبط",
            "ارسال نظر",
            "نشانی ایمیل شما منتشر نخواهد شد.",
            "کلیه حقوق این سایت محفوظ است.",
            "باز کردن چت",
            "ارتباط از طریق واتس اپ",
            "چگونه می‌توانم کمک کنم؟");

    private static List<String> kept(String page) {
        return CLEANER.clean(page).paragraphs().stream().map(Paragraph::text).collect(Collectors.toList());
    }

    @Test
    void englishPageKeepsShortContentAndDropsFurniture() {
        List<String> kept = kept(EN_PAGE);
        for (String c : List.of("Coalition talks resume after weekend of protests",
                "The parties that signed the joint statement", "Freedom Front", "Women Protestor Movement",
                "People's Empathy Party", "Justice and Unity Party", "What happens next", "– Pedram is sure.")) {
            assertTrue(kept.contains(c), "lost: " + c + " in " + kept);
        }
        for (String f : List.of("Close this search box.", "Share this article", "Facebook Twitter WhatsApp Email",
                "0 0", "Related Posts", "Leave a Reply", "© 2024 Example News. All rights reserved.",
                "Page generated in 0.0123 seconds", "Home", "Politics")) {
            assertFalse(kept.contains(f), "kept: " + f);
        }
    }

    @Test
    void persianPageKeepsSubheadingsAndQuestionsAndDropsFurniture() {
        List<String> kept = kept(FA_PAGE);
        for (String c : List.of("دیدار وزیران خارجه دو کشور در تهران", "محورهای گفت‌وگو", "آیا این توافق اجرایی می‌شود؟")) {
            assertTrue(kept.contains(c), "lost: " + c + " in " + kept);
        }
        for (String f : List.of("بستن جستجو", "صفحه اصلی", "اشتراک گذاری", "لینک کوتاه", "مطالب مرتبط", "ارسال نظر",
                "کلیه حقوق این سایت محفوظ است.", "باز کردن چت", "چگونه می‌توانم کمک کنم؟")) {
            assertFalse(kept.contains(f), "kept: " + f);
        }
        assertEquals(6, kept.size(), kept.toString());
    }

    @Test
    void everyRemovalHasAReasonAndEvidence() {
        Document d = CLEANER.clean(EN_PAGE);
        assertFalse(d.removed().isEmpty());
        d.removed().forEach(r -> {
            assertFalse(r.reason().isBlank());
            assertFalse(r.ruleId().isBlank());
        });
        List<Explanation> ex = CLEANER.explain(EN_PAGE);
        Explanation menu = ex.stream().filter(e -> e.text().equals("Politics")).findFirst().orElseThrow();
        assertFalse(menu.kept());
        assertTrue(menu.features().containsKey("score"), menu.features().toString());
        assertTrue(menu.features().containsKey("zone"), menu.features().toString());
        Explanation rule = ex.stream().filter(e -> e.text().equals("Leave a Reply")).findFirst().orElseThrow();
        assertEquals("comment-form", rule.reason());
        assertTrue(rule.features().get("rule").startsWith("en.rules:"), rule.features().toString());
    }

    @Test
    void aPageOfOnlyShortLinesIsKeptWhenNothingMarksItAsFurniture() {
        // when unsure, keep: a poem or a list with no running text around it
        String poem = "The rain came down\nupon the quiet town\nand no one came\nto call my name";
        assertEquals(4, kept(poem).size());
    }

    private static final String PARA_1 = "The council voted on Tuesday to extend the night bus service for another "
            + "year, after a trial in which the number of passengers grew in every month since the spring.";
    private static final String PARA_2 = "Officials said the cost would be covered by the city's transport budget, and "
            + "that the routes would be reviewed again in the autumn when the first full figures are in.";
    private static final String PARA_3 = "Residents who had asked for the service said they were relieved, although "
            + "some of them would have liked the buses to run more often on weekdays and in the suburbs.";

    @Test
    void teasersAfterARelatedHeadingGoWithIt() {
        String page = String.join("\n", "Night buses to run for another year", "", PARA_1, "", PARA_2, "", PARA_3, "",
                "Related", "", "Tram line opens two months early", "The new line will carry up to a thousand people a day.",
                "", "City approves budget for new cycle lanes", "Work on the first lanes is to start in the spring.",
                "", "Mayor promises cheaper tickets for students", "", "Airport link closed for repairs in March");
        List<String> kept = kept(page);
        assertTrue(kept.containsAll(List.of(PARA_1, PARA_2, PARA_3)), kept.toString());
        for (String teaser : List.of("Tram line opens two months early", "City approves budget for new cycle lanes",
                "The new line will carry up to a thousand people a day.",
                "Mayor promises cheaper tickets for students", "Airport link closed for repairs in March")) {
            assertFalse(kept.contains(teaser), "kept: " + teaser);
        }
    }

    @Test
    void aSectionHeadingFollowedByRunningTextDoesNotEndTheArticle() {
        String page = String.join("\n", "Night buses to run for another year", "", PARA_1, "", PARA_2, "",
                "See also", "", PARA_3, "", "What the passengers say", "", PARA_1.replace("council", "committee"));
        List<String> kept = kept(page);
        assertTrue(kept.containsAll(List.of(PARA_1, PARA_2, PARA_3, "What the passengers say")), kept.toString());
    }

    @Test
    void emptyAndSymbolOnlyPages() {
        assertTrue(kept("").isEmpty());
        assertTrue(kept("|\n»\n***").isEmpty());
    }

    /**
     * The score runs its code pattern only on blocks that have what one of the pattern's alternatives needs; that
     * screen must never hide a match. Random blocks of code-like characters, Persian letters and spaces: the
     * {@code code} feature is there exactly when the pattern finds a match.
     */
    @Test
    void theCodeScreenNeverHidesAMatch() {
        BoilerplateClassifier c = new BoilerplateClassifier();
        String alphabet = "ab_9 ( ) ; { } [ ] < > = ! + - * / # $ \t xy صد ،.";
        java.util.Random random = new java.util.Random(11);
        int coded = 0;
        for (int round = 0; round < 4000; round++) {
            StringBuilder sb = new StringBuilder("w");
            int len = 2 + random.nextInt(14);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString().strip();
            dev.tamiz.segment.Block b = new dev.tamiz.segment.Block(text, 0, text.length(), 1, true, "");
            Decision d = c.classify(List.of(b), null).get(0);
            if (!d.features().containsKey("score")) {
                continue; // decided by a rule or a layout heuristic before any score
            }
            boolean expected = BoilerplateClassifier.CODE.matcher(text).find();
            assertEquals(expected, d.features().containsKey("code"), text);
            coded += expected ? 1 : 0;
        }
        assertTrue(coded > 100, "blocks that look like code: " + coded);
    }

    @Test
    void copyrightNoticesOfAnyLengthAndLanguageButNotPhotoCredits() {
        for (String notice : List.of(
                "© 2005-2020 Example Media, a Sample Company. All rights reserved. Our website services, content, and "
                        + "products are for informational purposes only and do not provide advice of any kind.",
                "(c) 2019 Beispiel Verlag GmbH. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
                "Copyright © 2021 Ejemplo Noticias, todos los derechos reservados, prohibida su reproducción.",
                "© ۱۴۰۱ تمامی حقوق مادی و معنوی این پایگاه برای خبرگزاری نمونه محفوظ است و نقل مطالب با ذکر منبع آزاد است.",
                "Copyright 2018 Example News")) {
            assertTrue(BoilerplateClassifier.isCopyrightNotice(notice), notice);
        }
        for (String text : List.of("© Reuters", "© Jane Doe / Example Agency", "Copyright law changed in 2019.",
                "(c) the committee may extend the deadline to 2021", "©")) {
            assertFalse(BoilerplateClassifier.isCopyrightNotice(text), text);
        }
    }

    @Test
    void anIngredientListBesideTheMainTextStaysWithIt() {
        String steps = "Heat the oven to 200 degrees and line a baking tray with paper, then mix the flour, the sugar "
                + "and the butter in a large bowl until the dough holds together and no dry flour is left.";
        String steps2 = "Roll the dough out on a floured surface, cut out the biscuits and bake them for twelve "
                + "minutes, until the edges are golden; leave them to cool on the tray before you move them.";
        String page = String.join("\n", "Home", "Recipes", "Search", "Log in", "Butter biscuits", "", "Ingredients:",
                "300 g flour", "1 tsp baking powder", "200 g butter", "150 g sugar", "1 pinch of salt", "2 eggs",
                "Method:", "", steps, "", steps2, "", "Leave a Reply", "Your email address will not be published.");
        List<String> kept = kept(page);
        assertTrue(kept.containsAll(List.of("Ingredients:", "300 g flour", "1 tsp baking powder", "200 g butter",
                "150 g sugar", "1 pinch of salt", "2 eggs", "Method:", steps, steps2)), kept.toString());
        assertFalse(kept.contains("Leave a Reply"));
        assertFalse(kept.contains("Search"));
    }

    /**
     * A recipe card below the blog post, apart from it (a recipe title, print buttons, times): the card's
     * "Ingredients" list, with items that have no quantity, and its "Directions" with their steps stay.
     */
    @Test
    void aRecipeCardApartFromThePostStays() {
        String intro = "Once in a while I like to cook without meat, and this noodle dish has become a favourite at "
                + "home because it is quick, it is cheap and everybody at the table asks for a second plate.";
        String intro2 = "The only slow part is frying the tofu, which you can do the day before; the rest takes "
                + "about fifteen minutes from the moment the wok is hot, so have everything ready beside you.";
        List<String> card = List.of("Ingredients", "• 1/2 block of tofu, diced", "• 120g yellow noodles",
                "• 1 tbsp minced garlic", "• Some beansprouts", "• Some green vegetables", "• Some cooking oil",
                "• 2 tsp dark soya sauce", "Directions", "• Dice the tofu and fry it until golden.",
                "• Fry the garlic in the same oil, then add the noodles.", "• Add the vegetables and the tofu, and serve hot.");
        String page = String.join("\n", "Home", "Recipes", "Search", "Fried noodles with tofu", "", intro, "", intro2,
                "", "Fried noodles with tofu", "Pin", "Print", "Servings", "2", "Prep time", "10", "minutes",
                String.join("\n", card), "Related", "Chilli fish balls", "Leave a Reply",
                "Your email address will not be published.");
        List<String> kept = kept(page);
        assertTrue(kept.containsAll(List.of(intro, intro2)), kept.toString());
        for (String c : card) {
            assertTrue(kept.stream().anyMatch(k -> k.endsWith(c.replace("• ", ""))), "lost: " + c + " " + kept);
        }
        assertFalse(kept.contains("Chilli fish balls") || kept.contains("Search"), kept.toString());
    }

    /** The same in Persian (testdata/fa-recipe-page.txt): "مواد لازم" and "طرز تهیه" with their items stay. */
    @Test
    void aPersianRecipeCardStays() throws java.io.IOException {
        List<String> kept = kept(java.nio.file.Files.readString(java.nio.file.Path.of("testdata/fa-recipe-page.txt")));
        for (String c : List.of("مواد لازم", "۵۰۰ گرم گوشت گوسفندی", "لیمو عمانی", "نمک و فلفل", "طرز تهیه",
                "رب و لپه و آب را اضافه کنید و بگذارید دو ساعت با حرارت ملایم بپزد.")) {
            assertTrue(kept.stream().anyMatch(k -> k.endsWith(c)), "lost: " + c + " " + kept);
        }
        for (String f : List.of("کوکو سبزی مجلسی", "زمان آماده‌سازی", "جستجو", "چاپ")) {
            assertFalse(kept.stream().anyMatch(k -> k.endsWith(f)), "kept: " + f);
        }
    }

    @Test
    void quantitiesAreNotListNumbersOrHeadingNumbers() {
        for (String q : List.of("200 g Zucker", "1 TL Zimt", "1½ cups rice", "120g noodles", "1-2 cloves garlic",
                "۲ قاشق غذاخوری روغن", "2 large onions", "0,5 l Milch")) {
            assertTrue(BoilerplateClassifier.opensWithQuantity(q), q);
        }
        for (String q : List.of("1. Preheat the oven", "2) Mix", "3.1 Foreign relations", "1 Etymology",
                "0 │ 2020-08-01", "2021", "Salt and pepper")) {
            assertFalse(BoilerplateClassifier.opensWithQuantity(q), q);
        }
    }

    /**
     * A Persian news page whose article has a list after a line ending in a colon, then one more paragraph: the
     * list and the paragraph stay (testdata/fa-news-list.txt); without the paragraph, the list still stays.
     */
    @Test
    void aListInsideTheArticleAndTheParagraphAfterItStay() throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("testdata/fa-news-list.txt"));
        String last = "او در پاسخ به پرسشی درباره مشکلات حمل و نقل گفت: کمبود کامیون یخچال‌دار همچنان یکی از "
                + "گلوگاه‌های صادرات است و با همکاری وزارت راه این مشکل تا پایان سال برطرف می‌شود.";
        List<String> list = List.of("مهم‌ترین اقلام صادراتی:", "پسته", "خرما", "زعفران", "سیب", "کشمش");
        List<String> kept = kept(page);
        assertTrue(kept.containsAll(list), kept.toString());
        assertTrue(kept.contains(last), kept.toString());
        for (String f : List.of("کاهش قیمت پسته در بازار داخلی", "صادرات", "قیمت طلا و سکه امروز", "جستجو",
                "۱۲۵ بازدید", "انتهای پیام/")) {
            assertFalse(kept.contains(f), "kept: " + f);
        }
        List<String> withoutLast = kept(page.replace(last + "\n", ""));
        assertTrue(withoutLast.containsAll(list), withoutLast.toString());
    }

    /** Share buttons and a copy-link button between the headline and the text do not cost the headline. */
    @Test
    void theHeadlineStaysAcrossShareButtons() throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("testdata/en-blog-page.txt"));
        Document d = Cleaner.builder().normalize(false).build().clean(page);
        List<String> kept = d.paragraphs().stream().map(Paragraph::text).collect(Collectors.toList());
        assertEquals("City council approves plan to turn old rail yard into a park", kept.get(0));
        assertEquals("By Maria Lopez", d.metadata().get("byline"));
        for (String f : List.of("Share on Facebook", "Copy link", "World", "Bus fares to rise in January",
                "Finally! This has taken far too long.")) {
            assertFalse(kept.contains(f), "kept: " + f);
        }
        assertTrue(BoilerplateClassifier.looksLikeHeadline("Woman attacks inspector at police station",
                "woman attacks inspector at police station"));
        String interview = "گفت‌وگو با کارگردان «باران»: سینما باید به زندگی مردم نزدیک شود";
        assertTrue(BoilerplateClassifier.looksLikeHeadline(interview, dev.tamiz.internal.TextFold.key(interview)));
        assertFalse(BoilerplateClassifier.looksLikeHeadline("Moderator: Hass Chapman Jones",
                dev.tamiz.internal.TextFold.key("Moderator: Hass Chapman Jones")));
        for (String t : List.of("Corey Kilgannon", "Alex Perry 1 day ago", "By Jane Doe", "Share this | Email")) {
            assertFalse(BoilerplateClassifier.looksLikeHeadline(t, dev.tamiz.internal.TextFold.key(t)), t);
        }
    }

    /** German and French news pages: headline, byline, date, the list inside the article; furniture around it. */
    @Test
    void germanAndFrenchNewsPages() throws java.io.IOException {
        Cleaner cleaner = Cleaner.builder().normalize(false).build();
        Document de = cleaner.clean(java.nio.file.Files.readString(java.nio.file.Path.of("testdata/de-news-page.txt")));
        assertEquals("Landtag beschließt neues Schulgesetz", de.title());
        assertEquals("2026-11-21T14:35", de.date());
        assertEquals("Von Anna Becker", de.metadata().get("byline"));
        List<String> deKept = de.paragraphs().stream().map(Paragraph::text).collect(Collectors.toList());
        assertTrue(deKept.containsAll(List.of("Die wichtigsten Punkte im Überblick:", "Mehr Stellen für Sozialarbeiter",
                "Das Gesetz tritt zum neuen Schuljahr in Kraft.")), deKept.toString());
        assertFalse(deKept.contains("Neue Schulbücher kommen später"));
        Document fr = cleaner.clean(java.nio.file.Files.readString(java.nio.file.Path.of("testdata/fr-news-page.txt")));
        assertEquals("La ville de Lyon étend ses zones piétonnes", fr.title());
        assertEquals("2026-11-21T10:15", fr.date());
        List<String> frKept = fr.paragraphs().stream().map(Paragraph::text).collect(Collectors.toList());
        assertFalse(frKept.contains("Partager sur X"), frKept.toString());
        assertEquals(4, frKept.size(), frKept.toString());
    }

    @Test
    void theAuthorsBiographyAtTheEndGoesButNotASentenceAboutSomeoneInTheArticle() {
        String bio = "Maria Lopez is a reporter covering city hall and urban planning. She joined in 2019.";
        String inside = "Jane Roe is a professor at the university and has studied the rail yard for years, she said.";
        String page = String.join("\n", "Night buses to run for another year", "", PARA_1, "", inside, "", PARA_2, "",
                PARA_3, "", bio);
        List<String> kept = kept(page);
        assertTrue(kept.containsAll(List.of(PARA_1, inside, PARA_2, PARA_3)), kept.toString());
        assertFalse(kept.contains(bio), kept.toString());
        for (String b : List.of("Anna Becker ist Redakteurin im Ressort Politik.", "Tim Ehlers schreibt seit 2010 für "
                + "die Zeitung.", "Claire Martin est journaliste au service Société.", "Ana Ruiz es periodista y "
                + "escribe sobre educación.", "Jake is the co-founder of a small studio.", "Candice Lee is the Founder & Principal Consultant at Example.",
                "Markus Weber beschäftigt sich mit den Themen Datenschutz und Netzpolitik.")) {
            assertTrue(BoilerplateClassifier.isAuthorBio(b), b);
        }
        String note = "Maria Lopez is a reporter who has covered transport and housing for the paper since 2015.";
        List<String> underHeading = kept(String.join("\n", "Night buses to run for another year", "", PARA_1, "",
                PARA_2, "", PARA_3, "", "About the author", "", "Maria Lopez", "", note));
        assertTrue(underHeading.containsAll(List.of(PARA_1, PARA_2, PARA_3)), underHeading.toString());
        assertFalse(underHeading.contains("Maria Lopez") || underHeading.contains(note), underHeading.toString());
        // a "Zur Person" box inside an interview: the article goes on after the note
        String question = "Wie lange dürfen Eltern mit ihrem kranken Kind zu Hause bleiben?";
        List<String> box = kept(String.join("\n", "Night buses to run for another year", "", PARA_1, "", "Zur Person",
                "", "Kathrin Weber ist Autorin und Fachanwältin für Arbeitsrecht in Köln.", "", question, "", PARA_2, "", PARA_3));
        assertTrue(box.containsAll(List.of(question, PARA_2, PARA_3)), box.toString());
        assertFalse(box.contains("Kathrin Weber ist Autorin und Fachanwältin für Arbeitsrecht in Köln."), box.toString());
        for (String t : List.of("The mayor is a former teacher.", "Prices are a concern for the editor.",
                "Smith said he is a writer.", "Hello, world: a first program.", "Hi everyone, welcome back.")) {
            assertFalse(BoilerplateClassifier.isAuthorBio(t), t);
        }
    }

    @Test
    void aWritersSelfIntroductionWithItsAboutLineAtTheEndGoes() {
        String intro = "Hallo, ich bin Foodbloggerin und Journalistin. Seit 2012 findet ihr hier alles rund ums Backen.";
        for (String b : List.of(intro, "Hi, I'm Nicolas. I code stuff and I take photos.",
                "Bonjour, je suis Claire et j'écris sur la cuisine du Sud.", "Hola, soy Ana y escribo sobre viajes.",
                "By Alex Heath, a deputy editor and author of a newsletter. He has covered the industry for years.")) {
            assertTrue(BoilerplateClassifier.isAuthorBio(b), b);
        }
        List<String> kept = kept(String.join("\n", "Night buses to run for another year", "", PARA_1, "", PARA_2, "",
                PARA_3, "", "Kathrin Runge", "", "Über Kathrin", "", intro));
        assertTrue(kept.containsAll(List.of(PARA_1, PARA_2, PARA_3)), kept.toString());
        assertFalse(kept.contains(intro) || kept.contains("Über Kathrin") || kept.contains("Kathrin Runge"),
                kept.toString());
        // the note stays found when teasers of other stories that read like text follow it
        String note = "Maria Lopez is a reporter who has covered transport and housing for the paper since 2015.";
        String teaser = "The council voted on Tuesday to keep the old tram depot open for another ten years, officials "
                + "said after a long debate that ran late into the night and left many questions open.";
        List<String> withTeasers = kept(String.join("\n", "Night buses to run for another year", "", PARA_1, "",
                PARA_2, "", PARA_3, "", note, "", "Related", "", "Share", "", "Tram depot to stay open", "", teaser));
        assertTrue(withTeasers.containsAll(List.of(PARA_1, PARA_2, PARA_3)), withTeasers.toString());
        assertFalse(withTeasers.contains(note), withTeasers.toString());
    }

    @Test
    void aMenuMayHaveOneLongerItem() {
        String menu = "Branding · Terms · Privacy · Twitter · Edit this page on GitHub";
        List<String> kept = kept(String.join("\n", "Night buses to run for another year", "", PARA_1, "", PARA_2, "",
                PARA_3, "", menu));
        assertTrue(kept.containsAll(List.of(PARA_1, PARA_2, PARA_3)), kept.toString());
        assertFalse(kept.contains(menu), kept.toString());
        // two longer items, or a longer one among three, make no menu
        String line = "Rain in the north · Sun and wind in the south · Snow on the hills";
        assertTrue(kept(String.join("\n", "Night buses to run for another year", "", PARA_1, "", line, "", PARA_2, "",
                PARA_3)).contains(line));
    }

    /**
     * A long list of story teasers under a "More Related Stories" heading, each reading like a short sentence, is
     * no second part of the article.
     */
    @Test
    void aLongTeaserListUnderARelatedHeadingIsNotMoreArticle() {
        List<String> teasers = List.of("• Museum opens a show of old maps and globes this weekend.",
                "• Football club signs a young striker from the south coast.",
                "• Storm warning issued for the hills as winds pick up.",
                "• Bakery wins a prize for the best rye bread in the region.",
                "• Theatre season starts with a comedy about two brothers.",
                "• Hospital trust hires forty nurses to cut waiting lists.",
                "• Library extends its opening hours during the exam period.",
                "• Farmers markets return to the square every Saturday.",
                "• Court hears the case of a stolen painting worth millions.",
                "• Cyclists ask for a safer crossing near the old bridge.",
                "• Zoo welcomes a pair of red pandas from a park abroad.",
                "• Students plan a protest against higher rents in the centre.");
        String para4 = "The transport office said that drivers for the extra routes had been found among staff who "
                + "wanted more hours, and that no new vehicles were needed for the coming year.";
        String para5 = "Opposition members asked for a full report on safety at the stops, which the council "
                + "promised to publish before the next budget is set in the spring.";
        String page = String.join("\n", "Night buses to run for another year", "", PARA_1, "", PARA_2, "", PARA_3,
                "", para4, "", para5, "", "Share", "More Related Stories", String.join("\n", teasers), "",
                "Contact us");
        List<String> kept = kept(page);
        assertTrue(kept.containsAll(List.of(PARA_1, PARA_2, PARA_3, para4, para5)), kept.toString());
        for (String t : teasers) {
            assertFalse(kept.stream().anyMatch(k -> t.endsWith(k)), kept.toString());
        }
    }

    @Test
    void aLinkToAnotherStoryInsideTheTextGoesButAColonInASentenceStays() {
        String link = "Lea: Consejo Permanente aborda este miércoles la confiscación de sus oficinas";
        String link2 = "اقرأ أيضا: ارتفاع أسعار الذهب في الأسواق المحلية";
        String link3 = "بیشتر بخوانید: افزایش قیمت طلا در بازار تهران";
        String quote = "Read the report: it says the service will need more drivers by next year.";
        List<String> kept = kept(String.join("\n", "Night buses to run for another year", "", PARA_1, "", link, "",
                PARA_2, "", link2, "", quote, "", link3, "", PARA_3));
        assertTrue(kept.containsAll(List.of(PARA_1, PARA_2, PARA_3, quote)), kept.toString());
        assertFalse(kept.contains(link) || kept.contains(link2) || kept.contains(link3), kept.toString());
    }
}
