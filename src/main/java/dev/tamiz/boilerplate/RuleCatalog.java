package dev.tamiz.boilerplate;

import dev.tamiz.internal.Tables;
import dev.tamiz.internal.TextFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An immutable set of boilerplate rules, read from rule files.
 *
 * <h2>Rule file format</h2>
 * UTF-8 text, one rule per line:
 * <pre>
 * # a comment; blank lines are ignored
 * &#64;lang en                          sets the language of the rules below (default: the file's stem)
 * exact      search-box    Close this search box
 * prefix     comment-form  Leave a reply
 * contains/20 comment-form Your email address will not be published
 * regex      page-footer   ^page generated in [0-9 ]+ (sec|seconds)$
 * </pre>
 * Each rule line is {@code <match>[/<max words>] <family> <pattern>}, fields separated by white space, the pattern
 * running to the end of the line. {@code match} is {@code exact}, {@code prefix}, {@code contains} or
 * {@code regex} (see {@link Rule.Match}); {@code family} ({@code [a-z0-9-]+}) is the removal reason.
 * Patterns other than regular expressions are folded to matching keys exactly as blocks are (case, letter
 * variants, ZWNJ, punctuation and spacing do not matter, see {@code TextFold}); regular expressions are applied
 * to the key, so they should be written in lower case, with single spaces between words and no punctuation.
 * Regular expressions use RE2 syntax and run in time linear in the block (no back-references or lookaround), so
 * no rule file can make cleaning hang.
 * The optional max words (1 to 200) caps the length of a block the rule may remove; the defaults are unbounded for
 * {@code exact}, the pattern's words plus 10 for {@code prefix}, plus 15 for {@code contains} and 30 for
 * {@code regex}. A rule's id is {@code <file stem>.<family>.<n>}, n counting that family's rules in the file.
 *
 * <p>A line that breaks the format is reported as a {@link RuleFormatException} with {@code file:line: problem}.
 */
public final class RuleCatalog {

    private static final String BUILTIN_DIR = "/dev/tamiz/boilerplate/rules/";
    private static final Pattern FAMILY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Field separator of a rule line ({@code String.split("\\s+")} would compile it for every line). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final int MAX_PATTERN = 1000;
    /** Blocks whose key is longer than this are matched by exact rules only. */
    private static final int MAX_KEY_CHARS = 2000;

    private static volatile RuleCatalog builtin;

    private final List<Rule> rules;
    private final Map<String, Rule> exact;
    /** The rules that are not plain exact matches, in file order, and their compiled regexes (by index). */
    private final Rule[] others;
    /** Compiled on first use (most regexes are screened out of most keys); racy but idempotent. */
    private final com.google.re2j.Pattern[] regexes;
    /** Indexes into {@link #others}: prefix rules by their first word, contains rules by their first word. */
    private final Map<String, int[]> prefixByFirstWord;
    private final Map<String, int[]> containsByFirstWord;
    /** Exact rules with a word cap, by pattern. */
    private final Map<String, int[]> cappedExact;
    /** The regex rules (indexes into {@link #others}) and the literal starts that screen them. */
    private final int[] regexIndex;
    private final List<List<String>> regexStarts;
    /** Positions in {@link #regexIndex} of the screened regexes, by the first char of their starts. */
    private final Map<Character, int[]> regexByFirstChar;
    /** Positions in {@link #regexIndex} of the regexes without a screen: they are tried on every short key. */
    private final int[] unscreenedRegexes;
    private final int maxWords;
    /**
     * The largest word cap below {@link #LONG_CAP}; a key with more words is tried against {@link #longRules} only
     * (the few rules allowed more words, such as long disclosures), without splitting it into words.
     */
    private final int shortMaxWords;
    /** The rules (indexes into {@link #others}, in file order) whose word cap is above {@link #LONG_CAP}. */
    private final int[] longRules;
    /** Word caps above this make a rule "long" (see {@link #shortMaxWords}). */
    private static final int LONG_CAP = 50;
    /** The longest pattern of an exact rule: a longer key cannot be one. */
    private final int maxExactChars;

    private RuleCatalog(List<Rule> rules) {
        this(rules, r -> RegexScreen.starts(r.pattern()));
    }

