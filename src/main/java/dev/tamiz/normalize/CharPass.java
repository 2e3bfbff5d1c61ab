package dev.tamiz.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import dev.tamiz.internal.Tables;

import java.util.Arrays;

/**
 * The character pass: one linear loop over the text applying, through two precomputed 64K lookup tables (one for
 * Persian text, one for the rest), the rules of {@link UnicodeHygiene}, {@link PersianLetters}, the ZWNJ
 * clean-up of {@link ZwnjRules} and, when asked, {@link DiacriticRemoval}. A char whose kind is {@code COPY}
 * (nearly all of them) costs one table load and one store.
 */
final class CharPass {
    static final byte COPY = 0;
    static final byte REMOVE = 1;
    static final byte SPACE = 2;
    static final byte NEWLINE = 3;
    static final byte CR = 4;
    static final byte TAB = 5;
    static final byte EXPAND = 6;
    static final byte ZWNJ = 7;
    static final byte ZWJ = 8;
    static final byte HIGH = 9;
    static final byte LOW = 10;
    static final byte MARK = 11;
    static final byte NFC = 12;

    private static final int EXP_BASE = 0xFB00;
    /** The replacement of each {@link UnicodeHygiene#EXPANDED} char from {@code EXP_BASE} on (null for others). */
    private static final String[] EXPANSIONS = Tables.strings("CharPass.EXPANSIONS", CharPass::expansions);
    /** The canonical combining class of every BMP char. */
    private static final byte[] CCC = Tables.bytes("CharPass.CCC", CharPass::combiningClasses);
    /** The kind of every BMP char before the per-language rules. */
    private static final byte[] BASE_KIND = Tables.bytes("CharPass.BASE_KIND", CharPass::baseKinds);

    private static String[] expansions() {
        String[] e = new String[0xFF00 - EXP_BASE];
        UnicodeSet exp = UnicodeHygiene.EXPANDED;
        for (int r = 0; r < exp.getRangeCount(); r++) {
            for (int c = exp.getRangeStart(r); c <= exp.getRangeEnd(r); c++) {
                e[c - EXP_BASE] = UnicodeHygiene.expansion(c);
            }
        }
        return e;
    }

    private static byte[] combiningClasses() {
        byte[] ccc = new byte[0x10000];
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        for (int c = 0; c < 0x10000; c++) {
            ccc[c] = (byte) nfc.getCombiningClass(c);
        }
        return ccc;
    }

    private static byte[] baseKinds() {
        byte[] k = new byte[0x10000];
        fill(k, UnicodeHygiene.COMBINING, MARK);
        fill(k, UnicodeHygiene.NFC_NOT_YES, NFC);
        fill(k, UnicodeHygiene.REMOVED, REMOVE);
        fill(k, UnicodeHygiene.SPACES, SPACE);
        fill(k, UnicodeHygiene.NEWLINES, NEWLINE);
        k['\r'] = CR;
        k['\t'] = TAB;
        k[PersianLetters.TATWEEL] = REMOVE;
        k['\u200C'] = ZWNJ;
        k['\u200D'] = ZWJ;
        for (int c = 0xD800; c < 0xDC00; c++) {
            k[c] = HIGH;
        }
        for (int c = 0xDC00; c < 0xE000; c++) {
            k[c] = LOW;
        }
        fill(k, UnicodeHygiene.EXPANDED, EXPAND);
        return k;
    }

    private static void fill(byte[] t, UnicodeSet s, byte kind) {
        for (int r = 0; r < s.getRangeCount(); r++) {
            int end = Math.min(s.getRangeEnd(r), 0xFFFF);
            for (int c = s.getRangeStart(r); c <= end; c++) {
                t[c] = kind;
            }
        }
    }

    /** In the fast tables, marks a char that is not simply copied (mapped): its kind says what to do. */
    static final char SPECIAL = '\uFFFF';

    private final byte[] kindFa;
    private final char[] fastFa;
    private final char[] fastOther;
    private final char[] mapFa;
    private final byte[] kindOther;
    private final char[] mapOther;
    private final boolean mojibake;

