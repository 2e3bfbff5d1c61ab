package dev.tamiz.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The map from normalised positions back to the input. */
class NormalizedMapTest {

    private static final Normalizer N = Normalizer.standard();

    @Test
    void identityWhenNothingChanges() {
        Normalized m = N.normalizeMapped("abc", "en");
        assertEquals("abc", m.text());
        for (int i = 0; i <= 3; i++) {
            assertEquals(i, m.toInput(i));
        }
    }

    @Test
    void removedAndCollapsedChars() {
        //                                  0123456789
        Normalized m = N.normalizeMapped("  a\u200B  b , c", "en");
        assertEquals("a b, c", m.text());
        assertEquals(2, m.toInput(0)); // a
        assertEquals(4, m.toInput(1)); // the first space of the run
        assertEquals(6, m.toInput(2)); // b
        assertEquals(8, m.toInput(3)); // ,
        assertEquals(10, m.toInput(5)); // c
        assertEquals(11, m.toInput(6)); // end
    }

    @Test
    void expansionsMapToTheirSource() {
        Normalized m = N.normalizeMapped("x\uFB03y", "en");
        assertEquals("xffiy", m.text());
        assertEquals(1, m.toInput(1));
        assertEquals(1, m.toInput(3));
        assertEquals(2, m.toInput(4));
    }

    @Test
    void insertedCharsMapToTheCharTheyPrecede() {
        Normalized m = N.normalizeMapped("322تاریخ", "fa");
        assertEquals("322 تاریخ", m.text());
        assertEquals(3, m.toInput(3)); // the inserted space
        assertEquals(3, m.toInput(4));
    }

    @Test
    void mojibakeRepairedAfterTheTokenPassMapsToItsSequence() {
        //                                 0123 4567 8 9
        Normalized m = N.normalizeMapped("a \u0637\u00A7\u0637 \u060C\u0628 z", null);
        assertEquals("a \u0627\u0621 \u0628 z", m.text());
        assertEquals(2, m.toInput(2)); // ا from ط§
        assertEquals(4, m.toInput(3)); // ء from ط and the ، the spacing rule moved
        assertEquals(7, m.toInput(4)); // the space moved after ، maps to the char it precedes
        assertEquals(7, m.toInput(5)); // ب
        assertEquals(9, m.toInput(7)); // z
        assertEquals(10, m.toInput(8)); // end
    }

    @Test
    void zwnjJoinMapsToTheSpace() {
        Normalized m = N.normalizeMapped("می رود", "fa");
        assertEquals("می\u200Cرود", m.text());
        assertEquals(2, m.toInput(2));
        assertEquals(3, m.toInput(3));
    }

    @Test
    void mojibakeAndNfcMapToTheirSequences() {
        Normalized m = N.normalizeMapped("ab caf\u00C3\u00A9 e\u0301!", "en");
        assertEquals("ab caf\u00E9 \u00E9!", m.text());
        assertEquals(6, m.toInput(6)); // é from the two chars at 6
        assertEquals(9, m.toInput(8)); // é from e + combining acute at 9
        assertEquals(11, m.toInput(9)); // !
    }

    @Test
    void outOfRange() {
        Normalized m = N.normalizeMapped("abc", "en");
        assertThrows(IndexOutOfBoundsException.class, () -> m.toInput(4));
        assertThrows(IndexOutOfBoundsException.class, () -> m.toInput(-1));
    }

    @Test
    void sameTextAsNormalize() {
        String s = "  خدمات بانكي امكان پذير مي شود , 322596تاریخ ";
        assertEquals(N.normalize(s, "fa"), N.normalizeMapped(s, "fa").text());
    }
}
