package dev.tamiz.boilerplate;

import java.util.Arrays;

/**
 * The distinct words of the matching keys a thread has classified, each given a small number on first sight, with
 * what the classifier asks of a word (its function-word languages, whether it is a content word) looked up once
 * instead of once per occurrence, and the page's counts of running-text blocks per word. One per thread
 * ({@link #forThread}), kept from page to page, since most of a page's words were on earlier pages; it starts afresh
 * once it holds more than {@link #MAX_KEPT} words, so it never holds more than about a megabyte between pages.
 *
 * <p>Words are found in a key by their single-space separators and looked up by their chars, so a word already seen
 * costs no new string; the table is open addressing over the words' hashes ({@link String#hashCode}'s).
 */
final class PageWords {

    /** Words kept from page to page: past this, the next page starts with an empty table. */
    static final int MAX_KEPT = 1 << 14;
    private static final int INITIAL = 256;

    private static final ThreadLocal<PageWords> PER_THREAD = new ThreadLocal<>();

    private final StopWords stopWords;
    private String[] words;
    private long[] stopMasks;
    private boolean[] content;
    private int[] hashes;
    /** The block ({@link #block}) that last asked {@link #firstInBlock} of each word. */
    private int[] seenIn;
    /** Per word: the running-text blocks of page {@code anchorPage[id]} that hold it. */
    private int[] anchorCount;
    private int[] anchorPage;
    private int block;
    private int page;
    private int size;
    /** Open addressing: word number + 1, 0 for an empty slot; length a power of two, at most half full. */
    private int[] table;

    PageWords(StopWords stopWords) {
        this.stopWords = stopWords;
        clear();
    }

    /** This thread's table for {@code stopWords}, ready for a new page. */
    static PageWords forThread(StopWords stopWords) {
        PageWords w = PER_THREAD.get();
        if (w == null || w.stopWords != stopWords) {
            w = new PageWords(stopWords);
            PER_THREAD.set(w);
        }
        w.startPage();
        return w;
    }

    private void clear() {
        words = new String[INITIAL];
        stopMasks = new long[INITIAL];
        content = new boolean[INITIAL];
        hashes = new int[INITIAL];
        seenIn = new int[INITIAL];
        anchorCount = new int[INITIAL];
        anchorPage = new int[INITIAL];
        table = new int[2 * INITIAL];
        size = 0;
        block = 1; // seenIn starts at 0: no word seen yet
        page = 1;
    }

    /** Starts a page: no word is in its running text yet. */
    void startPage() {
        if (size > MAX_KEPT || page == Integer.MAX_VALUE || block > Integer.MAX_VALUE - (1 << 20)) {
            clear();
        } else {
            page++;
        }
    }

    /** The numbers of the words of {@code key} (a matching key: words joined by single spaces), in order. */
    int[] ids(String key) {
        if (key.isEmpty()) {
            return new int[0];
        }
        int count = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                count++;
            }
        }
        int[] out = new int[count];
        int w = 0;
        int from = 0;
        int h = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ') {
                out[w++] = id(key, from, i, h);
                from = i + 1;
                h = 0;
            } else {
                h = 31 * h + c;
            }
        }
        out[w] = id(key, from, key.length(), h);
        return out;
    }

    private int id(String key, int from, int to, int hash) {
        int mask = table.length - 1;
        int len = to - from;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int e = table[slot];
            if (e == 0) {
                return add(key.substring(from, to), hash, slot);
            }
            int id = e - 1;
            if (hashes[id] == hash && words[id].length() == len && words[id].regionMatches(0, key, from, len)) {
                return id;
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private int add(String word, int hash, int slot) {
        int id = size++;
        if (id == words.length) {
            int cap = words.length * 2;
            words = Arrays.copyOf(words, cap);
            stopMasks = Arrays.copyOf(stopMasks, cap);
            content = Arrays.copyOf(content, cap);
            hashes = Arrays.copyOf(hashes, cap);
            seenIn = Arrays.copyOf(seenIn, cap);
            anchorCount = Arrays.copyOf(anchorCount, cap);
            anchorPage = Arrays.copyOf(anchorPage, cap);
        }
        words[id] = word;
        hashes[id] = hash;
        long m = stopWords.mask(word);
        stopMasks[id] = m;
        content[id] = m == 0 && word.length() >= 3 && !Character.isDigit(word.charAt(0));
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(hashes[id]) & mask;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = id + 1;
        }
        table = t;
    }

    /** Starts a new block for {@link #firstInBlock}. */
    void nextBlock() {
        block++;
    }

    /** True the first time word {@code id} is asked for since {@link #nextBlock}. */
    boolean firstInBlock(int id) {
        if (seenIn[id] == block) {
            return false;
        }
        seenIn[id] = block;
        return true;
    }

    /** Counts one more running-text block of this page holding word {@code id}. */
    void addAnchor(int id) {
        if (anchorPage[id] != page) {
            anchorPage[id] = page;
            anchorCount[id] = 0;
        }
        anchorCount[id]++;
    }

    /** How many running-text blocks of this page hold word {@code id}. */
    int anchors(int id) {
        return anchorPage[id] == page ? anchorCount[id] : 0;
    }

    /** How many distinct words the page has had so far. */
    int size() {
        return size;
    }

    /** Word number {@code id}. */
    String word(int id) {
        return words[id];
    }

    /** The words of {@code ids}, as strings. */
    String[] words(int[] ids) {
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = words[ids[i]];
        }
        return out;
    }

    /** The function-word languages of word {@code id} (bits by {@link StopWords#languages()} index). */
    long stopMask(int id) {
        return stopMasks[id];
    }

    /** True for a content word: three chars or more, not starting with a digit, no function word. */
    boolean isContent(int id) {
        return content[id];
    }
}
