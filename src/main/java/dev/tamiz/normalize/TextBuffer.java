package dev.tamiz.normalize;

import java.util.Arrays;

/**
 * A growable char buffer that, when asked to, records for every char the offset in the pass's input it came from.
 * Each normalisation pass reads one buffer (or the input string) and appends to a new one; the maps of the passes
 * are composed at the end. Not thread-safe: one per call.
 */
final class TextBuffer {
    char[] chars;
    int[] map;
    int length;

    TextBuffer(int capacity, boolean mapped) {
        chars = new char[Math.max(16, capacity)];
        map = mapped ? new int[chars.length] : null;
    }

    /** A buffer holding {@code s}, each char mapped to itself. */
    static TextBuffer of(String s, boolean mapped) {
        TextBuffer b = new TextBuffer(s.length() + 16, mapped);
        s.getChars(0, s.length(), b.chars, 0);
        b.length = s.length();
        if (mapped) {
            for (int i = 0; i < b.length; i++) {
                b.map[i] = i;
            }
        }
        return b;
    }

    /** Empties the buffer and sets whether it records the map. */
    TextBuffer reset(boolean mapped) {
        length = 0;
        if (mapped && (map == null || map.length < chars.length)) {
            map = new int[chars.length];
        } else if (!mapped) {
            map = null;
        }
        return this;
    }

    boolean mapped() {
        return map != null;
    }

    void ensure(int extra) {
        int need = length + extra;
        if (need > chars.length) {
            int cap = Math.max(need, chars.length + (chars.length >> 1));
            chars = Arrays.copyOf(chars, cap);
            if (map != null) {
                map = Arrays.copyOf(map, cap);
            }
        }
    }

    void append(char c, int src) {
        if (length == chars.length) {
            ensure(1);
        }
        chars[length] = c;
        if (map != null) {
            map[length] = src;
        }
        length++;
    }

    /** Appends {@code src[from, to)}, char {@code k} mapped to {@code mapBase + (k - from)}. */
    void append(char[] src, int from, int to, int mapBase) {
        int n = to - from;
        ensure(n);
        System.arraycopy(src, from, chars, length, n);
        if (map != null) {
            for (int k = 0; k < n; k++) {
                map[length + k] = mapBase + k;
            }
        }
        length += n;
    }

    /** Appends {@code s}, every char mapped to {@code src}. */
    void append(CharSequence s, int src) {
        int n = s.length();
        ensure(n);
        for (int k = 0; k < n; k++) {
            chars[length] = s.charAt(k);
            if (map != null) {
                map[length] = src;
            }
            length++;
        }
    }

    void appendCodePoint(int cp, int src) {
        if (cp < 0x10000) {
            append((char) cp, src);
        } else {
            append(Character.highSurrogate(cp), src);
            append(Character.lowSurrogate(cp), src);
        }
    }

    char last() {
        return length == 0 ? '\0' : chars[length - 1];
    }

    char charAt(int i) {
        return chars[i];
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /**
     * The map from this buffer's positions to the original input, composing {@code this.map} (positions of the
     * previous buffer) with {@code previous} (that buffer's map to the input); entry {@code length} is
     * {@code inputLength}. Values are clamped so the result is non-decreasing.
     */
    int[] composedMap(int[] previous, int inputLength) {
        int[] out = new int[length + 1];
        int floor = 0;
        for (int i = 0; i < length; i++) {
            int p = map[i];
            int v = previous == null ? p : (p < previous.length ? previous[p] : inputLength);
            if (v < floor) {
                v = floor;
            }
            if (v > inputLength) {
                v = inputLength;
            }
            out[i] = v;
            floor = v;
        }
        out[length] = inputLength;
        return out;
    }
}
