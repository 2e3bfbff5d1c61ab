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
