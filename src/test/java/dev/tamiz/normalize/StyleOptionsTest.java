package dev.tamiz.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Example tests of the style options and of the profiles' defaults. */
class StyleOptionsTest {

    private static final Normalizer CORPUS = Normalizer.standard();
    private static final Normalizer TYPO = Normalizer.builder().profile(Profile.TYPOGRAPHIC).build();
    private static final Normalizer SEARCH = Normalizer.builder().profile(Profile.SEARCH).build();

    private static void check(Normalizer n, String expected, String input, String lang) {
        String out = n.normalize(input, lang);
        assertEquals(expected, out, "normalising " + input);
        assertEquals(out, n.normalize(out, lang), "idempotent on " + input);
    }

    @Test
    void corpusKeepsStyle() {
        String s = "او گفت \"سلام\" و 12 درصد... خانه ی من -- \u201Chello\u201D it's 50% \u0643\u0650\u062A\u0627\u0628!!";
        check(CORPUS, "او گفت \"سلام\" و 12 درصد... خانه ی من -- \u201Chello\u201D it's 50% \u06A9\u0650\u062A\u0627\u0628!!",
                s, "fa");
    }

    @Test
    void digits() {
        Normalizer persian = Normalizer.builder().digits(DigitStyle.PERSIAN).build();
        check(persian, "سال ۱۴۰۲ و ۳۰ روز", "سال 1402 و ٣٠ روز", "fa");
        check(persian, "in 2020", "in 2020", "en");
        check(persian, "مبلغ 1,234.5 تومان", "مبلغ 1,234.5 تومان", "fa"); // protected
        Normalizer latin = Normalizer.builder().digits(DigitStyle.LATIN).build();
        check(latin, "سال 1402 و 30", "سال ۱۴۰۲ و ٣٠", "fa");
    }

    @Test
    void latinQuotes() {
        Normalizer ascii = Normalizer.builder().latinQuotes(QuoteStyle.ASCII).build();
        check(ascii, "\"hello\" it's", "\u201Chello\u201D it\u2019s", "en");
        Normalizer typo = Normalizer.builder().latinQuotes(QuoteStyle.TYPOGRAPHIC).build();
        check(typo, "\u201Chello\u201D it\u2019s \u2018x\u2019", "\"hello\" it's 'x'", "en");
    }

    @Test
    void persianQuotes() {
        Normalizer q = Normalizer.builder().persianQuotes(true).build();
        check(q, "او گفت «سلام» و رفت", "او گفت \"سلام\" و رفت", "fa");
        check(q, "او گفت «سلام»", "او گفت \u201Cسلام\u201D", "fa");
        check(q, "He said \"hi\"", "He said \"hi\"", "en");
    }

    @Test
    void ezafe() {
        String in = "خانه ی من و خانهٔ او و خانۀ ما و خانه\u200Cی شما";
        check(Normalizer.builder().ezafe(EzafeStyle.HEH_WITH_YEH).build(),
                "خانۀ من و خانۀ او و خانۀ ما و خانۀ شما", in, "fa");
        check(Normalizer.builder().ezafe(EzafeStyle.HEH_HAMZA).build(),
                "خانهٔ من و خانهٔ او و خانهٔ ما و خانهٔ شما", in, "fa");
        check(Normalizer.builder().ezafe(EzafeStyle.HEH_ZWNJ_YEH).build(),
                "خانه\u200Cی من و خانه\u200Cی او و خانه\u200Cی ما و خانه\u200Cی شما", in, "fa");
        check(CORPUS, in, in, "fa");
        // a space put after a mark ends the word before it, as the end of a chunk does (found by the properties:
        // the form was rewritten only by a second pass, in the chunk the space had made)
        check(Normalizer.builder().ezafe(EzafeStyle.HEH_HAMZA).build(), "خانهٔ، من", "خانۀ,من", "fa");
        check(Normalizer.builder().ezafe(EzafeStyle.HEH_WITH_YEH).build(), "خانۀ؛ من", "خانه\u200Cی;من", "fa");
    }

    @Test
    void diacritics() {
        Normalizer d = Normalizer.builder().removeDiacritics(true).build();
        check(d, "کتاب مدرسه cafe naive", "کِتابْ مَدرَسه café naïve", "fa");
    }

    @Test
    void ellipsis() {
        check(Normalizer.builder().ellipsis(EllipsisStyle.CHARACTER).build(), "wait\u2026 then", "wait... then", "en");
        check(Normalizer.builder().ellipsis(EllipsisStyle.DOTS).build(), "wait... then", "wait\u2026 then", "en");
    }

    @Test
    void dashes() {
        check(Normalizer.builder().dashes(DashStyle.TYPOGRAPHIC).build(), "a \u2013 b and c\u2014d", "a - b and c--d",
                "en");
        check(Normalizer.builder().dashes(DashStyle.ASCII).build(), "a - b and c-d", "a \u2013 b and c\u2014d", "en");
        check(Normalizer.builder().dashes(DashStyle.TYPOGRAPHIC).build(), "COVID-19 well-known", "COVID-19 well-known",
                "en");
    }

    @Test
    void repeatedMarks() {
        Normalizer r = Normalizer.builder().collapseRepeatedMarks(true).build();
        check(r, "واقعا؟ عالی! really?", "واقعا؟؟؟ عالی!!! really???", "fa");
        // the mark kept gets the space after it that the next pass would give it (found by the properties)
        check(r, "واقعا؟ عالی! خوب", "واقعا??عالی!!!خوب", "fa");
    }

    @Test
    void persianPercentAndDecimal() {
        Normalizer p = Normalizer.builder().persianPercent(true).persianDecimal(true).build();
        check(p, "رشد ۱۲٫۵٪ بود", "رشد ۱۲.۵% بود", "fa");
        check(p, "growth 12.5% here", "growth 12.5% here", "en");
    }

    @Test
    void typographicProfile() {
        check(TYPO, "او گفت «سلام» و ۱۲٪ رشد\u2026 خانهٔ من", "او گفت \"سلام\" و 12% رشد ... خانه ی من", "fa");
    }

    @Test
    void searchProfile() {
        check(SEARCH, "کتاب 123 cafe \"quoted\" - dash... واقعا؟", "کِتاب ۱۲۳ café \u201Cquoted\u201D \u2014 dash\u2026 واقعا؟؟", "fa");
    }

    @Test
    void fixesCanBeSwitchedOff() {
        Normalizer off = Normalizer.builder().persianLetters(false).zwnj(false).spacing(false).persianPunctuation(false)
                .homoglyphs(false).mojibake(false).build();
        check(off, "كتاب مي شود , \u0130slamic", "كتاب مي شود , \u0130slamic", "fa");
    }
}
