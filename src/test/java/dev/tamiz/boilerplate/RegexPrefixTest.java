package dev.tamiz.boilerplate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegexPrefixTest {

    @Test
    void anchoredLiteralStarts() {
        assertEquals("page generated in ", RuleCatalog.literalPrefix("^page generated in [0-9 ]+$"));
        assertEquals("comment", RuleCatalog.literalPrefix("^comments?$"));
        assertEquals("pag", RuleCatalog.literalPrefix("^page*x"));
    }

    @Test
    void noPrefixWhereTheStartIsNotFixed() {
        assertNull(RuleCatalog.literalPrefix("page generated"));
        assertNull(RuleCatalog.literalPrefix("^(close|open) search$"));
        assertNull(RuleCatalog.literalPrefix("^abc|^def"));
        assertNull(RuleCatalog.literalPrefix("^a?bc"));
    }

    @Test
    void theScreenNeverChangesWhatMatches() {
        RuleCatalog c = RuleCatalog.parse("t.rules", "regex footer ^page generated in [0-9 ]+ sec$\nregex alt ^abc x|def$\n");
        assertEquals("footer", c.match("page generated in 0 0053 sec").orElseThrow().family());
        assertEquals("alt", c.match("the def").orElseThrow().family());
        assertTrue(c.match("a page generated in 1 sec").isEmpty());
    }
}
