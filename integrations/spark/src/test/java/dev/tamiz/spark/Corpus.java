package dev.tamiz.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up pages for the tests: news pages of an English and a Persian site with their furniture (menus, share
 * buttons, copyright lines, date lines, and a slogan on every page that the cleaner keeps: a site template), a
 * small blog with the same kind of slogan on too few pages to be a template, a mixed-language page, a page with
 * no URL, a page whose id is a JSON number, an empty page and a page with no text.
 */
final class Corpus {

    static final String EN_HOST = "news.example.com";
    static final String FA_HOST = "khabar.example.ir";
    static final String EN_SLOGAN = "Northfield News — independent reporting since 1998";
    static final String FA_SLOGAN = "خبرگزاری نمونه، صدای مستقل شهر";
    static final String FA_SHARE = "اشتراک‌گذاری در تلگرام";
    static final String BLOG_SLOGAN = "Notes from a small garden";

    /** A page: id, URL (or null), text (or null). */
    record Page(String id, String url, String text) {
    }

    private static final String[] EN_TOPICS = {"library", "bridge", "school", "hospital", "park", "museum",
            "station", "market"};
    private static final String[] EN_VERBS = {"approves", "delays", "reviews", "questions", "welcomes",
            "rejects", "funds", "debates"};
    private static final String[] FA_TOPICS = {"کتابخانه", "پل", "مدرسه", "بیمارستان", "پارک", "موزه",
            "ایستگاه", "بازار"};
    private static final String[] FA_MONTHS = {"۰۱", "۰۲", "۰۳", "۰۴", "۰۵", "۰۶", "۰۷", "۰۸"};

    private Corpus() {
    }

    static List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pages.add(new Page("en-" + i, "https://www." + EN_HOST + "/city/" + i + ".html", english(i)));
        }
        for (int i = 0; i < 8; i++) {
            pages.add(new Page("fa-" + i, "http://" + FA_HOST + "/news/" + (1000 + i), persian(i)));
        }
        for (int i = 0; i < 2; i++) {
            pages.add(new Page("blog-" + i, "https://blog.example.org/" + i, String.join("\n\n",
                    BLOG_SLOGAN,
                    "Week " + (i + 1) + " in the garden",
                    "The tomatoes finally turned red this week, after a long and rather cold summer that kept "
                            + "everything small and green for far too long.",
                    "Next week I will write about saving seeds, which is easier than most people think.")));
        }
        pages.add(new Page("mixed-0", "https://news.example.com/world/mixed", String.join("\n\n",
                "Two languages on one page",
                "The ministry published its statement in both languages on Monday, and the English version "
                        + "was shorter than the original.",
                "وزارتخانه بیانیه خود را روز دوشنبه به دو زبان منتشر کرد و نسخه انگلیسی آن از متن اصلی "
                        + "کوتاه‌تر بود. این بیانیه درباره طرح‌های تازه حمل و نقل شهری است.")));
        pages.add(new Page("no-url", null, "Rain is expected over the weekend across the northern valleys, "
                + "with snow on the higher passes.\n\nShare on Facebook"));
        pages.add(new Page("42", "https://blog.example.org/numeric-id", "A page whose id is a number in the JSON "
                + "input, which the job reads as the string 42 like every other id."));
        pages.add(new Page("empty", "https://news.example.com/empty", ""));
        pages.add(new Page("null-text", "https://news.example.com/null", null));
        return pages;
    }

    private static String english(int i) {
        String topic = EN_TOPICS[i];
        return String.join("\n\n",
                "Home | World | Business | Sports | Contact",
                EN_SLOGAN,
                "City council " + EN_VERBS[i] + " new " + topic + " plan",
                "Published: " + (10 + i) + " March 2024",
                "The city council met on Tuesday to discuss the new " + topic + ", a project that has divided "
                        + "residents for more than " + (i + 2) + " years and filled every public meeting.",
                "Supporters said the " + topic + " would serve thousands of families in the eastern districts. "
                        + "Critics argued that the money should go to road repairs first.",
                "A final decision is expected in " + (i + 3) + " weeks, after a public consultation.",
                "Share on Facebook\nShare on Twitter\nSubscribe to our newsletter",
                "© 2024 Northfield News. All rights reserved.");
    }

    private static String persian(int i) {
        String topic = FA_TOPICS[i];
        return String.join("\n\n",
                "صفحه اصلی | سیاسی | اقتصادی | ورزشی | تماس با ما",
                FA_SLOGAN,
                "افتتاح " + topic + " جدید شهر در پاییز",
                "تاریخ انتشار: ۱۴۰۲/" + FA_MONTHS[i] + "/۱۲",
                "شورای شهر روز سه‌شنبه بودجه ساخت " + topic + " جدید را تصویب کرد و به بحثی که بیش از دو سال "
                        + "طول کشیده بود پایان داد.",
                "موافقان می‌گویند این " + topic + " به هزاران خانواده در محله‌های شرقی خدمت می‌کند، اما "
                        + "مخالفان معتقدند این پول باید صرف تعمیر خیابان‌ها شود.",
                FA_SHARE + "\nکلیه حقوق این سایت محفوظ است.");
    }

    /** Writes the pages as JSONL, one object a line. */
    static void writeJsonl(List<Page> pages, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Page p : pages) {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("id", p.id());
            o.put("url", p.url());
            o.put("text", p.text());
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, String> e : o.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                if (sb.length() > 1) {
                    sb.append(',');
                }
                boolean number = e.getKey().equals("id") && e.getValue().matches("[0-9]+");
                sb.append(json(e.getKey())).append(':').append(number ? e.getValue() : json(e.getValue()));
            }
            lines.add(sb.append('}').toString());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