    CharPass(boolean persianLetters, boolean removeDiacritics, boolean mojibake) {
        // the tables of a setting, computed at build time for the standard ones ({@link Tables}): kinds (other,
        // Persian) in one table, maps (other, Persian) and fast tables (other, Persian) in another
        String setting = "[letters=" + persianLetters + ", diacritics=" + removeDiacritics + ", mojibake=" + mojibake
                + "]";
        Object[][] computed = new Object[1][];
        java.util.function.Supplier<Object[]> all = () -> {
            if (computed[0] == null) {
                computed[0] = compute(persianLetters, removeDiacritics, mojibake);
            }
            return computed[0];
        };
        byte[] kinds = Tables.bytes("CharPass.kinds" + setting, () -> (byte[]) all.get()[0]);
        char[] maps = Tables.chars("CharPass.maps" + setting, () -> (char[]) all.get()[1]);
        kindOther = Arrays.copyOfRange(kinds, 0, 0x10000);
        kindFa = Arrays.copyOfRange(kinds, 0x10000, 0x20000);
        mapOther = Arrays.copyOfRange(maps, 0, 0x10000);
        mapFa = Arrays.copyOfRange(maps, 0x10000, 0x20000);
        fastOther = Arrays.copyOfRange(maps, 0x20000, 0x30000);
        fastFa = Arrays.copyOfRange(maps, 0x30000, 0x40000);
        this.mojibake = mojibake;
    }

    /** The kinds (other, Persian) and the maps and fast tables (other, Persian, each) of a setting. */
    private static Object[] compute(boolean persianLetters, boolean removeDiacritics, boolean mojibake) {
        byte[] kindOther = BASE_KIND.clone();
        char[] mapOther = new char[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            mapOther[c] = (char) c;
        }
        if (removeDiacritics) {
            DiacriticRemoval.apply(kindOther, mapOther, REMOVE);
            // presentation forms of harakat expand to nothing
            for (int c = EXP_BASE; c < 0xFF00; c++) {
                String e = EXPANSIONS[c - EXP_BASE];
                if (e != null) {
                    boolean all = true;
                    for (int x = 0; x < e.length(); x++) {
                        all &= kindOther[e.charAt(x)] == REMOVE;
                    }
                    if (all) {
                        kindOther[c] = REMOVE;
                    }
                }
            }
        }
        byte[] kindFa = kindOther.clone();
        char[] mapFa = mapOther.clone();
        if (persianLetters) {
            for (int c = 0x0600; c < 0x0700; c++) {
                mapFa[c] = PersianLetters.persian(mapFa[c]);
            }
        }
        char[] fastOther = fastTable(kindOther, mapOther);
        char[] fastFa = fastTable(kindFa, mapFa);
        if (mojibake) {
            // the rare chars that prove a mojibake sequence take the slow path, which looks back for its lead
            for (int c = 0; c < 0x10000; c++) {
                if (Mojibake.strong((char) c)) {
                    fastOther[c] = SPECIAL;
                    fastFa[c] = SPECIAL;
                }
            }
        }
        byte[] kinds = new byte[0x20000];
        System.arraycopy(kindOther, 0, kinds, 0, 0x10000);
        System.arraycopy(kindFa, 0, kinds, 0x10000, 0x10000);
        char[] maps = new char[0x40000];
        System.arraycopy(mapOther, 0, maps, 0, 0x10000);
        System.arraycopy(mapFa, 0, maps, 0x10000, 0x10000);
        System.arraycopy(fastOther, 0, maps, 0x20000, 0x10000);
        System.arraycopy(fastFa, 0, maps, 0x30000, 0x10000);
        return new Object[] {kinds, maps};
    }

    private static char[] fastTable(byte[] kind, char[] map) {
        char[] t = new char[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            t[c] = kind[c] == COPY && map[c] != SPECIAL && c != SPECIAL ? map[c] : kind[c] == SPACE ? ' ' : SPECIAL;
        }
        return t;
    }

