package dev.tamiz.normalize;

import com.ibm.icu.text.UnicodeSet;
import dev.tamiz.internal.Tables;

/**
 * The character classes the passes test, as frozen {@link UnicodeSet}s, and a flag table over the BMP compiled
 * from them so that the hot loops test a class with one array load; both are computed at build time
 * ({@link Tables}). Supplementary code points are tested with the sets.
 */
final class CharClasses {
    private CharClasses() {
    }

    static final UnicodeSet ARABIC_LETTERS = Tables.set("[[:Arabic:]&[:L:]]");
    /** Arabic-script letters that never join the following letter (Joining_Type R or U): ا آ أ إ د ذ ر ز ژ و ؤ ء ۀ ة ... */
    static final UnicodeSet NON_JOINING = Tables.set("[[[:Arabic:]&[:L:]]&[[:Joining_Type=Right_Joining:][:Joining_Type=Non_Joining:]]]");
    static final UnicodeSet LATIN_LETTERS = Tables.set("[[:Latin:]&[:L:]]");
    static final UnicodeSet CYRILLIC_GREEK_LETTERS = Tables.set("[[[:Cyrillic:][:Greek:]]&[:L:]]");
    static final UnicodeSet LETTERS = Tables.set("[:L:]");
    static final UnicodeSet MARKS = Tables.set("[:M:]");
    static final UnicodeSet DIGITS = Tables.set("[:Nd:]");
    /** Arabic-script characters other than letters that belong to Arabic-script text: harakat, digits, signs. */
    static final UnicodeSet ARABIC_OTHER = Tables.set("[[:Arabic:]-[:L:]]");

    static final int ARABIC = 1;
    static final int NONJOIN = 1 << 1;
    static final int LATIN = 1 << 2;
    static final int CYRGREEK = 1 << 3;
    static final int LETTER = 1 << 4;
    static final int MARK = 1 << 5;
    static final int DIGIT = 1 << 6;
    /** A digit 0-9 in ASCII, Arabic-Indic or Persian. */
    static final int ANY_DIGIT = 1 << 7;
    static final int ARABIC_SCRIPT = 1 << 8;

    /** Flags of every BMP char. */
    static final short[] FLAGS = Tables.shorts("CharClasses.FLAGS", CharClasses::flags);

    private static short[] flags() {
        short[] flags = new short[0x10000];
        set(flags, ARABIC_LETTERS, ARABIC | ARABIC_SCRIPT);
        set(flags, NON_JOINING, NONJOIN);
        set(flags, LATIN_LETTERS, LATIN);
        set(flags, CYRILLIC_GREEK_LETTERS, CYRGREEK);
        set(flags, LETTERS, LETTER);
        set(flags, MARKS, MARK);
        set(flags, DIGITS, DIGIT);
        set(flags, ARABIC_OTHER, ARABIC_SCRIPT);
        for (char c = '0'; c <= '9'; c++) {
            flags[c] |= ANY_DIGIT;
        }
        for (char c = '\u0660'; c <= '\u0669'; c++) {
            flags[c] |= ANY_DIGIT;
        }
        for (char c = '\u06F0'; c <= '\u06F9'; c++) {
            flags[c] |= ANY_DIGIT;
        }
        return flags;
    }

    private static void set(short[] flags, UnicodeSet s, int flag) {
        for (int r = 0; r < s.getRangeCount(); r++) {
            int end = Math.min(s.getRangeEnd(r), 0xFFFF);
            for (int c = s.getRangeStart(r); c <= end; c++) {
                flags[c] |= (short) flag;
            }
        }
    }

    static boolean is(char c, int flag) {
        return (FLAGS[c] & flag) != 0;
    }

    static boolean isArabicLetter(char c) {
        return (FLAGS[c] & ARABIC) != 0;
    }

    static boolean isLatinLetter(char c) {
        return (FLAGS[c] & LATIN) != 0;
    }

    static boolean isLetter(char c) {
        return (FLAGS[c] & LETTER) != 0;
    }

    static boolean isLetterOrMark(char c) {
        return (FLAGS[c] & (LETTER | MARK)) != 0;
    }

    static boolean isAnyDigit(char c) {
        return (FLAGS[c] & ANY_DIGIT) != 0;
    }

    /** The value 0-9 of an ASCII, Arabic-Indic or Persian digit. */
    static int digitValue(char c) {
        if (c <= '9') {
            return c - '0';
        }
        if (c <= '\u0669') {
            return c - '\u0660';
        }
        return c - '\u06F0';
    }
}
