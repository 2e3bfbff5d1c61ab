package dev.tamiz.boilerplate;

import java.util.Objects;

/**
 * One boilerplate rule: a pattern over a block's matching key (see {@link RuleCatalog} for the key and the file
 * format).
 *
 * @param id       stable id, {@code <file stem>.<family>.<n>} ({@code en.search-box.1})
 * @param family   the kind of furniture ({@code search-box}, {@code comment-form}, ...); the removal reason
 * @param lang     BCP 47 tag of the language the rule is written in, {@code mul} for any
 * @param match    how the pattern is compared with the key
 * @param pattern  the pattern, already folded to a key (for {@link Match#REGEX}: the regular expression)
 * @param maxWords the longest block, in words, the rule may remove
 * @param origin   {@code file:line} the rule was read from
 */
public record Rule(String id, String family, String lang, Match match, String pattern, int maxWords, String origin) {

    /** How a rule's pattern is compared with a block's key. */
    public enum Match {
        /** The key equals the pattern. */
        EXACT,
        /** The key starts with the pattern, at a word boundary. */
        PREFIX,
        /** The key contains the pattern, at word boundaries. */
        CONTAINS,
        /** An RE2 regular expression finds a match in the key ({@code ^} and {@code $} anchor to the key's ends). */
        REGEX
    }

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(origin, "origin");
    }

    /** True when this rule removes a block with matching key {@code key} of {@code words} words. */
    boolean matches(String key, int words, com.google.re2j.Pattern compiled) {
        if (words > maxWords) {
            return false;
        }
        switch (match) {
            case EXACT:
                return key.equals(pattern);
            case PREFIX:
                return key.startsWith(pattern) && (key.length() == pattern.length() || key.charAt(pattern.length()) == ' ');
            case CONTAINS: {
                int from = 0;
                while (true) {
                    int at = key.indexOf(pattern, from);
                    if (at < 0) {
                        return false;
                    }
                    int end = at + pattern.length();
                    if ((at == 0 || key.charAt(at - 1) == ' ') && (end == key.length() || key.charAt(end) == ' ')) {
                        return true;
                    }
                    from = at + 1;
                }
            }
            case REGEX:
                return compiled.matcher(key).find();
            default:
                throw new AssertionError(match);
        }
    }
}
