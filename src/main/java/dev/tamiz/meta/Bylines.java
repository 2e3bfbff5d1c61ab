package dev.tamiz.meta;

import dev.tamiz.internal.TextFold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines that credit a text's author, alone or with a date, and the dateline strips that blogs and news
 * sites print under a title. Package-private: {@link MetadataRecognizer} calls it after its cheaper screens.
 *
 * <p>A <b>byline</b> is a credit word ({@code By}, {@code Posted by}, {@code Written by}, German {@code Von}, Spanish
 * and Portuguese {@code Por}, French {@code Par}, Dutch {@code Door}, Persian {@code به قلم}, Arabic {@code بقلم})
 * followed by one or more names (capitalised words, with particles such as {@code de}, {@code van}, {@code al} and
 * joined by commas, {@code and}, {@code &}, {@code und}, {@code y}, {@code et}), then optionally a role after a
 * comma that names one ({@code , Software Engineer}, {@code , Redakteurin}), a date, a time and handles
 * ({@code @name}, {@code Follow @name}). After a credit word other than the English ones, the first name must have
 * two words, as nouns are capitalised in German and a heading can start with {@code Por} or {@code Par}.
 *
 * <p>A <b>dateline strip</b> is a line cut by {@code ·}, {@code |}, {@code •}, {@code —} or {@code –} into parts
 * that are each a date (with the words around dates), a byline, a bare name, a place (one capitalised word), a
 * reading time ({@code 5 min read}), a comment count or link ({@code View Comments}), a permalink or share button,
 * or a tag or category label ({@code Tagged with ...}, {@code Filed under ...}, {@code in ...}), with at least one
 * date or byline among them: {@code Published 21 November 2019 · Tagged with WebAssembly},
 * {@code Madrid | 21 nov 2026 - 10:30 CET}.
 */
final class Bylines {

