package dev.tamiz.meta;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataRecognizerTest {

    private final MetadataRecognizer r = new MetadataRecognizer();

    private Optional<MetadataLine> top(String line) {
        return r.recognize(line, 1, 40);
    }

    @Test
    void gluedLabelledFieldsWithASolarHijriDate() {
        MetadataLine m = top("کد خبر: 48213تاریخ: 1403/12/14 09:30").orElseThrow();
        assertEquals("metadata:news_id+date", m.reason());
        assertEquals("48213", m.fields().get("news_id"));
        assertEquals("2025-03-04T09:30", m.fields().get("date"));
        assertEquals("1403/12/14 09:30", m.fields().get("date_original"));
    }

    @Test
    void labelsMatchAcrossLetterVariantsAndDigits() {
        MetadataLine m = top("كد خبر: ۴۸۲۱۳").orElseThrow();
        assertEquals(Map.of("news_id", "48213"), m.fields());
    }

    @Test
    void englishLabels() {
        MetadataLine m = top("Published: March 3, 2025 | News ID: A-77").orElseThrow();
        assertEquals("2025-03-03", m.fields().get("date"));
        assertEquals("A-77", m.fields().get("news_id"));
    }

    @Test
    void aDateAloneIsMetadata() {
        assertEquals("2021-10-07", top("Oct 7, 2021").orElseThrow().fields().get("date"));
        assertEquals("2021-10-07", top("Updated on Thursday, October 7, 2021").orElseThrow().fields().get("date"));
        assertEquals("2022-06-27", top("دوشنبه ۶ تیر ۱۴۰۱").orElseThrow().fields().get("date"));
    }

    @Test
    void bylinesAndSections() {
        assertEquals("metadata:byline", top("By Laura Menendez").orElseThrow().reason());
        assertEquals("metadata:byline", top("Own. corr. FSK").orElseThrow().reason());
        assertEquals("metadata:section", top("International Desk").orElseThrow().reason());
        assertEquals("metadata:section", top("سرویس بین‌الملل").orElseThrow().reason());
        assertEquals("metadata:section", top("اخبار اقتصادی").orElseThrow().reason());
    }

    @Test
    void datesInOtherLanguagesAndTwice() {
        assertEquals("2017-07-27", top("Published Thursday 27 July 2017 Published Thu 27 Jul 2017").orElseThrow()
                .fields().get("date"));
        assertEquals("2022-04-21T22:04", top("Publicado el 21 de abril de 2022 a las 22:04h").orElseThrow()
                .fields().get("date"));
        assertEquals("2020-03-03", top("Veröffentlicht am Dienstag, 3. März 2020").orElseThrow().fields().get("date"));
        assertEquals("2016-06-23", top("Stand: 23.06.2016").orElseThrow().fields().get("date"));
        assertEquals("2020-07-01", top("Publié le 1er juillet 2020").orElseThrow().fields().get("date"));
        assertEquals("metadata:byline", top("لیکوال: احمد شاه").orElseThrow().reason());
        assertEquals("metadata:byline", top("تحریر: احمد علی").orElseThrow().reason());
        assertEquals("2026-11-22T10:30", top("الأحد 22 نوفمبر 2026 - 10:30").orElseThrow().fields().get("date"));
        assertEquals("2026-11-21T10:15", top("Publié le 21 novembre 2026 à 10h15, mis à jour à 12h03").orElseThrow()
                .fields().get("date"));
    }

    @Test
    void creditsInOtherLanguagesAndWithMore() {
        for (String line : new String[] {"Por Elda Cantú", "Por Jeré Longman y Kevin Draper",
                "By Gina Kolata y Benjamin Mueller", "Von Marco Maurer und Jana Schmidt", "Par Jean-Pierre Dupont",
                "Door Jan de Vries", "Posted by Alon Zakai.", "By Devindra Hardawar @devindra",
                "Posted by Andrew Hayden, Software Engineer on Google Play", "به قلم علی رضایی", "بقلم سامي أحمد",
                "By Steven Mufson March 18 at 12:22 PM  Follow @StevenMufson"}) {
            assertEquals("metadata:byline", top(line).orElseThrow(() -> new AssertionError(line)).reason(), line);
        }
        MetadataLine dated = top("Posted by Konstantin Weber on 21.10.2019").orElseThrow();
        assertEquals("metadata:byline+date", dated.reason());
        assertEquals("2019-10-21", dated.fields().get("date"));
        assertEquals("Posted by Konstantin Weber on 21.10.2019", dated.fields().get("byline"));
    }

    @Test
    void datelineStrips() {
        MetadataLine strip = top("Published 21 November 2019 · Tagged with WebAssembly tooling").orElseThrow();
        assertEquals("metadata:date", strip.reason());
        assertEquals("2019-11-21", strip.fields().get("date"));
        MetadataLine both = top("Jane Doe | 3 March 2021 | 5 min read").orElseThrow();
        assertEquals("metadata:byline+date", both.reason());
        assertEquals("Jane Doe", both.fields().get("byline"));
        assertEquals("metadata:byline+date", top("By Jane Doe — March 3, 2021 — 12 comments").orElseThrow().reason());
        assertEquals("2026-11-21T10:30", top("Madrid | 21 nov 2026 - 10:30 CET").orElseThrow().fields().get("date"));
        MetadataLine buttons = top("January 13, 2020 at 08:45 AM | categories: Python | View Comments").orElseThrow();
        assertEquals("metadata:date", buttons.reason()); // a comment link is no name
        MetadataLine blog = top("Nicolas Perriault — 2013-09-29— in Code — Permalink — License— flattr this")
                .orElseThrow(); // a blog's strip: name, date, category, and its permalink, licence and tip buttons
        assertEquals("Nicolas Perriault", blog.fields().get("byline"));
        assertEquals("2013-09-29", blog.fields().get("date"));
        assertTrue(top("Autor:innen").isEmpty()); // a German plural, not a label
    }

    @Test
    void headingsAndSentencesThatLookLikeCredits() {
        for (String line : new String[] {"Por qué ha causado tanto alboroto el metaverso",
                "Por Amor", "Von Kindern und Eltern", "Par amour", "By the mid-1970s, tarot was popular.",
                "By clicking accept below, you agree", "Von der Wärmemessung zur Energiedienstleistung",
                "By Friday, the talks had collapsed", "By Christmas, the editor had quit",
                "Sport | Manchester United | Liverpool", "Results — 3 March 2021 — Liverpool beat United 2-0",
                "Posted in Politics | Comments Off"}) {
            assertTrue(top(line).isEmpty(), line);
        }
    }

    @Test
    void contentIsNotMetadata() {
        assertTrue(top("The Taliban took over Kabul on August 15, 2021.").isEmpty());
        assertTrue(top("By the end of the week the river had risen by two metres.").isEmpty());
        assertTrue(top("Date: to be announced").isEmpty());
        assertTrue(top("International cooperation on the border").isEmpty());
        assertTrue(top("گروه طالبان").isEmpty());
    }

    @Test
    void sectionsOnlyNearTheTop() {
        assertTrue(r.recognize("International Desk", 30, 40).isEmpty());
    }
}
