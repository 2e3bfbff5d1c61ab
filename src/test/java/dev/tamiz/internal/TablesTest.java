package dev.tamiz.internal;

import com.ibm.icu.text.UnicodeSet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TablesTest {

    /** The build's tables, all read; null when the build wrote none for this ICU and Java. */
    private static Map<String, Object> stored() throws IOException {
        try (InputStream in = Tables.class.getResourceAsStream(Tables.RESOURCE)) {
            assertNotNull(in, "the build writes " + Tables.RESOURCE + " (exec-maven-plugin, process-classes)");
            Map<String, Object> t = Tables.read(in, Tables.KEY);
            return t.isEmpty() ? null : t;
        }
    }

    @Test
    void everyStoredTableIsWhatItsCodeComputes() throws Exception {
        Map<String, Object> stored = stored();
        assumeTrue(stored != null, "tables made for another ICU or Java");
        TablesGenerator.loadAll();
        Map<String, Supplier<?>> requested = Tables.requested();
        for (Map.Entry<String, Object> e : stored.entrySet()) {
            Supplier<?> code = requested.get(e.getKey());
            assertNotNull(code, "stored table " + e.getKey() + " is asked for by nothing");
            Object computed = code.get();
            assertTrue(Arrays.deepEquals(new Object[] {e.getValue()}, new Object[] {computed}),
                    "stored table " + e.getKey() + " differs from what its code computes: rebuild");
        }
    }

    @Test
    void theStandardPipelineComputesNoTable() throws Exception {
        assumeTrue(stored() != null, "tables made for another ICU or Java");
        TablesGenerator.loadAll();
        dev.tamiz.Cleaner.standard().clean("Title\n\nسلام دنیا، این یک متن است.\n\nAn English line, with words.");
        dev.tamiz.lang.LanguageDetectors.standard().detect("hello world");
        for (String name : Tables.missed()) {
            if (name.startsWith("CharPass.") && !name.contains(STANDARD_CHAR_PASS)) {
                continue; // the normaliser settings other tests make: computed when used, as they should be
            }
            if (name.startsWith("TablesTest.") || name.equals("set " + UNSTORED) || name.equals("set " + STRINGS)) {
                continue; // this class's own
            }
            fail("table " + name + " was computed, not read: add the class that asks for it to "
                    + "TablesGenerator.USERS");
        }
        assertTrue(stored().keySet().stream().anyMatch(n -> n.contains(STANDARD_CHAR_PASS)),
                "the standard normaliser's char tables are stored");
    }

    private static final String STANDARD_CHAR_PASS = "[letters=true, diacritics=false, mojibake=true]";
    private static final String UNSTORED = "[[:Nd:]&[\\u0030-\\u0035]]";
    private static final String STRINGS = "[a{ab}]";

    @Test
    void tablesOfEveryTypeSurviveWritingAndReading() throws IOException {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("b", new byte[] {0, -1, 127, -128});
        t.put("s", new short[] {0, -1, Short.MAX_VALUE, Short.MIN_VALUE});
        t.put("c", new char[] {0, 'a', '\uFFFF', 'ی'});
        t.put("i", new int[] {0, -1, Integer.MAX_VALUE, 0x10FFFF});
        t.put("strings", new String[] {"", null, "سلام", "a\u0000b", "😀"});
        t.put("empty", new byte[0]);
        t.put("skipped", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tables.write(t, "key", out);
        Map<String, Object> back = Tables.read(new ByteArrayInputStream(out.toByteArray()), "key");
        assertEquals(6, back.size());
        for (String name : back.keySet()) {
            assertTrue(Arrays.deepEquals(new Object[] {t.get(name)}, new Object[] {back.get(name)}), name);
        }
        assertEquals(Map.of(), Tables.read(new ByteArrayInputStream(out.toByteArray()), "another key"));
    }

    @Test
    void damagedTablesAreAnIoErrorNeverAnotherException() throws IOException {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("c", "abcdefghijklmnopqrstuvwxyz".toCharArray());
        t.put("strings", new String[] {"one", "two", null});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tables.write(t, "key", out);
        byte[] good = out.toByteArray();
        Random rnd = new Random(7);
        for (int k = 0; k < 2000; k++) {
            byte[] bad = k % 2 == 0 ? Arrays.copyOf(good, rnd.nextInt(good.length)) : good.clone();
            if (k % 2 == 1) {
                for (int j = 0; j < 1 + rnd.nextInt(4); j++) {
                    bad[rnd.nextInt(bad.length)] = (byte) rnd.nextInt(256);
                }
            }
            try {
                Tables.read(new ByteArrayInputStream(bad), "key");
            } catch (IOException expected) {
                // fine: what a damaged file gives
            } catch (RuntimeException e) {
                fail("damaged table file (case " + k + ") threw " + e);
            }
        }
        assertThrows(IOException.class, () -> Tables.read(new ByteArrayInputStream(new byte[3]), "key"));
    }

    @Test
    void aTableNotStoredIsComputed() {
        String pattern = UNSTORED;
        UnicodeSet s = Tables.set(pattern);
        assertEquals(new UnicodeSet(pattern), s);
        assertTrue(s.isFrozen());
        Set<String> missed = Tables.missed();
        assertTrue(missed.contains("set " + pattern), missed.toString());
        byte[] b = Tables.bytes("TablesTest.none", () -> new byte[] {1, 2, 3});
        assertTrue(Arrays.equals(new byte[] {1, 2, 3}, b));
    }

    @Test
    void aSetWithStringsIsNotStoredButStillRight() {
        String pattern = STRINGS;
        assertEquals(new UnicodeSet(pattern), Tables.set(pattern));
    }
}