    /** {@code startsOf}: the literal starts that screen a regex rule ({@link RegexScreen#starts}). */
    private RuleCatalog(List<Rule> rules, java.util.function.Function<Rule, List<String>> startsOf) {
        this.rules = List.copyOf(rules);
        Map<String, Rule> ex = new HashMap<>();
        List<Rule> oth = new ArrayList<>();
        int mw = 0;
        int mx = 0;
        for (Rule r : rules) {
            if (r.match() == Rule.Match.EXACT) {
                mx = Math.max(mx, r.pattern().length());
            }
            if (r.match() == Rule.Match.EXACT && r.maxWords() == Integer.MAX_VALUE) {
                ex.putIfAbsent(r.pattern(), r);
            } else {
                oth.add(r);
                mw = Math.max(mw, r.maxWords());
            }
        }
        this.exact = ex;
        this.others = oth.toArray(new Rule[0]);
        int smw = 0;
        List<Integer> longs = new ArrayList<>();
        for (int k = 0; k < others.length; k++) {
            if (others[k].maxWords() > LONG_CAP) {
                longs.add(k);
            } else {
                smw = Math.max(smw, others[k].maxWords());
            }
        }
        this.shortMaxWords = smw;
        this.longRules = longs.stream().mapToInt(Integer::intValue).toArray();
        this.regexes = new com.google.re2j.Pattern[others.length];
        Map<String, List<Integer>> byStart = new HashMap<>();
        Map<String, List<Integer>> byWord = new HashMap<>();
        Map<String, List<Integer>> capped = new HashMap<>();
        List<Integer> rx = new ArrayList<>();
        List<List<String>> rxStarts = new ArrayList<>();
        for (int k = 0; k < others.length; k++) {
            Rule r = others[k];
            switch (r.match()) {
                case EXACT -> capped.computeIfAbsent(r.pattern(), x -> new ArrayList<>()).add(k);
                case PREFIX -> byStart.computeIfAbsent(firstWord(r.pattern()), x -> new ArrayList<>()).add(k);
                case CONTAINS -> byWord.computeIfAbsent(firstWord(r.pattern()), x -> new ArrayList<>()).add(k);
                case REGEX -> {
                    rx.add(k);
                    rxStarts.add(startsOf.apply(r));
                }
                default -> throw new AssertionError(r.match());
            }
        }
        this.prefixByFirstWord = toArrays(byStart);
        this.containsByFirstWord = toArrays(byWord);
        this.cappedExact = toArrays(capped);
        this.regexIndex = rx.stream().mapToInt(Integer::intValue).toArray();
        this.regexStarts = rxStarts;
        Map<Character, List<Integer>> byChar = new HashMap<>();
        List<Integer> unscreened = new ArrayList<>();
        for (int j = 0; j < rxStarts.size(); j++) {
            List<String> st = rxStarts.get(j);
            if (st == null) {
                unscreened.add(j);
                continue;
            }
            for (String start : st) {
                char first = start.charAt(0);
                for (char c = first == RegexScreen.DIGITS ? '0' : first; c <= (first == RegexScreen.DIGITS ? '9' : first);
                        c++) {
                    List<Integer> l = byChar.computeIfAbsent(c, x -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != j) {
                        l.add(j);
                    }
                }
            }
        }
        Map<Character, int[]> bc = new HashMap<>();
        byChar.forEach((c, l) -> bc.put(c, l.stream().mapToInt(Integer::intValue).toArray()));
        this.regexByFirstChar = bc;
        this.unscreenedRegexes = unscreened.stream().mapToInt(Integer::intValue).toArray();
        this.maxWords = mw;
        this.maxExactChars = mx;
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static String firstWord(String key) {
        int sp = key.indexOf(' ');
        return sp < 0 ? key : key.substring(0, sp);
    }

    /** The rules Tamiz ships, one file per language (listed in {@code rules/index.txt}). */
    public static RuleCatalog builtin() {
        RuleCatalog b = builtin;
        if (b == null) {
            synchronized (RuleCatalog.class) {
                b = builtin;
                if (b == null) {
                    b = loadBuiltin();
                    builtin = b;
                }
            }
        }
        return b;
    }

    /** An empty catalogue. */
    public static RuleCatalog empty() {
        return new RuleCatalog(List.of());
    }

    /** Reads a rule file; the file's stem names its rules and is the default language. */
    public static RuleCatalog load(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new RuleCatalog(parse(name, r, true));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new RuleFormatException(name, 0, "not UTF-8 text");
        }
    }