    /** What a run of the pass found. */
    static final class Result {
        boolean changed;
        boolean needNfc;
        /** A combining mark follows a removed or expanded char: the output needs NFC. */
        boolean nfcAfter;
        int dirtyAt = -1;
        /** A possible mojibake sequence was seen (see {@link Mojibake#suspect}). */
        boolean mojibake;
        /** A char that proves a mojibake sequence was seen ({@link Mojibake#strong}), with or without a lead before it. */
        boolean strong;
        /** Persian ranges in output coordinates. */
        int[] persianOut = ScriptRuns.NONE;
    }

    /**
     * Runs the pass over {@code in[0, n)} into {@code out}.
     *
     * @param persian Persian ranges of the input (pairs)
     * @param nfcDone true when the input is already NFC: NFC-relevant chars are then copied
     */
    Result run(char[] in, int n, TextBuffer out, int[] persian, boolean nfcDone) {
        Result res = new Result();
        int[] pOut = persian.length == 0 ? ScriptRuns.NONE : new int[persian.length];
        int pk = 0;
        int pos = 0;
        out.ensure(n + 2);
        do {
            int segEnd;
            boolean fa;
            if (pk < persian.length && pos >= persian[pk]) {
                segEnd = Math.min(n, persian[pk + 1]);
                fa = true;
                pOut[pk] = out.length;
            } else {
                segEnd = pk < persian.length ? Math.min(n, persian[pk]) : n;
                fa = false;
            }
            byte[] kind = fa ? kindFa : kindOther;
            char[] fast = fa ? fastFa : fastOther;
            char[] map = fa ? mapFa : mapOther;
            int i = pos;
            out.ensure(segEnd - pos + 2);
            char[] dst = out.chars;
            int[] m = out.map;
            int o = out.length;
            while (i < segEnd) {
                // capacity: the output of the 1:1 path never outgrows the input; ensured below after growth
                char c = in[i];
                char r = fast[c];
                if (m == null) {
                    while (r != SPECIAL) {
                        dst[o++] = r;
                        if (++i == segEnd) {
                            break;
                        }
                        c = in[i];
                        r = fast[c];
                    }
                } else {
                    while (r != SPECIAL) {
                        dst[o] = r;
                        m[o++] = i;
                        if (++i == segEnd) {
                            break;
                        }
                        c = in[i];
                        r = fast[c];
                    }
                }
                if (i == segEnd) {
                    break;
                }
                out.length = o;
                if (mojibake && Mojibake.strong(c)) {
                    res.strong = true;
                    if (Mojibake.leadBefore(in, i)) {
                        res.mojibake = true;
                    }
                }
                i = special(c, kind[c], in, i, n, out, map, kind, res, nfcDone);
                if (i < 0) {
                    return res;
                }
                if (out.length < o && pOut.length > 0) {
                    // spaces trimmed before a line break (or a ZWNJ dropped) may have been written before the
                    // current Persian range started, or inside the last one: its bounds move back with the output
                    for (int x = fa ? pk : pk - 1; x >= 0 && pOut[x] > out.length; x--) {
                        pOut[x] = out.length;
                    }
                }
                out.ensure(segEnd - i + 2);
                dst = out.chars;
                m = out.map;
                o = out.length;
            }
            out.length = o;
            if (fa) {
                pOut[pk + 1] = out.length;
                pk += 2;
            }
            pos = segEnd;
        } while (pos < n);
        while (out.length > 0) {
            char l = out.chars[out.length - 1];
            if (l == '\n' || l == '\t' || l == '\u200C' || l == ' ') {
                out.length--;
                res.changed = true;
            } else {
                break;
            }
        }
        for (int x = 0; x < pOut.length; x++) {
            pOut[x] = Math.min(pOut[x], out.length);
        }
        res.persianOut = pOut;
        return res;
    }

