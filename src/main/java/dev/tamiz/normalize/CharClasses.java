package dev.tamiz.normalize;

import com.ibm.icu.text.UnicodeSet;

/**
 * The character classes the passes test, as frozen {@link UnicodeSet}s, and a flag table over the BMP compiled
 * from them once so that the hot loops test a class with one array load. Supplementary code points are tested
 * with the sets.
 */
final class CharClasses {
    private CharClasses() {
    }

    static final UnicodeSet ARABIC_LETTERS = new UnicodeSet("[[:Arabic:]&[:L:]]").freeze();
    /** Arabic-script letters that never join the following letter (Joining_Type R or U): ا آ أ إ د ذ ر ز ژ و ؤ ء ۀ ة ... */
    static final UnicodeSet NON_JOINING = new UnicodeSet(
            "[[[:Arabic:]&[:L:]]&[[:Joining_Type=Right_Joining:][:Joining_Type=Non_Joining:]]]").freeze();
    static final UnicodeSet LATIN_LETTERS = new UnicodeSet("[[:Latin:]&[:L:]]").freeze();
    static final UnicodeSet CYRILLIC_GREEK_LETTERS = new UnicodeSet("[[[:Cyrillic:][:Greek:]]&[:L:]]").freeze();
    static final UnicodeSet LETTERS = new UnicodeSet("[:L:]").freeze();
    static final UnicodeSet MARKS = new UnicodeSet("[:M:]").freeze();
    static final UnicodeSet DIGITS = new UnicodeSet("[:Nd:]").freeze();
    /** Arabic-script characters other than letters that belong to Arabic-script text: harakat, digits, signs. */
    static final UnicodeSet ARABIC_OTHER = new UnicodeSet("[[:Arabic:]-[:L:]]").freeze();

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
    static final short[] FLAGS = new short[0x10000];

    static {
        set(ARABIC_LETTERS, ARABIC | ARABIC_SCRIPT);
        set(NON_JOINING, NONJOIN);
        set(LATIN_LETTERS, LATIN);
        set(CYRILLIC_GREEK_LETTERS, CYRGREEK);
        set(LETTERS, LETTER);
        set(MARKS, MARK);
        set(DIGITS, DIGIT);
        set(ARABIC_OTHER, ARABIC_SCRIPT);
        for (char c = '0'; c <= '9'; c++) {
            FLAGS[c] |= ANY_DIGIT;
        }
        for (char c = '\u0660'; c <= '\u0669'; c++) {
            FLAGS[c] |= ANY_DIGIT;
        }
        for (char c = '\u06F0'; c <= '\u06F9'; c++) {
            FLAGS[c] |= ANY_DIGIT;
        }
    }

    private static void set(UnicodeSet s, int flag) {
        for (int r = 0; r < s.getRangeCount(); r++) {
            int end = Math.min(s.getRangeEnd(r), 0xFFFF);
            for (int c = s.getRangeStart(r); c <= end; c++) {
                FLAGS[c] |= (short) flag;
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
