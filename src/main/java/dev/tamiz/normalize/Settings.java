package dev.tamiz.normalize;

/** The resolved switches of a {@link Normalizer}: immutable. */
final class Settings {
    final boolean persianLetters;
    final boolean zwnj;
    final boolean spacing;
    final boolean persianPunctuation;
    final boolean homoglyphs;
    final boolean mojibake;
    final DigitStyle digits;
    final QuoteStyle latinQuotes;
    final boolean persianQuotes;
    final EzafeStyle ezafe;
    final boolean removeDiacritics;
    final EllipsisStyle ellipsis;
    final DashStyle dashes;
    final boolean collapseRepeatedMarks;
    final boolean persianPercent;
    final boolean persianDecimal;

    Settings(boolean persianLetters, boolean zwnj, boolean spacing, boolean persianPunctuation, boolean homoglyphs,
             boolean mojibake, DigitStyle digits, QuoteStyle latinQuotes, boolean persianQuotes, EzafeStyle ezafe,
             boolean removeDiacritics, EllipsisStyle ellipsis, DashStyle dashes, boolean collapseRepeatedMarks,
             boolean persianPercent, boolean persianDecimal) {
        this.persianLetters = persianLetters;
        this.zwnj = zwnj;
        this.spacing = spacing;
        this.persianPunctuation = persianPunctuation;
        this.homoglyphs = homoglyphs;
        this.mojibake = mojibake;
        this.digits = digits;
        this.latinQuotes = latinQuotes;
        this.persianQuotes = persianQuotes;
        this.ezafe = ezafe;
        this.removeDiacritics = removeDiacritics;
        this.ellipsis = ellipsis;
        this.dashes = dashes;
        this.collapseRepeatedMarks = collapseRepeatedMarks;
        this.persianPercent = persianPercent;
        this.persianDecimal = persianDecimal;
    }
}