    private static final Pattern LATIN_PREFIX = Pattern.compile(
            "^(?:(?:posted|written|reported|story|words|text|edited|compiled) by|by"
                    + "|(?:text |geschrieben |ein (?:beitrag|artikel|kommentar|gastbeitrag) )?von"
                    + "|(?:escrito |publicado |texto )?por|(?:écrit |publié |rédigé )?par|(?:geschreven )?door)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The first letters of the credit words above (lower case). */
    private static final String CREDIT_INITIALS = "bpwrstecgvdب";
    private static final Pattern ENGLISH_PREFIX = Pattern.compile("^(?:[a-z]+ )?by\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARABIC_PREFIX = Pattern.compile("^(?:به\\s*قلم|بقلم)\\s*:?\\s+");
    private static final Pattern ARABIC_NAME = Pattern.compile("[\\p{IsArabic}\\u200c]+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[·|•—–]\\s+|\\s*—\\s*");
    private static final Pattern READING_TIME = Pattern.compile(
            "(?:(?:lesezeit|reading time|tiempo de lectura|temps de lecture)\\s*:?\\s*)?(?:ca\\.\\s*)?\\d{1,3}\\s*"
                    + "(?:min(?:s|ute|utes|uten|utos)?\\.?)(?:\\s+(?:read|lesezeit|de lectura|de lecture|lesen))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMENT_COUNT = Pattern.compile(
            "(?:\\d{1,6}|no)\\s+(?:comments?|kommentare?|comentarios?|commentaires?|responses?|replies)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TAG_LABEL = Pattern.compile(
            "(?:tagged with|tagged|tags|filed under|posted in|categor(?:y|ies)|in|kategorie|schlagwörter|themen"
                    + "|publicado en|catégorie|dans)\\s*:?\\s+\\S.{0,60}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Buttons that share a dateline strip with its date: comment links, permalink, share. */
    private static final Pattern UI_PART = Pattern.compile(
            "(?:(?:view|show|leave|add|post|read|no) (?:a |all )?comments?|comments? (?:off|closed)|permalink"
                    + "|share|print|reply|edit|tweet|bookmark|licen[cs]e|flattr(?: this)?|kommentieren|kommentare|teilen"
                    + "|drucken|comentar|commenter|partager)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.]{1,30}");
    private static final Pattern TIME_TOKEN = Pattern.compile("\\d{1,2}([:.h]\\d{2})?(h|am|pm|uhr)?",
            Pattern.CASE_INSENSITIVE);

    /** Lower-case words that may stand between the words of a name. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "del", "della", "di", "du",
            "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn", "ten", "ter", "zu", "y", "e", "et",
            "and", "und", "og", "en", "i", "&");
    /** Words that join two names. */
    private static final Set<String> JOINERS = Set.of("and", "&", "und", "y", "e", "et", "og", "en", "i");
    /** Words that name an author's role (lower case), one of which a role after a comma must contain. */
    private static final Set<String> ROLES = Set.of("editor", "editors", "writer", "reporter", "reporters",
            "correspondent", "engineer", "journalist", "contributor", "columnist", "author", "staff", "producer",
            "analyst", "manager", "director", "founder", "co-founder", "cofounder", "professor", "developer",
            "designer", "photographer", "researcher", "scientist", "team", "intern", "fellow", "chief",
            "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin", "redaktion",
            "periodista", "corresponsal", "redactor", "redactora", "redacción", "journaliste", "rédacteur",
            "rédactrice", "correspondant", "correspondante", "envoyé", "envoyée", "rédaction", "redacteur",
            "verslaggever", "redactie");
    /** Short words that may stand between the words of a role ({@code deputy editor of the Atlantic}). */
    private static final Set<String> ROLE_GLUE = Set.of("a", "an", "the", "of", "at", "for", "and", "on", "in",
            "senior", "deputy", "managing", "contributing", "staff", "de", "du", "des", "für", "bei", "der", "die",
            "del", "la", "en", "im", "am");
    /** English month and weekday names, which end a run of names ({@code By Jane Doe March 18 at 12:22 PM}). */
    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "updated", "published", "posted");
    /** Words a byline may end with besides a date: follow buttons and time words. */
    private static final Set<String> TRAIL_WORDS = Set.of("follow", "on", "at", "am", "um", "el", "le", "a", "las",
            "à", "às", "op", "om", "the", "updated", "published", "gmt", "utc", "et", "est", "pt", "pst", "cet", "cest",
            "uhr", "h", "pm", "today", "yesterday", "ago", "hours", "hour", "minutes", "days", "|", "·", "•", "-", "–", "—",
            ",", "/");

    private Bylines() {
    }

    /** The byline's fields ({@code byline}, and {@code date}, {@code date_original} when it has a dated one). */
    static Optional<Map<String, String>> byline(String t) {
        if (t.isEmpty() || CREDIT_INITIALS.indexOf(Character.toLowerCase(t.charAt(0))) < 0) {
            return Optional.empty(); // the first letter of no credit word: most blocks stop here
        }
        Matcher arabic = ARABIC_PREFIX.matcher(t);
        if (arabic.lookingAt()) {
            String rest = t.substring(arabic.end()).strip();
            String[] words = SPACES.split(rest);
            if (words.length >= 1 && words.length <= 4 && ARABIC_NAME.matcher(rest.replace(" ", "")).matches()) {
                return Optional.of(Map.of("byline", t));
            }
            return Optional.empty();
        }
        Matcher m = LATIN_PREFIX.matcher(t);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        boolean english = ENGLISH_PREFIX.matcher(t).lookingAt();
        String body = t.substring(m.end());
        // dates first: their commas and capitalised month names are not names
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder(body);
        for (int k = 0; k < 2; k++) {
            Optional<ParsedDate> d = DateParser.find(rest.toString());
            if (d.isEmpty()) {
                break;
            }
            if (k == 0) {
                fields.put("date", d.get().iso());
                fields.put("date_original", d.get().original());
            }
            for (int i = d.get().start(); i < d.get().end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        List<String> tokens = tokens(rest.toString());
        int i = 0;
        int firstPerson = 0;
        boolean inFirst = true;
        int names = 0;
        while (i < tokens.size()) {
            String tok = tokens.get(i);
            String lower = tok.toLowerCase(Locale.ROOT);
            boolean dated = CALENDAR_WORDS.contains(stripDot(lower)) && i + 1 < tokens.size()
                    && Character.isDigit(tokens.get(i + 1).charAt(0)); // March 18, not Jan de Vries
            if (isName(tok) && !dated) {
                names++;
                if (inFirst) {
                    firstPerson++;
                }
            } else if (names > 0 && (JOINERS.contains(lower) || tok.equals(","))) {
                if (tok.equals(",") && i + 1 < tokens.size() && isRole(tokens, i + 1)) {
                    break;
                }
                inFirst = false;
            } else if (names > 0 && PARTICLES.contains(lower) && i + 1 < tokens.size() && isName(tokens.get(i + 1))) {
                // a particle inside a name: de, van, al ...
            } else {
                break;
            }
            i++;
        }
        if (names == 0 || (!english && firstPerson < 2)) {
            return Optional.empty();
        }
        if (i < tokens.size() && tokens.get(i).equals(",") && isRole(tokens, i + 1)) {
            i++;
            while (i < tokens.size() && !tokens.get(i).equals(",")) {
                i++;
            }
        }
        for (; i < tokens.size(); i++) {
            if (!isTrail(tokens.get(i))) {
                return Optional.empty();
            }
        }
        fields.put("byline", t);
        return Optional.of(fields);
    }

    /**
     * A dateline strip's fields, when {@code t} is cut by separators into metadata parts only (see the class
     * comment); {@code dateOnly} reads a part that is a date with its words.
     */
    static Optional<Map<String, String>> strip(String t, java.util.function.Function<String, Optional<MetadataLine>> dateOnly) {
        String[] parts = SEPARATORS.split(t);
        if (parts.length < 2 || parts.length > 8) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        boolean anchored = false;
        List<String> bareNames = new ArrayList<>();
        String place = null;
        for (String raw : parts) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<MetadataLine> date = dateOnly.apply(p);
            if (date.isPresent()) {
                date.get().fields().forEach(fields::putIfAbsent);
                anchored = true;
                continue;
            }
            Optional<Map<String, String>> by = byline(p);
            if (by.isPresent()) {
                by.get().forEach(fields::putIfAbsent);
                anchored = true;
                continue;
            }
            if (READING_TIME.matcher(p).matches() || COMMENT_COUNT.matcher(p).matches() || UI_PART.matcher(p).matches()
                    || (TAG_LABEL.matcher(p).matches() && TextFold.words(TextFold.key(p)) <= 6)) {
                continue;
            }
            if (isBareName(p)) {
                bareNames.add(p);
                continue;
            }
            if (isPlace(p) && place == null) {
                place = p; // a dateline's place: "Madrid | 21 nov 2026"
                continue;
            }
            return Optional.empty();
        }
        if (!anchored || bareNames.size() > 1) {
            return Optional.empty();
        }
        if (!bareNames.isEmpty()) {
            fields.putIfAbsent("byline", bareNames.get(0));
        }
        return Optional.of(fields);
    }

    /** One capitalised word ({@code Madrid}, {@code KABUL}, {@code Baden-Baden}). */
    private static boolean isPlace(String p) {
        List<String> tokens = tokens(p);
        return tokens.size() == 1 && isName(tokens.get(0))
                && !CALENDAR_WORDS.contains(stripDot(tokens.get(0).toLowerCase(Locale.ROOT)));
    }

    private static boolean isBareName(String p) {
        List<String> tokens = tokens(p);
        if (tokens.size() < 2 || tokens.size() > 4) {
            return false;
        }
        for (String tok : tokens) {
            if (!isName(tok) && !PARTICLES.contains(tok)) {
                return false;
            }
        }
        return isName(tokens.get(0)) && !CALENDAR_WORDS.contains(stripDot(tokens.get(0).toLowerCase(Locale.ROOT)));
    }

    /**
     * True when the tokens from {@code from} to the next comma name a role: at most eight words, capitalised ones,
     * role words and a few short words between them, among them a role word.
     */
    private static boolean isRole(List<String> tokens, int from) {
        int n = 0;
        boolean role = false;
        for (int i = from; i < tokens.size() && !tokens.get(i).equals(","); i++, n++) {
            String w = stripDot(tokens.get(i).toLowerCase(Locale.ROOT));
            if (n >= 8 || !(ROLES.contains(w) || isName(tokens.get(i)) || ROLE_GLUE.contains(w))) {
                return false;
            }
            role |= ROLES.contains(w);
        }
        return role;
    }

    private static boolean isTrail(String tok) {
        String lower = tok.toLowerCase(Locale.ROOT);
        return TRAIL_WORDS.contains(lower) || CALENDAR_WORDS.contains(stripDot(lower)) || HANDLE.matcher(tok).matches()
                || TIME_TOKEN.matcher(tok).matches();
    }

    /** A capitalised word: an upper-case letter, then letters, dots, hyphens and apostrophes ({@code O'Neil}, {@code J.}). */
    private static boolean isName(String tok) {
        if (tok.isEmpty() || !Character.isUpperCase(tok.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(tok.codePointAt(0)); i < tok.length(); ) {
            int c = tok.codePointAt(i);
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** Words split on spaces, with commas as tokens of their own. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(s.strip())) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() > 1 && w.endsWith(",")) {
                out.add(w.substring(0, w.length() - 1));
                out.add(",");
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