    /** Parses rules from a string, as if read from a file called {@code name}. */
    public static RuleCatalog parse(String name, String text) {
        try {
            return new RuleCatalog(parse(name, new StringReader(text), true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This catalogue followed by {@code other}'s rules: where both have an exact rule for one key, this wins. */
    public RuleCatalog plus(RuleCatalog other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new RuleCatalog(all);
    }

    /** Keys of more words than this are looked up among the exact rules alone. */
    int maxWords() {
        return maxWords;
    }

    /** All rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The first rule (in file order) that removes a block with this matching key, if any. Only the rules that can
     * match are tried: exact rules by hash, prefix and contains rules through the key's words, regexes whose literal
     * start the key has (see {@link RegexScreen}).
     */
    public Optional<Rule> match(String key) {
        return match(key, null);
    }

    /** {@link #match(String)} with the key's words already split ({@link TextFold#split}), or null. */
    Optional<Rule> match(String key, String[] keyWords) {
        if (key.length() <= maxExactChars) {
            Rule r = exact.get(key);
            if (r != null) {
                return Optional.of(r);
            }
        }
        int words = TextFold.words(key);
        if (words > maxWords || words == 0 || key.length() > MAX_KEY_CHARS) {
            return Optional.empty(); // furniture is short: a giant block is never a UI string
        }
        if (words > shortMaxWords) {
            for (int k : longRules) { // only a long rule can match: try those few in file order
                if (others[k].matches(key, words, regex(k))) {
                    return Optional.of(others[k]);
                }
            }
            return Optional.empty();
        }
        long[] candidates = new long[(others.length + 63) >>> 6];
        boolean any = key.length() <= maxExactChars && add(candidates, cappedExact.get(key));
        String[] split = keyWords != null ? keyWords : TextFold.split(key);
        any |= add(candidates, prefixByFirstWord.get(split[0]));
        for (String word : split) {
            any |= add(candidates, containsByFirstWord.get(word));
        }
        for (int j : unscreenedRegexes) {
            int k = regexIndex[j];
            candidates[k >>> 6] |= 1L << k;
            any = true;
        }
        int[] screened = regexByFirstChar.get(key.charAt(0));
        if (screened != null) {
            for (int j : screened) {
                if (RegexScreen.admits(regexStarts.get(j), key)) {
                    int k = regexIndex[j];
                    candidates[k >>> 6] |= 1L << k;
                    any = true;
                }
            }
        }
        if (!any) {
            return Optional.empty();
        }
        for (int b = 0; b < candidates.length; b++) {
            long bits = candidates[b];
            while (bits != 0) {
                int k = (b << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (others[k].matches(key, words, regex(k))) {
                    return Optional.of(others[k]);
                }
            }
        }
        return Optional.empty();
    }

    private com.google.re2j.Pattern regex(int k) {
        if (others[k].match() != Rule.Match.REGEX) {
            return null;
        }
        com.google.re2j.Pattern p = regexes[k];
        if (p == null) {
            p = com.google.re2j.Pattern.compile(others[k].pattern()); // checked when the file was read
            regexes[k] = p;
        }
        return p;
    }

    private static boolean add(long[] set, int[] ks) {
        if (ks == null) {
            return false;
        }
        for (int k : ks) {
            set[k >>> 6] |= 1L << k;
        }
        return true;
    }

    /**
     * The built-in catalogue: its rules and their regex screens are parsed and computed at build time and stored
     * as a table of strings ({@link Tables}), read here; computed from the rule files when the table is not there.
     */
    private static RuleCatalog loadBuiltin() {
        String[] flat = Tables.strings("RuleCatalog.builtin", RuleCatalog::flattenBuiltin);
        List<Rule> rules = new ArrayList<>();
        Map<Rule, List<String>> starts = new java.util.IdentityHashMap<>();
        int i = 0;
        while (i < flat.length) {
            Rule r = new Rule(flat[i], flat[i + 1], flat[i + 2], Rule.Match.valueOf(flat[i + 3]), flat[i + 4],
                    Integer.parseInt(flat[i + 5]), flat[i + 6]);
            int n = Integer.parseInt(flat[i + 7]);
            i += 8;
            if (n >= 0) {
                starts.put(r, List.of(Arrays.copyOfRange(flat, i, i + n)));
                i += n;
            }
            rules.add(r);
        }
        return new RuleCatalog(rules, r -> starts.containsKey(r) ? starts.get(r) : RegexScreen.starts(r.pattern()));
    }

    /**
     * The built-in rules as strings: per rule its seven fields, then the number of its regex screen's starts (-1
     * for none) and the starts.
     */
    private static String[] flattenBuiltin() {
        List<String> flat = new ArrayList<>();
        for (Rule r : parseBuiltin()) {
            flat.addAll(List.of(r.id(), r.family(), r.lang(), r.match().name(), r.pattern(),
                    Integer.toString(r.maxWords()), r.origin()));
            List<String> st = r.match() == Rule.Match.REGEX ? RegexScreen.starts(r.pattern()) : null;
            flat.add(Integer.toString(st == null ? -1 : st.size()));
            if (st != null) {
                flat.addAll(st);
            }
        }
        return flat.toArray(new String[0]);
    }

    private static List<Rule> parseBuiltin() {
        List<Rule> all = new ArrayList<>();
        try (InputStream idx = RuleCatalog.class.getResourceAsStream(BUILTIN_DIR + "index.txt")) {
            if (idx == null) {
                throw new IllegalStateException("missing resource " + BUILTIN_DIR + "index.txt");
            }
            List<String> files = new BufferedReader(new InputStreamReader(idx, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            for (String f : files) {
                try (InputStream in = RuleCatalog.class.getResourceAsStream(BUILTIN_DIR + f)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + BUILTIN_DIR + f);
                    }
                    // the shipped regexes are compiled by the tests; here they are compiled on first use
                    all.addAll(parse(f, new InputStreamReader(in, StandardCharsets.UTF_8), false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /**
     * Folds the letters of a regular expression as keys are folded: Arabic-script letter variants to one form,
     * Persian and Arabic-Indic digits to ASCII, ZWNJ to a space. Regex syntax is ASCII and left alone.
     */
    static String foldRegex(String regex) {
        StringBuilder sb = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); ) {
            int cp = regex.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
                continue;
            }
            if (cp == 0x200C) {
                sb.append(' ');
                continue;
            }
            int f = TextFold.foldArabic(cp);
            if (f > 0x7F && Character.isDigit(f)) {
                f = '0' + Character.digit(f, 10);
            }
            sb.appendCodePoint(f);
        }
        return sb.toString();
    }

    /** Parses a rule file; {@code checkRegexes}: compile every regex now, so that a bad one is a format error. */
    private static List<Rule> parse(String name, Reader reader, boolean checkRegexes) throws IOException {
        String stem = name.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        String lang = LANG.matcher(stem).matches() ? stem : "mul";
        Map<String, Integer> counters = new LinkedHashMap<>();
        List<Rule> out = new ArrayList<>();
        BufferedReader br = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = br.readLine()) != null) {
            no++;
            if (no == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("@")) {
                String[] kv = SPACES.split(s.substring(1), 2);
                if (!kv[0].equals("lang")) {
                    throw new RuleFormatException(name, no, "unknown directive @" + kv[0] + " (only @lang)");
                }
                if (kv.length < 2 || !LANG.matcher(kv[1].strip()).matches()) {
                    throw new RuleFormatException(name, no, "@lang needs a language tag such as en or fa");
                }
                lang = kv[1].strip();
                continue;
            }
            String[] f = SPACES.split(s, 3);
            if (f.length < 3) {
                throw new RuleFormatException(name, no,
                        "expected '<match> <family> <pattern>', got " + f.length + " field(s)");
            }
            String matchField = f[0];
            int max = -1;
            int slash = matchField.indexOf('/');
            if (slash >= 0) {
                try {
                    max = Integer.parseInt(matchField.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new RuleFormatException(name, no, "max words is not a number: " + matchField);
                }
                if (max < 1 || max > 200) {
                    throw new RuleFormatException(name, no, "max words must be 1 to 200: " + max);
                }
                matchField = matchField.substring(0, slash);
            }
            Rule.Match match;
            try {
                match = Rule.Match.valueOf(matchField.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleFormatException(name, no,
                        "unknown match '" + matchField + "' (exact, prefix, contains or regex)");
            }
            String family = f[1];
            if (!FAMILY.matcher(family).matches()) {
                throw new RuleFormatException(name, no, "family must be lower-case letters, digits and '-': " + family);
            }
            String raw = f[2].strip();
            if (raw.length() > MAX_PATTERN) {
                throw new RuleFormatException(name, no, "pattern longer than " + MAX_PATTERN + " chars");
            }
            String pattern;
            if (match == Rule.Match.REGEX) {
                raw = foldRegex(raw);
                try {
                    if (checkRegexes) {
                        com.google.re2j.Pattern.compile(raw);
                    }
                } catch (com.google.re2j.PatternSyntaxException e) {
                    throw new RuleFormatException(name, no, "bad regular expression: " + e.getMessage());
                }
                pattern = raw;
            } else {
                pattern = TextFold.key(raw);
                if (pattern.isEmpty()) {
                    throw new RuleFormatException(name, no, "pattern has no letters or digits");
                }
            }
            int words = TextFold.words(pattern);
            if (max < 0) {
                max = switch (match) {
                    case EXACT -> Integer.MAX_VALUE;
                    case PREFIX -> words + 10;
                    case CONTAINS -> words + 15;
                    case REGEX -> 30;
                };
            }
            int n = counters.merge(family, 1, Integer::sum);
            out.add(new Rule(stem + "." + family + "." + n, family, lang, match, pattern, max, name + ":" + no));
        }
        return Collections.unmodifiableList(out);
    }
}
