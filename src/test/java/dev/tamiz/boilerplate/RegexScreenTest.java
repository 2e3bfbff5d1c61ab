package dev.tamiz.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegexScreenTest {

    @Test
    void anchoredLiteralStarts() {
        assertEquals(List.of("page generated in "), RegexScreen.starts("^page generated in [0-9 ]+$"));
        assertEquals(List.of("comment"), RegexScreen.starts("^comments?$"));
        assertEquals(List.of("page"), RegexScreen.starts("^page+x"));
        assertEquals(List.of("pag"), RegexScreen.starts("^page*x"));
        assertEquals(List.of("close search", "open search"), RegexScreen.starts("^(close|open) search$"));
        assertEquals(List.of("bc", "abc"), RegexScreen.starts("^a?bc"));
        assertEquals(List.of("search", "the search"), RegexScreen.starts("^(the )?search"));
        assertEquals(List.of("\u0000 comment"), RegexScreen.starts("^[0-9]+ comments?$"));
        assertEquals(List.of("\u0000min", "\u0000 min"), RegexScreen.starts("^[0-9]{1,3} ?min"));
        assertEquals(10, RegexScreen.starts("^[0-9] comments?$").size());
        assertEquals(List.of("abc", "def"), RegexScreen.starts("^abc|^def"));
        assertEquals(List.of("x", "y"), RegexScreen.starts("^((x|y)( |$)){2,4}$"));
        assertEquals(List.of("ab", "ac"), RegexScreen.starts("^a(b|c)"));
        assertEquals(List.of("ab", "axy", "axz"), RegexScreen.starts("^a(b|x(y|z+))"));
    }

    @Test
    void noScreenWhereTheStartIsNotFixed() {
        assertNull(RegexScreen.starts("page generated"));
        assertNull(RegexScreen.starts("^abc|def"));
        assertEquals(List.of("ab", "b"), RegexScreen.starts("^(a|)b"));
        assertEquals(List.of("ab"), RegexScreen.starts("^ab(c|d|e|f|g|h)?(i|j|k|l|m|n|o|p)?(q|r|s|t|u|v|w)?(x|y|z)?"));
        assertEquals(List.of(" \u0000", "a \u0000", "b \u0000"), RegexScreen.starts("^(a|b)?( [0-9]+){2}"));
        assertEquals(List.of("x"), RegexScreen.starts("^x[0-9]*y"));
        assertEquals(List.of("x"), RegexScreen.starts("^x[0-9]{0,2}y"));
        assertNull(RegexScreen.starts("^(?i)abc"));
        assertNull(RegexScreen.starts("^[a-z]+"));
        assertNull(RegexScreen.starts("^a{0,3}b"));
    }

    @Test
    void aDigitRunInTheStartStandsForOneOrMoreDigits() {
        List<String> starts = RegexScreen.starts("^[0-9]+ comments?$");
        assertTrue(RegexScreen.admits(starts, "12 comments"));
        assertTrue(RegexScreen.admits(starts, "7 comment"));
        assertFalse(RegexScreen.admits(starts, "12comments"));
        assertFalse(RegexScreen.admits(starts, " 12 comments"));
        assertFalse(RegexScreen.admits(starts, "comments"));
        assertFalse(RegexScreen.admits(starts, "1403 news of the day"));
        // a digit after the run: the run gives back what the next part needs
        List<String> glued = RegexScreen.starts("^[0-9]+0 x");
        assertTrue(RegexScreen.admits(glued, "100 x"));
        assertFalse(RegexScreen.admits(glued, "0 x"));
        RuleCatalog c = RuleCatalog.parse("t.rules", "regex counters ^[0-9]+ ?(min|minutes) read$\n");
        assertEquals("counters", c.match("4 min read").orElseThrow().family());
        assertEquals("counters", c.match("12minutes read").orElseThrow().family());
        assertTrue(c.match("4 hours read").isEmpty());
    }

    @Test
    void theScreenNeverChangesWhatMatches() {
        RuleCatalog c = RuleCatalog.parse("t.rules", "regex footer ^page generated in [0-9 ]+ sec$\nregex alt ^abc x|def$\n"
                + "regex opt ^(the )?(next|prev) page$\n");
        assertEquals("footer", c.match("page generated in 0 0053 sec").orElseThrow().family());
        assertEquals("alt", c.match("the def").orElseThrow().family());
        assertTrue(c.match("a page generated in 1 sec").isEmpty());
        assertEquals("opt", c.match("the next page").orElseThrow().family());
        assertEquals("opt", c.match("prev page").orElseThrow().family());
        assertTrue(c.match("a prev page").isEmpty());
    }

    @Test
    void firstRuleInFileOrderWinsAcrossKinds() {
        RuleCatalog c = RuleCatalog.parse("t.rules", "contains a-fam share this\nprefix b-fam share\n"
                + "regex c-fam ^share\nexact/5 d-fam please share this\n");
        assertEquals("a-fam", c.match("please share this").orElseThrow().family());
        assertEquals("b-fam", c.match("share it").orElseThrow().family());
        assertEquals("c-fam", c.match("shareholders").orElseThrow().family());
        assertTrue(c.match("please shar this").isEmpty());
    }

    /** The shipped regexes are compiled on first use, not when loaded: each must compile. */
    @Test
    void everyShippedRegexCompiles() {
        long n = RuleCatalog.builtin().rules().stream().filter(r -> r.match() == Rule.Match.REGEX)
                .peek(r -> com.google.re2j.Pattern.compile(r.pattern())).count();
        assertTrue(n > 50, "regexes: " + n);
    }

    /** The indexed match gives what trying every rule in file order gives, on the sample pages' lines. */
    @Test
    void indexedMatchAgreesWithTryingEveryRule() throws Exception {
        RuleCatalog c = RuleCatalog.builtin();
        java.util.List<String> keys = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("testdata"))) {
            for (java.nio.file.Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                for (String line : new String(java.nio.file.Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    keys.add(dev.tamiz.internal.TextFold.key(line));
                }
            }
        }
        for (Rule r : c.rules()) {
            if (r.match() != Rule.Match.REGEX) {
                keys.add(r.pattern());
                keys.add(r.pattern() + " 12");
                keys.add("12 " + r.pattern());
            }
        }
        for (String counter : List.of("12 comments", "1 comment", "3 min read", "12 2 shares", "1k 2k likes", "5 min",
                "5 minuten lesezeit", "ca 4 min lesezeit", "10 نظر", "7 دقیقه", "2 responses to the post", "12comments",
                "0 0", "1 2 3", "2024", "12 views", "4 yorum", "100 okunma", "3 комментария", "12 12 12 x")) {
            keys.add(counter);
        }
        assertTrue(keys.size() > 1000);
        int matched = 0;
        for (String key : keys) {
            int words = dev.tamiz.internal.TextFold.words(key);
            String naive = null;
            for (Rule r : c.rules()) { // uncapped exact rules first, as documented
                if (naive == null && r.match() == Rule.Match.EXACT && r.maxWords() == Integer.MAX_VALUE
                        && r.pattern().equals(key)) {
                    naive = r.id();
                }
            }
            if (words > 0 && naive == null) {
                for (Rule r : c.rules()) {
                    if (r.match() == Rule.Match.EXACT && r.maxWords() == Integer.MAX_VALUE) {
                        continue;
                    }
                    com.google.re2j.Pattern p = r.match() == Rule.Match.REGEX ? com.google.re2j.Pattern.compile(r.pattern()) : null;
                    if (r.matches(key, words, p)) {
                        naive = r.id();
                        break;
                    }
                }
            }
            String indexed = c.match(key).map(Rule::id).orElse(null);
            if (naive != null) {
                matched++;
            }
            assertEquals(naive, indexed, key);
        }
        assertTrue(matched > 500, "matched " + matched);
    }
}
