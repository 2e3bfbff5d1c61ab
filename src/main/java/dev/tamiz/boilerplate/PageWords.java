package dev.tamiz.boilerplate;

import java.util.Arrays;

/**
 * The distinct words of one page's matching keys, each given a small number on first sight, with what the
 * classifier asks of a word (its function-word languages, whether it is a content word) looked up once per page
 * instead of once per occurrence, and the page's counts of running-text blocks per word. One per thread
 * ({@link #forThread}), emptied for each page and its arrays reused, so that a page costs no allocation beyond its
 * new words' strings, made only when asked for.
 *
 * <p>Words are found in a key by their single-space separators and looked up by their chars: open addressing over
 * the words' hashes ({@link String#hashCode}'s), each slot holding the hash with the word's number; the words'
 * chars in one array; each word's state in four neighbouring ints.
 */
final class PageWords {

    /** A page that needed larger arrays than this many words leaves smaller ones for the next. */
    static final int MAX_KEPT = 1 << 14;
    private static final int INITIAL = 256;

    private static final ThreadLocal<PageWords> PER_THREAD = new ThreadLocal<>();

    /** Per word, four ints: {@link #SEEN_IN}, {@link #ANCHOR_COUNT}, {@link #FLAGS} and one unused. */
    private static final int SEEN_IN = 0;
    private static final int ANCHOR_COUNT = 1;
    private static final int FLAGS = 2;
    private static final int CONTENT = 1;

    private final StopWords stopWords;
    /** The words' chars, one after the other: word {@code id} is {@code chars[start[id] .. start[id + 1])}. */
    private char[] chars;
    private int[] start;
    /** Word strings, made when first asked for. */
    private String[] strings;
    private long[] stopMasks;
    private int[] state;
    private int block;
    private int size;
    /** Open addressing: (hash << 32) | (word number + 1), 0 for an empty slot; a power of two, at most half full. */
    private long[] table;
    /** The slots in use, to empty them for the next page. */
    private int[] used;
    /** Where {@link #ids} collects a key's word numbers. */
    private int[] idBuffer = new int[INITIAL];

    PageWords(StopWords stopWords) {
        this.stopWords = stopWords;
        allocate(INITIAL);
    }

    /** This thread's table for {@code stopWords}, emptied for a new page. */
    static PageWords forThread(StopWords stopWords) {
        PageWords w = PER_THREAD.get();
        if (w == null || w.stopWords != stopWords) {
            w = new PageWords(stopWords);
            PER_THREAD.set(w);
        }
        w.startPage();
        return w;
    }

    private void allocate(int words) {
        chars = new char[8 * words];
        start = new int[words + 1];
        strings = new String[words];
        stopMasks = new long[words];
        state = new int[4 * words];
        table = new long[2 * words];
        used = new int[words];
        size = 0;
        block = 0; // SEEN_IN starts at 0: nextBlock makes 1 the first block
    }

    /** Empties the table for a new page. */
    void startPage() {
        if (strings.length > MAX_KEPT || block > Integer.MAX_VALUE - (1 << 20)) {
            allocate(INITIAL);
            return;
        }
        for (int i = 0; i < size; i++) {
            table[used[i]] = 0;
            strings[i] = null;
        }
        size = 0;
    }

    /** The numbers of the words of {@code key} (a matching key: words joined by single spaces), in order. */
    int[] ids(String key) {
        int n = key.length();
        if (n == 0) {
            return new int[0];
        }
        int[] buf = idBuffer;
        int w = 0;
        int from = 0;
        int h = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? key.charAt(i) : ' ';
            if (c == ' ') {
                if (w == buf.length) {
                    buf = Arrays.copyOf(buf, 2 * buf.length);
                    idBuffer = buf;
                }
                buf[w++] = id(key, from, i, h);
                from = i + 1;
                h = 0;
            } else {
                h = 31 * h + c;
            }
        }
        int[] out = Arrays.copyOf(buf, w);
        if (buf.length > MAX_KEPT) {
            idBuffer = new int[INITIAL];
        }
        return out;
    }

    private int id(String key, int from, int to, int hash) {
        int mask = table.length - 1;
        int len = to - from;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            long e = table[slot];
            if (e == 0) {
                return add(key, from, to, hash, slot);
            }
            if ((int) (e >>> 32) == hash) {
                int id = (int) e - 1;
                int s = start[id];
                if (start[id + 1] - s == len && StopWords.sameChars(chars, s, key, from, len)) {
                    return id;
                }
            }
        }
    }

    private static int mix(int h) {
        return StopWords.mix(h);
    }

    private int add(String key, int from, int to, int hash, int slot) {
        int id = size++;
        if (id == strings.length) {
            int cap = strings.length * 2;
            start = Arrays.copyOf(start, cap + 1);
            strings = Arrays.copyOf(strings, cap);
            stopMasks = Arrays.copyOf(stopMasks, cap);
            state = Arrays.copyOf(state, 4 * cap);
            used = Arrays.copyOf(used, cap);
        }
        int s = start[id];
        int len = to - from;
        if (s + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, s + len));
        }
        key.getChars(from, to, chars, s);
        start[id + 1] = s + len;
        long m = stopWords.mask(key, from, to, hash);
        stopMasks[id] = m;
        state[4 * id + SEEN_IN] = 0;
        state[4 * id + ANCHOR_COUNT] = 0;
        state[4 * id + FLAGS] = m == 0 && len >= 3 && !Character.isDigit(key.charAt(from)) ? CONTENT : 0;
        table[slot] = ((long) hash << 32) | (id + 1);
        used[id] = slot;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        long[] t = new long[table.length * 2];
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            long e = table[used[id]];
            int slot = mix((int) (e >>> 32)) & mask;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = e;
            used[id] = slot;
        }
        table = t;
    }

    /** Starts a new block for {@link #firstInBlock}. */
    void nextBlock() {
        block++;
    }

    /** True the first time word {@code id} is asked for since {@link #nextBlock}. */
    boolean firstInBlock(int id) {
        int at = 4 * id + SEEN_IN;
        if (state[at] == block) {
            return false;
        }
        state[at] = block;
        return true;
    }

    /** Counts one more running-text block of this page holding word {@code id}. */
    void addAnchor(int id) {
        state[4 * id + ANCHOR_COUNT]++;
    }

    /** How many running-text blocks of this page hold word {@code id}. */
    int anchors(int id) {
        return state[4 * id + ANCHOR_COUNT];
    }

    /** How many distinct words the table holds. */
    int size() {
        return size;
    }

    /** Word number {@code id}. */
    String word(int id) {
        String w = strings[id];
        if (w == null) {
            w = new String(chars, start[id], start[id + 1] - start[id]);
            strings[id] = w;
        }
        return w;
    }

    /** The words of {@code ids}, as strings. */
    String[] words(int[] ids) {
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = word(ids[i]);
        }
        return out;
    }

    /** The function-word languages of word {@code id} (bits by {@link StopWords#languages()} index). */
    long stopMask(int id) {
        return stopMasks[id];
    }

    /** True for a content word: three chars or more, not starting with a digit, no function word. */
    boolean isContent(int id) {
        return (state[4 * id + FLAGS] & CONTENT) != 0;
    }
}
