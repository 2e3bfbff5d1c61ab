package dev.tamiz.boilerplate;

import dev.tamiz.internal.Tables;
import dev.tamiz.internal.TextFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Function-word lists, one per language ({@code boilerplate/stopwords/<lang>.txt}), used to measure how much a
 * block reads like running text. The block's language is not known when boilerplate is decided, so a block is
 * measured against every list and the best one counts.
 *
 * <p>Immutable and thread-safe.
 */
public final class StopWords {

    private static final String DIR = "/dev/tamiz/boilerplate/stopwords/";
    /** The lists shipped, in bit order. */
    static final List<String> LANGS = List.of("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "tr", "fi",
            "no", "sv", "fa", "ar", "ur", "ps");

    private static volatile StopWords builtin;

    private final List<String> langs;
    private final Map<String, Long> words;

    /**
     * The same words packed for lookups by chars ({@link #mask(CharSequence, int, int, int)}): open addressing over
     * their hashes, each slot {@code (hash << 32) | (word number + 1)}, the words' chars one after the other in
     * {@link #chars}, their masks in {@link #masks}. Small enough to stay in a cache, unlike a map of strings.
     */
    private final long[] table;
    private final char[] chars;
    private final int[] starts;
    private final long[] masks;

    private StopWords(List<String> langs, Map<String, Long> words) {
        this.langs = List.copyOf(langs);
        this.words = Collections.unmodifiableMap(words);
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4 - 1)) << 1;
        this.table = new long[size];
        this.starts = new int[words.size() + 1];
        this.masks = new long[words.size()];
        StringBuilder all = new StringBuilder();
        int id = 0;
        for (Map.Entry<String, Long> e : words.entrySet()) {
            String w = e.getKey();
            starts[id] = all.length();
            all.append(w);
            masks[id] = e.getValue();
            int hash = w.hashCode();
            int slot = mix(hash) & (size - 1);
            while (table[slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = ((long) hash << 32) | (id + 1);
            id++;
        }
        starts[id] = all.length();
        this.chars = all.toString().toCharArray();
    }

    static int mix(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * {@link #mask(String)} of the word {@code text[from, to)}, whose {@link String#hashCode} is {@code hash},
     * without making it a string.
     */
    long mask(CharSequence text, int from, int to, int hash) {
        int mask = table.length - 1;
        int len = to - from;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            long e = table[slot];
            if (e == 0) {
                return 0;
            }
            if ((int) (e >>> 32) == hash) {
                int id = (int) e - 1;
                int s = starts[id];
                if (starts[id + 1] - s == len && sameChars(chars, s, text, from, len)) {
                    return masks[id];
                }
            }
        }
    }

    /** True when {@code chars[s, s + len)} holds the same chars as {@code text[from, from + len)}. */
    static boolean sameChars(char[] chars, int s, CharSequence text, int from, int len) {
        for (int k = 0; k < len; k++) {
            if (chars[s + k] != text.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }

    /** The built-in lists. */
    public static StopWords builtin() {
        StopWords s = builtin;
        if (s == null) {
            synchronized (StopWords.class) {
                s = builtin;
                if (s == null) {
                    s = load();
                    builtin = s;
                }
            }
        }
        return s;
    }

    /** The languages with a list. */
    public List<String> languages() {
        return langs;
    }

    /**
     * The measure of one block's matching key.
     *
     * @return {language index or -1, count of function words of the best language}
     */
    int[] best(String key) {
        if (key.isEmpty()) {
            return new int[] {-1, 0};
        }
        int[] counts = new int[langs.size()];
        int from = 0;
        int n = key.length();
        while (from <= n) {
            int sp = key.indexOf(' ', from);
            if (sp < 0) {
                sp = n;
            }
            Long mask = words.get(key.substring(from, sp));
            if (mask != null) {
                long m = mask;
                while (m != 0) {
                    int bit = Long.numberOfTrailingZeros(m);
                    counts[bit]++;
                    m &= m - 1;
                }
            }
            from = sp + 1;
        }
        int best = -1;
        int bc = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > bc) {
                bc = counts[i];
                best = i;
            }
        }
        return new int[] {best, bc};
    }

    /** The language tag of index {@code i} of {@link #best}. */
    String language(int i) {
        return i < 0 ? "und" : langs.get(i);
    }

    /** The languages (bits by index of {@link #languages}) whose list has the folded word {@code w}; 0 for none. */
    long mask(String w) {
        Long m = words.get(w);
        return m == null ? 0 : m;
    }

    /** True when the folded word {@code w} is a function word of some language. */
    public boolean isStopWord(String w) {
        return words.containsKey(w);
    }

    /**
     * The built-in lists, read from a table made at build time ({@link Tables}: the words, each followed by its
     * language bits), or from the list files when the table is not there.
     */
    private static StopWords load() {
        String[] flat = Tables.strings("StopWords.builtin", StopWords::flattenBuiltin);
        Map<String, Long> map = new HashMap<>(flat.length);
        for (int i = 0; i + 1 < flat.length; i += 2) {
            map.put(flat[i], Long.parseLong(flat[i + 1]));
        }
        return new StopWords(LANGS, map);
    }

    private static String[] flattenBuiltin() {
        Map<String, Long> map = readLists();
        String[] flat = new String[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, Long> e : map.entrySet()) {
            flat[i++] = e.getKey();
            flat[i++] = Long.toString(e.getValue());
        }
        return flat;
    }

    /** Each word of the list files with the bits of the languages that list it. */
    private static Map<String, Long> readLists() {
        Map<String, Long> map = new HashMap<>();
        for (int i = 0; i < LANGS.size(); i++) {
            String lang = LANGS.get(i);
            try (InputStream in = StopWords.class.getResourceAsStream(DIR + lang + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DIR + lang + ".txt");
                }
                BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                long bit = 1L << i;
                while ((line = br.readLine()) != null) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    String key = TextFold.key(line);
                    if (key.isEmpty()) {
                        continue;
                    }
                    for (String w : key.split(" ")) {
                        map.merge(w, bit, (a, b) -> a | b);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return map;
    }
}