    /** The slow path for one char that is not simply copied; returns the index of the next char, -1 to restart
     * after NFC. */
    private static int special(char c, byte k, char[] in, int i, int n, TextBuffer out, char[] map, byte[] kind,
                               Result res, boolean nfcDone) {
        switch (k) {
            case REMOVE:
            case LOW:
                res.changed = true;
                res.dirtyAt = out.length;
                break;
            case CR:
            case NEWLINE:
            case TAB: {
                char nl = k == TAB ? '\t' : '\n';
                if (k == CR && i + 1 < n && in[i + 1] == '\n') {
                    res.changed = true;
                    break;
                }
                while (out.length > 0 && (out.last() == ' ' || out.last() == '\u200C')) {
                    out.length--;
                    res.changed = true;
                }
                if (out.length == 0) {
                    res.changed = true;
                    break;
                }
                res.changed |= c != nl;
                out.append(nl, i);
                break;
            }
            case EXPAND: {
                res.changed = true;
                String e = EXPANSIONS[c - EXP_BASE];
                boolean first = true;
                for (int x = 0; x < e.length(); x++) {
                    char ec = e.charAt(x);
                    if (kind[ec] != REMOVE) {
                        if (first && CCC[map[ec]] != 0) {
                            // an isolated haraka form (or a tatweel form, its tatweel removed) now follows whatever
                            // stood before: marks may need reordering
                            res.nfcAfter = true;
                        }
                        first = false;
                        out.append(map[ec], i);
                    }
                }
                res.dirtyAt = out.length;
                break;
            }
            case ZWNJ:
                if (out.length == 0 || out.last() == ' ' || !ZwnjRules.keepZwnj(out, in, i, n, kind)) {
                    res.changed = true;
                    res.dirtyAt = out.length;
                } else {
                    out.append(c, i);
                }
                break;
            case ZWJ:
                if (!keepZwj(out, in, i, n)) {
                    res.changed = true;
                    res.dirtyAt = out.length;
                } else {
                    out.append(c, i);
                }
                break;
            case HIGH:
                if (i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                    out.append(c, i);
                    out.append(in[i + 1], i + 1);
                    i++;
                } else {
                    res.changed = true;
                    res.dirtyAt = out.length;
                }
                break;
            case MARK:
            case NFC:
                if (!nfcDone && (k == NFC || (i > 0 && (CCC[in[i - 1]] & 0xFF) > (CCC[c] & 0xFF)))) {
                    res.needNfc = true;
                    return -1;
                }
                if (out.length == res.dirtyAt) {
                    res.nfcAfter = true;
                }
                res.changed |= map[c] != c;
                out.append(map[c], i);
                break;
            case SPACE:
                res.changed |= c != ' ';
                out.append(' ', i);
                break;
            default:
                out.append(map[c], i);
        }
        return i + 1;
    }

    private static boolean keepZwj(TextBuffer out, char[] in, int i, int n) {
        if (out.length == 0 || i + 1 >= n) {
            return false;
        }
        int prev;
        char l = out.chars[out.length - 1];
        if (Character.isLowSurrogate(l) && out.length > 1 && Character.isHighSurrogate(out.chars[out.length - 2])) {
            prev = Character.toCodePoint(out.chars[out.length - 2], l);
        } else {
            prev = l;
        }
        int next = in[i + 1];
        if (Character.isHighSurrogate(in[i + 1]) && i + 2 < n && Character.isLowSurrogate(in[i + 2])) {
            next = Character.toCodePoint(in[i + 1], in[i + 2]);
        }
        return UnicodeHygiene.EMOJI_BEFORE_ZWJ.contains(prev) && UnicodeHygiene.EMOJI_AFTER_ZWJ.contains(next);
    }

    /** True when the char pass always removes {@code c} (controls, bidi controls, tatweel...). */
    static boolean removed(char c) {
        return BASE_KIND[c] == REMOVE;
    }

    /** True for the chars the pass turns into a space or a line feed. */
    static boolean isSpaceOrNewline(char c) {
        byte k = BASE_KIND[c];
        return k == SPACE || k == NEWLINE || k == CR;
    }

    /** True when {@code c} alone is NFC and composes with nothing before it (a segment of it alone is NFC). */
    static boolean nfcInert(char c) {
        byte k = BASE_KIND[c];
        return k != NFC && k != MARK && k != HIGH && k != LOW;
    }

    /** Canonical combining class of a BMP char. */
    static int ccc(char c) {
        return CCC[c] & 0xFF;
    }
}
