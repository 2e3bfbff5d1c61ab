package dev.tamiz.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextFoldTest {

    @Test
    void hygienicDropsInvisiblesAndUnifiesSpaces() {
        assertEquals("a b\u200Cc d", TextFold.hygienic(" a\u00A0b\u200Cc\u200F\u202E\tdx".replace("x", "\u0007")));
        assertEquals("\uD83D\uDE00 ok", TextFold.hygienic("\uD83D\uDE00 ok\uD800"));
        assertEquals("x", TextFold.hygienic("\uE000x\u0378"));
        String plain = "plain text, متن ساده";
        assertSame(plain, TextFold.hygienic(plain));
    }

    @Test
    void keyFoldsCaseLettersDigitsAndPunctuation() {
        assertEquals("search", TextFold.key("  [SEARCH]  "));
        assertEquals("کی ی", TextFold.key("كي\u200Cى"));
        assertEquals("لینک مطلب 123", TextFold.key("لینک مطلب: ۱۲۳"));
        assertEquals("اسلام", TextFold.key("إِسلام"));
        assertEquals("ss strasse", TextFold.key("SS Stra\u00DFe"));
        assertEquals("ab", TextFold.key("\uD835\uDC00B")); // outside the BMP: mathematical bold A
        assertEquals("", TextFold.key("!!! ... ---"));
    }

    @Test
    void splitAndWordsAgree() {
        String k = TextFold.key("one, two; three");
        assertEquals(3, TextFold.words(k));
        assertEquals(3, TextFold.split(k).length);
        assertEquals("three", TextFold.split(k)[2]);
        assertEquals(0, TextFold.split("").length);
    }
}
