package dev.tamiz.normalize;

/** Style option: which digits to write. Numbers inside protected spans are never changed. */
public enum DigitStyle {
    /** Leave digits as they are (Arabic-Indic digits in Persian text still become Persian: that is a fix). */
    KEEP,
    /** ASCII and Arabic-Indic digits in Persian text become Persian digits U+06F0–U+06F9. */
    PERSIAN,
    /** Persian U+06F0–U+06F9 and Arabic-Indic U+0660–U+0669 digits become ASCII digits everywhere. */
    LATIN
}
