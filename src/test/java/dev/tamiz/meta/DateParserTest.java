package dev.tamiz.meta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1401/4/6 19:41|2022-06-27T19:41|persian",
            "۱۴۰۱/۰۴/۰۶|2022-06-27|persian",
            "1403-01-01|2024-03-20|persian",
            "1399/12/30|2021-03-20|persian",
            "6 تیر 1401|2022-06-27|persian",
            "۶ تیر ۱۴۰۱ - ۱۹:۴۱|2022-06-27T19:41|persian",
            "Oct 7, 2021|2021-10-07|gregorian",
            "October 7 2021|2021-10-07|gregorian",
            "7 October 2021|2021-10-07|gregorian",
            "Thursday, 7th of Oct. 2021 at 3:05 pm|2021-10-07T15:05|gregorian",
            "2021-10-07|2021-10-07|gregorian",
            "2021-10-07T08:30:00Z|2021-10-07T08:30|gregorian",
            "۷ اکتبر ۲۰۲۱|2021-10-07|gregorian",
            "27. Juli 2017|2017-07-27|gregorian",
            "Veröffentlicht am 3. März 2020 um 14:05 Uhr|2020-03-03T14:05|gregorian",
            "23.06.2016|2016-06-23|gregorian",
            "1. 2. 2020|2020-02-01|gregorian",
            "1er juillet 2020 à 22h04|2020-07-01T22:04|gregorian",
            "Publicado el 21 de abril de 2022 a las 22:04h|2022-04-21T22:04|gregorian",
            "12 settembre 2019|2019-09-12|gregorian",
            "5 de março de 2021|2021-03-05|gregorian",
            "3 mayıs 2021|2021-05-03|gregorian",
            "3 listopada 2021|2021-11-03|gregorian",
            "15 января 2020 г.|2020-01-15|gregorian",
            "5 تموز 2020|2020-07-05|gregorian",
            "٢٢ يناير ٢٠٢٣|2023-01-22|gregorian",
            "22 نومبر 2026|2026-11-22|gregorian",
            "۲ قوس ۱۴۰۵|2026-11-23|persian",
            "۱۴۰۵ لیندۍ ۲ - ۱۰:۳۰|2026-11-23T10:30|persian",
            "1 حمل 1403|2024-03-20|persian",
    })
    void parses(String text, String iso, String calendar) {
        ParsedDate d = DateParser.find(text).orElseThrow();
        assertEquals(iso, d.iso());
        assertEquals(calendar, d.calendar());
    }

    @Test
    void keepsTheOriginalText() {
        assertEquals("1401/4/6 19:41", DateParser.find("تاریخ: 1401/4/6 19:41").orElseThrow().original());
    }

    @Test
    void rejectsDaysThatDoNotExist() {
        // 1400 is not a leap year in the Solar Hijri calendar: Esfand has 29 days
        assertTrue(DateParser.solarToGregorian(1400, 12, 30).isEmpty());
        assertTrue(DateParser.solarToGregorian(1401, 7, 31).isEmpty());
        assertTrue(DateParser.find("Feb 30, 2021").isEmpty());
    }

    @Test
    void ambiguousOrNonDatesAreNotGuessed() {
        assertTrue(DateParser.find("07/10/2021").isEmpty());
        assertTrue(DateParser.find("version 1.2.3").isEmpty());
        assertTrue(DateParser.find("call 1401 4 6").isEmpty());
        assertTrue(DateParser.find("release 2.1.2020.4").isEmpty());
        assertTrue(DateParser.find("31. Mai").isEmpty()); // no year
        assertTrue(DateParser.find("im Mai 2020").isEmpty()); // no day
        assertTrue(DateParser.find("").isEmpty());
    }
}
