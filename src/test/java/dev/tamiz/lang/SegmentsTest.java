package dev.tamiz.lang;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SegmentsTest {

    private static String[] parts(String text, byte script) {
        int[] s = Segments.find(text, script);
        if (s == null) {
            return null;
        }
        String[] out = new String[s.length / Segments.FIELDS];
        for (int i = 0; i < s.length; i += Segments.FIELDS) {
            out[i / Segments.FIELDS] = (s[i + 2] == 1 ? "Q:" : "S:") + text.substring(s[i], s[i + 1])
                    + (s[i + 3] == Segments.countWords(text, s[i], s[i + 1], script) ? "" : " (word count wrong)");
        }
        return out;
    }

    @Test
    void sentencesAndQuotations() {
        String text = "One two three four. She said: \"five six seven\" and left! Eight nine ten eleven";
        assertArrayEquals(new String[] {"Q:five six seven", "S:One two three four.",
            "S:She said: \"five six seven\" and left!", "S:Eight nine ten eleven"}, parts(text, Features.LATN));
    }

    @Test
    void persianQuotationMarksAndQuestionMark() {
        String text = "او پرسید: «آیا این کار درست است» و کسی جواب نداد؟ سپس همه رفتند و جلسه تمام شد.";
        String[] p = parts(text, Features.ARAB);
        assertEquals("Q:آیا این کار درست است", p[0]);
        assertEquals("S:سپس همه رفتند و جلسه تمام شد.", p[p.length - 1]);
    }

    @Test
    void marksAreExactlyTheListedChars() {
        StringBuilder marks = new StringBuilder();
        for (int c = 0; c < 0x10000; c++) {
            if (Segments.isMark((char) c)) {
                marks.append((char) c);
            }
        }
        assertEquals("\n!\".?\u00AB\u00BB\u061F\u06D4\u201C\u201D\u201E\u2026\u2039\u203A\uFD3E\uFD3F", marks.toString());
    }

    @Test
    void nothingToSplit() {
        assertNull(parts("One sentence of several words without anything inside.", Features.LATN));
        assertNull(parts("Short. Bits. Only.", Features.LATN));
        // an unclosed quotation is no segment; a decimal point ends no sentence
        assertNull(parts("He said \"this will cost 3.5 million and more", Features.LATN));
    }
}
