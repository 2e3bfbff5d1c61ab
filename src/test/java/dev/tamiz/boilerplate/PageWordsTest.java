package dev.tamiz.boilerplate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageWordsTest {

    @Test
    void aWordHasOneNumberWhereverItIs() {
        PageWords w = new PageWords(StopWords.builtin());
        int[] a = w.ids("the cat sat on the mat");
        int[] b = w.ids("mat cat");
        assertEquals(6, a.length);
        assertEquals(a[0], a[4]);
        assertEquals(a[5], b[0]);
        assertEquals(a[1], b[1]);
        assertNotEquals(a[1], a[2]);
        assertArrayEquals(new String[] {"the", "cat", "sat", "on", "the", "mat"}, w.words(a));
        assertEquals(0, w.ids("").length);
    }

    @Test
    void functionWordsAndShortWordsAreNotContent() {
        PageWords w = new PageWords(StopWords.builtin());
        int[] ids = w.ids("the parliament 2024 of از مجلس");
        assertFalse(w.isContent(ids[0]));
        assertTrue(w.stopMask(ids[0]) != 0);
        assertTrue(w.isContent(ids[1]));
        assertFalse(w.isContent(ids[2]), "starts with a digit");
        assertFalse(w.isContent(ids[3]));
        assertTrue(w.stopMask(ids[4]) != 0, "از is a Persian function word");
        assertTrue(w.isContent(ids[5]));
    }

    @Test
    void runningTextCountsBelongToOnePage() {
        PageWords w = new PageWords(StopWords.builtin());
        int id = w.ids("parliament")[0];
        w.addAnchor(id);
        w.addAnchor(id);
        assertEquals(2, w.anchors(id));
        w.startPage();
        assertEquals(0, w.size());
        int again = w.ids("budget parliament")[1];
        assertEquals(0, w.anchors(again));
        assertEquals("parliament", w.word(again));
    }

    @Test
    void firstInBlockOncePerBlock() {
        PageWords w = new PageWords(StopWords.builtin());
        int id = w.ids("budget")[0];
        w.nextBlock();
        assertTrue(w.firstInBlock(id));
        assertFalse(w.firstInBlock(id));
        w.nextBlock();
        assertTrue(w.firstInBlock(id));
    }

    @Test
    void packedFunctionWordLookupAgreesWithTheLists() {
        StopWords sw = StopWords.builtin();
        for (String w : new String[] {"the", "and", "از", "که", "der", "parliament", "", "x", "مجلس", "theory"}) {
            String text = "<" + w + ">";
            assertEquals(sw.mask(w), sw.mask(text, 1, 1 + w.length(), w.hashCode()), w);
        }
    }

    @Test
    void manyWordsGrowTheTableAndAFullTableStartsAfresh() {
        PageWords w = new PageWords(StopWords.builtin());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PageWords.MAX_KEPT + 10; i++) {
            sb.append(i == 0 ? "" : " ").append("w").append(Integer.toString(i, 36));
        }
        int[] ids = w.ids(sb.toString());
        assertEquals(PageWords.MAX_KEPT + 10, w.size());
        assertEquals(ids[12345], w.ids("w" + Integer.toString(12345, 36))[0]);
        w.startPage();
        assertEquals(0, w.size());
        assertEquals(0, w.ids("budget")[0]);
    }
}
