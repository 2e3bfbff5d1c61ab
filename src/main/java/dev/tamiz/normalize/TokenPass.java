package dev.tamiz.normalize;

import dev.tamiz.internal.Tables;

/**
 * The token pass: one linear walk over the output of {@link CharPass}, chunk by chunk (a chunk is a run of
 * non-space chars), applying {@link Spacing}, the ZWNJ insertions of {@link ZwnjRules}, {@link PersianPunctuation},
 * {@link Homoglyphs} and the {@link StyleRules}, around the {@link ProtectedSpans} of each chunk. A chunk of plain
 * letters is copied in bulk.
 */
final class TokenPass {
    /** Chunk class bits. */
    private static final byte T_ARABIC = 1;
    private static final byte T_LATIN = 2;
    private static final byte T_DIGIT = 4;
    private static final byte T_SPECIAL = 8;
    private static final byte T_CYRGREEK = 16;
    private static final byte T_DOTTED_I = 32;
    private static final byte T_OTHER = 64;
    /** A separator: space, LF or TAB. */
    private static final byte T_SEP = (byte) 128;
    private static final byte[] CLASS = Tables.bytes("TokenPass.CLASS", TokenPass::classes);

    private static byte[] classes() {
        byte[] classes = new byte[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            short f = CharClasses.FLAGS[c];
            byte t;
            if ((f & CharClasses.ARABIC) != 0 || (f & CharClasses.MARK) != 0 || c == 0x200C) {
                t = T_ARABIC;
            } else if ((f & CharClasses.ANY_DIGIT) != 0) {
                t = T_DIGIT;
            } else if ((f & CharClasses.LATIN) != 0) {
                t = T_LATIN;
            } else if ((f & CharClasses.CYRGREEK) != 0) {
                t = T_CYRGREEK;
            } else {
                t = T_OTHER;
            }
            classes[c] = t;
        }
        for (char c : ".,;:!?\u060C\u061B\u061F\u2026)]}\u00BB\u201D\u2019\u203A([{\u00AB\u201C\u2018\u2039\u201E\u201F\u201A\u201B\"'%-\u2010\u2011\u2012\u2013\u2014\u2015\u2212/@#&<>\u06C0\u0654"
                .toCharArray()) {
            classes[c] = T_SPECIAL;
        }
        classes[0x0130] = T_DOTTED_I;
        classes[' '] = T_SEP;
        classes['\n'] = T_SEP;
        classes['\t'] = T_SEP;
        return classes;
    }

    /** Longest word the affix rules look back over. */
    private static final int MAX_WORD = 64;

    private final Settings st;

    TokenPass(Settings st) {
        this.st = st;
    }

    /**
     * Writes the pending space and the chunk starting at {@code a[s]} after the end of {@code out} (without
     * moving its length); returns the chunk's end, sets {@code r.cf} (its class bits) and {@code r.w} (the output
     * end).
     */
    private static int scan(char[] a, int s, int n, TextBuffer out, boolean pending, int sepPos, Run r) {
        out.ensure(n - s + 2);
        char[] o = out.chars;
        int[] m = out.map;
        int w = out.length;
        if (pending) {
            o[w] = ' ';
            if (m != null) {
                m[w] = sepPos;
            }
            w++;
        }
        int e = s;
        int cf = 0;
        if (m == null) {
            while (e < n) {
                char d = a[e];
                byte t = CLASS[d];
                if (t == T_SEP) {
                    break;
                }
                cf |= t;
                o[w++] = d;
                e++;
            }
        } else {
            while (e < n) {
                char d = a[e];
                byte t = CLASS[d];
                if (t == T_SEP) {
                    break;
                }
                cf |= t;
                o[w] = d;
                m[w++] = e;
                e++;
            }
        }
        r.cf = cf;
        r.w = w;
        return e;
    }

    /** Per-call state. */
    private static final class Run {
        int cf;
        int w;
        final char[] a;
        final int n;
        final TextBuffer out;
        final int[] persian;
        final boolean french;
        final String lang;
        /** 0 not yet known, 1 fix dotted capital I, 2 do not. */
        int dottedI;
        boolean changed;
        int[] prot = new int[16];
        /** The HTML tags of the current chunk, as pairs. */
        int[] tags = new int[4];
        int tagCount;
        /** The scripts of the nearest letters, made at the first question (most chunks ask none). */
        private PersianPunctuation.Nearest nearest;

        Run(char[] a, int n, TextBuffer out, int[] persian, boolean french, String lang) {
            this.a = a;
            this.n = n;
            this.out = out;
            this.persian = persian;
            this.french = french;
            this.lang = lang;
        }

        PersianPunctuation.Nearest nearest() {
            if (nearest == null) {
                nearest = new PersianPunctuation.Nearest(a, n);
            }
            return nearest;
        }
    }

    /**
     * Runs the pass over {@code a[0, n)} (which it may modify in place) into {@code out}; returns true when the
     * text changed.
     */
    boolean run(char[] a, int n, TextBuffer out, int[] persian, String lang) {
        boolean french = ScriptRuns.isFrench(lang);
        Run r = new Run(a, n, out, persian, french, lang);
        boolean pending = false;
        int sepPos = 0;
        int prevStart = -1;
        int prevEnd = -1;
        int prevPrevStart = -1;
        int prevPrevEnd = -1;
        boolean prevOpener = false;
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (c == ' ') {
                if (pending || out.length == 0 || out.last() == '\n' || out.last() == '\t') {
                    r.changed = true; // a run of spaces, or spaces at the start of a line
                }
                if (!pending && out.length > 0 && out.last() != '\n' && out.last() != '\t') {
                    pending = true;
                    sepPos = i;
                }
                i++;
                continue;
            }
            if (c == '\n' || c == '\t') {
                if (pending) {
                    r.changed = true;
                }
                pending = false;
                out.append(c, i);
                prevStart = prevEnd = prevPrevStart = prevPrevEnd = -1;
                prevOpener = false;
                i++;
                continue;
            }
            int s = i;
            // fast path: write the pending space and the chunk while scanning it; keep them when the chunk is
            // plain letters that no rule touches
            int mark = out.length;
            int e = scan(a, s, n, out, pending, sepPos, r);
            int cf = r.cf;
            int w = r.w;
            if (((cf & ~PLAIN) == 0 || (cf & ~(PLAIN | T_SPECIAL)) == 0 && plainWithSafeTail(a, s, e))
                    && !(pending && prevOpener)) {
                boolean persianHere = (cf & T_ARABIC) != 0 && ScriptRuns.contains(persian, s);
                if (!persianHere || (!st.zwnj || !affixCandidate(a, s, e, out)) && st.ezafe == EzafeStyle.KEEP) {
                    pending = false;
                    prevPrevStart = prevStart;
                    prevPrevEnd = prevEnd;
                    prevStart = mark + (w - mark - (e - s));
                    prevEnd = w;
                    prevOpener = false;
                    if (st.ezafe == EzafeStyle.KEEP) {
                        // copy on over the following plain chunks, each after one space, that no rule can touch:
                        // not after a word ending in می, not starting like a suffix (ه ت ی); the capacity scan()
                        // ensured covers the rest of the input
                        char[] o = out.chars;
                        int[] m = out.map;
                        int j = e;
                        while (j + 1 < n && a[j] == ' ') {
                            char f = a[j + 1];
                            if ((CLASS[f] & ~PLAIN) != 0 || f == '\u0647' || f == '\u062A' || f == '\u06CC'
                                    || o[w - 1] == '\u06CC' && w - 2 >= 0 && o[w - 2] == '\u0645') {
                                break;
                            }
                            int ws = w;
                            o[w] = ' ';
                            if (m != null) {
                                m[w] = j;
                            }
                            w++;
                            int k = j + 1;
                            boolean plain = true;
                            while (k < n) {
                                char d = a[k];
                                byte t = CLASS[d];
                                if (t == T_SEP) {
                                    break;
                                }
                                if ((t & ~PLAIN) != 0) {
                                    plain = false;
                                    break;
                                }
                                o[w] = d;
                                if (m != null) {
                                    m[w] = k;
                                }
                                w++;
                                k++;
                            }
                            if (!plain) {
                                w = ws; // the main loop takes this space and chunk
                                break;
                            }
                            prevPrevStart = prevStart;
                            prevPrevEnd = prevEnd;
                            prevStart = ws + 1;
                            prevEnd = w;
                            j = k;
                        }
                        e = j;
                    }
                    out.length = w;
                    i = e;
                    continue;
                }
            }
            int psize = 0;
            r.tagCount = 0;
            if ((cf & (T_SPECIAL | T_DIGIT)) != 0) {
                if ((cf & T_SPECIAL) != 0) {
                    // HTML tags, which may hold spaces: the chunk runs on to the first space after the last one
                    int te = tags(r, s, e);
                    if (te > e) {
                        e = te;
                        for (int k = s; k < e; k++) {
                            cf |= CLASS[a[k]];
                        }
                    }
                }
                psize = spans(r, s, e, true);
            }
            if ((cf & T_DOTTED_I) != 0 && st.homoglyphs && r.dottedI == 0) {
                r.dottedI = !ScriptRuns.isTurkic(lang) && !Homoglyphs.hasTurkishLetters(a, n) ? 1 : 2;
            }
            boolean dotted = (cf & T_DOTTED_I) != 0 && r.dottedI == 1;
            boolean mixedScripts = (cf & T_CYRGREEK) != 0 && (cf & (T_LATIN | T_DOTTED_I)) != 0 && st.homoglyphs;
            if ((dotted || mixedScripts) && (cf & (T_SPECIAL | T_DIGIT)) == 0) {
                // nothing is protected
                if (dotted) {
                    r.changed |= eachUnprotected(r, s, e, 0, false);
                }
                if (mixedScripts) {
                    r.changed |= eachUnprotected(r, s, e, 0, true);
                }
            } else if (dotted || mixedScripts) {
                // look-alikes are restored outside the identifiers alone (URLs, emails, domains and file names,
                // mentions, hashtags, entities, HTML tags): a restored letter can only make more of them, so the next
                // pass finds nothing more to restore; numbers and mixed tokens, which a restored letter can join or
                // cut (р2 → p2), are not in the way. The chunk's HTML tags are the same before and after: a
                // look-alike after '<' begins a tag already (see tagStart), and in a tag the name alone is fixed
                int isize = spans(r, s, e, false);
                if (dotted) {
                    r.changed |= eachUnprotected(r, s, e, isize, false);
                }
                if (mixedScripts) {
                    r.changed |= eachUnprotected(r, s, e, isize, true);
                }
                r.changed |= tagNames(r, dotted, mixedScripts);
                // the protected spans of the other rules, of the text as it now is
                psize = spans(r, s, e, true);
            }
            boolean persianCtx = ScriptRuns.contains(persian, s);
            boolean special = (cf & T_SPECIAL) != 0;
            boolean joined = false;
            boolean opener = special && st.spacing && Spacing.allOpen(a, s, e, french);
            if (pending && prevStart >= 0) {
                if (special && st.spacing && psize == 0 && Spacing.allAttachLeft(a, s, e, french)
                        && !(out.last() == '<' && tagStart(a[s]))) {
                    // (not < and !: the next pass would find an HTML tag there, which may take in the chunks after)
                    pending = false;
                    r.changed = true;
                    joined = true;
                    if (e - s == 1 && (a[s] == ',' || a[s] == '.' || a[s] == '\u060C') && out.last() == a[s]) {
                        i = e;
                        continue;
                    }
                } else if (prevOpener) {
                    pending = false;
                    r.changed = true;
                    joined = true;
                } else if (persianCtx && st.zwnj && (cf & T_ARABIC) != 0 && affixCandidate(a, s, e, out)) {
                    // the word at the start of the chunk: Arabic-script letters, then nothing, punctuation or a
                    // digit (which the glue rule will separate)
                    int core = s;
                    while (core < e && CLASS[a[core]] == T_ARABIC) {
                        core++;
                    }
                    // (or a trailing mark followed by more: the spacing rule may split it off after the mark, and
                    // the next pass would then join, so this one joins already)
                    if (core == e || CharClasses.isAnyDigit(a[core]) || allTrailing(a, core, core + 1)) {
                        int j = core > s ? affixJoin(r, s, core, prevStart, prevEnd, prevPrevStart, prevPrevEnd, sepPos)
                                : 0;
                        if (j != 0) {
                            pending = false;
                            joined = true;
                            if (j == 2) {
                                if (core < e) {
                                    emit(r, core, e, psize, persianCtx);
                                }
                                i = e;
                                prevEnd = out.length;
                                prevOpener = false;
                                continue;
                            }
                        }
                    }
                }
            }
            if (pending && st.spacing && prevStart >= 0 && e - s >= 2 && (psize == 0 || r.prot[0] > s)
                    && (a[s] == ',' || a[s] == '\u060C' || a[s] == ';' || a[s] == '\u061B')
                    && CharClasses.isLetter(a[s + 1])) {
                char p = a[s];
                if (st.persianPunctuation && persianCtx && r.nearest().inArabicSentence(s)) {
                    p = PersianPunctuation.persian(p);
                }
                out.append(p, s);
                r.changed = true;
                sepPos = s + 1;
                s++;
            }
            if (pending) {
                out.append(' ', sepPos);
                pending = false;
            }
            int chunkOut = out.length;
            if ((cf & (T_SPECIAL | T_DIGIT)) == 0) {
                out.append(a, s, e, s);
            } else {
                emit(r, s, e, psize, persianCtx);
            }
            if (st.ezafe != EzafeStyle.KEEP && persianCtx && (cf & (T_ARABIC | T_SPECIAL)) != 0) {
                r.changed |= ezafeTail(r, chunkOut, s);
            }
            if (joined) {
                prevEnd = out.length;
                // the chunk now continues the previous one: is the whole still only opening marks?
                opener = st.spacing && prevStart >= 0 && Spacing.allOpen(out.chars, prevStart, prevEnd, french);
            } else {
                prevPrevStart = prevStart;
                prevPrevEnd = prevEnd;
                prevStart = chunkOut;
                prevEnd = out.length;
            }
            prevOpener = opener;
            i = e;
        }
        if (pending) {
            r.changed = true;
        }
        return r.changed;
    }

    /** Chars that no rule changes, inside or around a chunk: the class bits of a chunk that is copied as it is. */
    private static final int PLAIN = T_ARABIC | T_LATIN | T_OTHER;

    /**
     * True when {@code a[s, e)} is plain chars followed by one mark that no rule changes after a letter and at the
     * end of a chunk ({@code . ، : ؛ ؟ ! ) ] »}: not {@code , ; ?}, which the Persian punctuation rule may change,
     * nor quotes): such a chunk ({@code است.}, {@code گفت:}) is copied like a plain one.
     */
    private static boolean plainWithSafeTail(char[] a, int s, int e) {
        if (e - s < 2) {
            return false;
        }
        switch (a[e - 1]) {
            case '.': case '\u060C': case ':': case '\u061B': case '\u061F': case '!': case ')': case ']': case '\u00BB':
                break;
            default:
                return false;
        }
        for (int k = s; k < e - 1; k++) {
            if ((CLASS[a[k]] & ~PLAIN) != 0) {
                return false;
            }
        }
        return CharClasses.isLetter(a[e - 2]);
    }

    /**
     * A cheap test before {@link #affixJoin}, true whenever it may join: the output ends with the word می or نمی,
     * or the chunk starts like a suffix or is ی.
     */
    private static boolean affixCandidate(char[] a, int s, int e, TextBuffer out) {
        int pe = out.length;
        char[] o = out.chars;
        if (pe >= 2 && o[pe - 1] == '\u06CC' && o[pe - 2] == '\u0645' && (pe == 2 || CLASS[o[pe - 3]] == T_SEP
                || o[pe - 3] == '\u0646' && (pe == 3 || CLASS[o[pe - 4]] == T_SEP))) {
            return true;
        }
        char c = a[s];
        if (e - s >= 2) {
            char d = a[s + 1];
            return c == '\u0647' && d == '\u0627' || c == '\u062A' && d == '\u0631' || c == '\u06CC' && !CharClasses.isLetter(d);
        }
        return c == '\u06CC';
    }

    private static boolean allTrailing(char[] a, int s, int e) {
        for (int k = s; k < e; k++) {
            // any quote counts: a style may turn “ into "
            if (!ProtectedSpans.isTrailing(a[k]) && !StyleRules.isDoubleQuote(a[k]) && !StyleRules.isSingleQuote(a[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the HTML tags that start in the chunk {@code a[s, e)}, as {@code [start, end)} pairs in {@code r.tags}:
     * a {@code <} followed by a {@link #tagStart}, up to the first {@code >}, with no line break nor other {@code <}
     * between. A tag may hold spaces: the chunk then runs on to the first space after it, and the tags starting there
     * count too. Returns the chunk's end. Each search stops at the next {@code <}, so the searches of a text look at
     * each char once; there is no length limit, which a run of spaces collapsed by the pass would make change its
     * answer.
     */
    private static int tags(Run r, int s, int e) {
        char[] a = r.a;
        int n = r.n;
        r.tagCount = 0;
        int k = s;
        while (k < e) {
            if (a[k] == '<' && k + 1 < n && tagStart(a[k + 1])) {
                int g = k + 1;
                while (g < n && a[g] != '>' && a[g] != '\n' && a[g] != '<') {
                    g++;
                }
                if (g < n && a[g] == '>') {
                    if (r.tags.length < 2 * r.tagCount + 2) {
                        r.tags = java.util.Arrays.copyOf(r.tags, r.tags.length * 2 + 4);
                    }
                    r.tags[2 * r.tagCount] = k;
                    r.tags[2 * r.tagCount + 1] = g + 1;
                    r.tagCount++;
                    if (g + 1 > e) {
                        e = g + 1;
                        while (e < n && a[e] != ' ' && a[e] != '\n' && a[e] != '\t') {
                            e++;
                        }
                    }
                    k = g + 1;
                } else {
                    k = g; // no tag starts before the '<' or line break the search stopped at
                }
                continue;
            }
            k++;
        }
        return e;
    }

    /**
     * True for the chars that begin an HTML tag after {@code <}: an ASCII letter, {@code /}, {@code !}, and the
     * letters that {@link Homoglyphs} may turn into an ASCII letter (İ, Cyrillic and Greek look-alikes). With the
     * look-alikes the tags of a text are the same before and after the homoglyph fix (a restored {@code <İ} would
     * otherwise begin a tag in the next pass alone, and cut the chunk's other spans differently); {@link #tagNames}
     * restores them.
     */
    static boolean tagStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '\u0130'
                || Homoglyphs.TO_LATIN[c] != 0;
    }

    /**
     * The homoglyph fixes in the names of the chunk's HTML tags ({@code r.tags}): the letters and marks after the
     * {@code <} and its {@code /} or {@code !} ({@code <іmg src="…">} → {@code <img src="…">}); the rest of a tag is
     * left alone. A name ends at a char that is neither, which no fix changes, and a fixed name begins the same tag.
     */
    private static boolean tagNames(Run r, boolean dotted, boolean mixed) {
        char[] a = r.a;
        boolean changed = false;
        for (int t = 0; t < r.tagCount; t++) {
            int q = r.tags[2 * t] + 1;
            int te = r.tags[2 * t + 1];
            if (a[q] == '/' || a[q] == '!') {
                q++;
            }
            int ne = q;
            while (ne < te && CharClasses.isLetterOrMark(a[ne])) {
                ne++;
            }
            if (dotted) {
                for (int k = q; k < ne; k++) {
                    if (a[k] == '\u0130' && (k + 1 >= ne || !CharClasses.is(a[k + 1], CharClasses.MARK))) {
                        a[k] = 'I';
                        changed = true;
                    }
                }
            }
            if (mixed) {
                changed |= Homoglyphs.fixMixedScript(a, q, ne);
            }
        }
        return changed;
    }

    /** The protected spans of the chunk {@code a[s, e)} with its HTML tags ({@code r.tags}) in {@code r.prot}; their size. */
    private static int spans(Run r, int s, int e, boolean all) {
        int size = 0;
        int from = s;
        for (int t = 0; t < r.tagCount; t++) {
            int ts = r.tags[2 * t];
            int te = r.tags[2 * t + 1];
            size = protect(r, from, ts, size, all);
            size = add(r, size, ts, te);
            from = te;
        }
        return protect(r, from, e, size, all);
    }

    private static int protect(Run r, int s, int e, int size) {
        return protect(r, s, e, size, true);
    }

    /** Appends the protected spans of {@code a[s, e)} to {@code r.prot}; only the identifiers unless {@code all}. */
    private static int protect(Run r, int s, int e, int size, boolean all) {
        if (e <= s) {
            return size;
        }
        if (r.prot.length < size + (e - s) + 2) {
            // room for every span the chunk can have (each is two chars or more): a span that did not fit was lost,
            // and what it protected was changed
            r.prot = java.util.Arrays.copyOf(r.prot, Math.max(r.prot.length * 2 + 16, size + (e - s) + 2));
        }
        int ce = e;
        while (ce > s && ProtectedSpans.isTrailing(r.a[ce - 1])) {
            ce--; // trailing punctuation alone (است.) protects nothing
        }
        boolean trig = false;
        for (int k = s; k < ce && !trig; k++) {
            trig = ProtectedSpans.trigger(r.a[k]);
        }
        if (!trig) {
            return size;
        }
        return ProtectedSpans.find(r.a, s, e, r.prot, size, all);
    }

    private static int add(Run r, int size, int s, int e) {
        if (r.prot.length < size + 2) {
            r.prot = java.util.Arrays.copyOf(r.prot, r.prot.length * 2 + 16);
        }
        r.prot[size] = s;
        r.prot[size + 1] = e;
        return size + 2;
    }

    /** Homoglyph fixes (mixed scripts, or dotted capital I) on the unprotected parts of a chunk. */
    private static boolean eachUnprotected(Run r, int s, int e, int psize, boolean mixed) {
        boolean changed = false;
        int from = s;
        for (int p = 0; p <= psize; p += 2) {
            int to = p < psize ? r.prot[p] : e;
            if (to > from) {
                if (mixed) {
                    changed |= Homoglyphs.fixMixedScript(r.a, from, to);
                } else {
                    for (int k = from; k < to; k++) {
                        if (r.a[k] == '\u0130' && (k + 1 >= to || !CharClasses.is(r.a[k + 1], CharClasses.MARK))) {
                            r.a[k] = 'I';
                            changed = true;
                        }
                    }
                }
            }
            if (p < psize) {
                from = r.prot[p + 1];
            }
        }
        return changed;
    }

    /**
     * Joins a standalone prefix or suffix: 0 nothing done, 1 the separator was written (ZWNJ or nothing) and the
     * chunk is still to be written, 2 the chunk was written too.
     */
    private int affixJoin(Run r, int s, int e, int prevStart, int prevEnd, int ppStart, int ppEnd, int sepPos) {
        TextBuffer out = r.out;
        char[] o = out.chars;
        int pe = out.length;
        if (prevEnd != pe || pe == 0) {
            return 0;
        }
        // the previous word is what the output holds after its last separator (the glue rule may have split the
        // previous chunk)
        int ps = pe;
        int floor = Math.max(0, pe - MAX_WORD);
        while (ps > floor && CLASS[o[ps - 1]] != T_SEP) {
            ps--;
        }
        if (ps == floor && ps > 0 && CLASS[o[ps - 1]] != T_SEP) {
            return 0; // no real word is this long: keeps the pass linear
        }
        if (ZwnjRules.isPrefix(o, ps, pe) && ZwnjRules.isArabicWord(r.a, s, e)) {
            String prevPrev = null;
            if (ps > 0 && o[ps - 1] == ' ') {
                int pps = ps - 1;
                int ppFloor = Math.max(0, pps - MAX_WORD);
                while (pps > ppFloor && CLASS[o[pps - 1]] != T_SEP) {
                    pps--;
                }
                prevPrev = stripTrailing(o, pps, ps - 1);
            }
            if (ZwnjRules.joinPrefix(prevPrev, new String(r.a, s, e - s))) {
                out.append(ZwnjRules.ZWNJ, sepPos);
                r.changed = true;
                return 1;
            }
            return 0;
        }
        int len = e - s;
        if (len >= 2 && len <= 7 && (r.a[s] == '\u0647' && r.a[s + 1] == '\u0627' || r.a[s] == '\u062A'
                && r.a[s + 1] == '\u0631') && ZwnjRules.isArabicWord(o, ps, pe)) {
            String suffix = new String(r.a, s, len);
            String prev = new String(o, ps, pe - ps);
            if (ZwnjRules.joinSuffix(prev, suffix)) {
                if (ZwnjRules.joiningBase(o, pe) >= 0) {
                    out.append(ZwnjRules.ZWNJ, sepPos);
                }
                r.changed = true;
                return 1;
            }
            return 0;
        }
        if (len == 1 && r.a[s] == '\u06CC' && st.ezafe != EzafeStyle.KEEP && pe - ps >= 2 && o[pe - 1] == '\u0647'
                && ZwnjRules.isArabicWord(o, ps, pe)) {
            // ezafe written apart: خانه ی → the chosen form
            writeEzafe(out, pe - 1, s, sepPos);
            r.changed = true;
            return 2;
        }
        return 0;
    }

    private static String stripTrailing(char[] o, int s, int e) {
        while (e > s && ProtectedSpans.isTrailing(o[e - 1])) {
            e--;
        }
        return new String(o, s, e - s);
    }

    /** Rewrites the heh at {@code out[heh]} (followed by nothing) as the ezafe form of the settings. */
    private void writeEzafe(TextBuffer out, int heh, int yehPos, int sepPos) {
        out.length = heh + 1;
        switch (st.ezafe) {
            case HEH_WITH_YEH:
                out.chars[heh] = '\u06C0';
                break;
            case HEH_HAMZA:
                out.append('\u0654', yehPos);
                break;
            case HEH_ZWNJ_YEH:
                out.append(ZwnjRules.ZWNJ, sepPos);
                out.append('\u06CC', yehPos);
                break;
            default:
                break;
        }
    }

    /** Rewrites an ezafe form at the end of the word just written (before trailing punctuation). */
    private boolean ezafeTail(Run r, int chunkOut, int src) {
        TextBuffer out = r.out;
        char[] o = out.chars;
        int end = out.length;
        while (end > chunkOut && ProtectedSpans.isTrailing(o[end - 1])) {
            end--;
        }
        int formStart;
        if (end - chunkOut >= 2 && o[end - 1] == '\u06C0' && CharClasses.isArabicLetter(o[end - 2])) {
            formStart = end - 1;
        } else if (end - chunkOut >= 3 && o[end - 1] == '\u0654' && o[end - 2] == '\u0647') {
            formStart = end - 2;
        } else if (end - chunkOut >= 4 && o[end - 1] == '\u06CC' && o[end - 2] == ZwnjRules.ZWNJ
                && o[end - 3] == '\u0647') {
            formStart = end - 3;
        } else {
            return false;
        }
        String tail = new String(o, end, out.length - end);
        int[] tailMap = null;
        if (out.map != null) {
            tailMap = java.util.Arrays.copyOfRange(out.map, end, out.length);
        }
        int at = out.map != null ? out.map[formStart] : src;
        String before = new String(o, formStart, end - formStart);
        out.length = formStart;
        out.append('\u0647', at);
        writeEzafe(out, out.length - 1, at, at);
        for (int k = 0; k < tail.length(); k++) {
            out.append(tail.charAt(k), tailMap != null ? tailMap[k] : src);
        }
        return !before.equals(new String(out.chars, formStart, out.length - tail.length() - formStart));
    }

    /** Writes a chunk char by char, with the inner rules, around its protected spans. */
    private void emit(Run r, int s, int e, int psize, boolean persianCtx) {
        char[] a = r.a;
        TextBuffer out = r.out;
        int chunkOut = out.length;
        int p = 0;
        int k = s;
        while (k < e) {
            char prevOut = out.length > chunkOut ? out.chars[out.length - 1] : '\0';
            if (p < psize && k >= r.prot[p]) {
                int pe = Math.min(r.prot[p + 1], e);
                if (st.spacing && glued(prevOut, a[k], a, k, e)) {
                    if (st.ezafe != EzafeStyle.KEEP && persianCtx && CharClasses.isArabicLetter(prevOut)) {
                        r.changed |= ezafeTail(r, chunkOut, k);
                    }
                    out.append(' ', k);
                    r.changed = true;
                }
                for (int q = k; q < pe; q++) {
                    char c = a[q];
                    if (c == '.' && st.persianDecimal && q > k && q + 1 < pe && StyleRules.isPersianDigit(a[q - 1])
                            && StyleRules.isPersianDigit(a[q + 1])) {
                        c = '\u066B';
                        r.changed = true;
                    }
                    out.append(c, q);
                }
                k = pe;
                p += 2;
                continue;
            }
            char c = a[k];
            byte cls = CLASS[c];
            if (cls == T_ARABIC || cls == T_LATIN || cls == T_OTHER) {
                if (st.spacing && cls == T_ARABIC && CharClasses.isAnyDigit(prevOut)
                        && CharClasses.isArabicLetter(c) && !Spacing.ordinalEnding(a, k, e)) {
                    out.append(' ', k);
                    r.changed = true;
                }
                // copy the run of plain chars at once
                int limit = p < psize ? Math.min(e, r.prot[p]) : e;
                int q = k + 1;
                while (q < limit) {
                    byte t = CLASS[a[q]];
                    if (t != T_ARABIC && t != T_LATIN && t != T_OTHER) {
                        break;
                    }
                    q++;
                }
                out.append(a, k, q, k);
                k = q;
                continue;
            }
            if (st.spacing && glued(prevOut, c, a, k, e)) {
                if (st.ezafe != EzafeStyle.KEEP && persianCtx && CharClasses.isArabicLetter(prevOut)) {
                    r.changed |= ezafeTail(r, chunkOut, k);
                }
                out.append(' ', k);
                r.changed = true;
                prevOut = ' ';
            }
            char w = c;
            persianCtx = ScriptRuns.contains(r.persian, k); // runs may change inside a chunk
            switch (c) {
                case ',':
                case ';':
                case '?':
                    if (st.persianPunctuation && persianCtx && r.nearest().inArabicSentence(k)) {
                        w = PersianPunctuation.persian(c);
                    }
                    break;
                case '.':
                    if (st.ellipsis == EllipsisStyle.CHARACTER) {
                        int q = k;
                        while (q < e && a[q] == '.') {
                            q++;
                        }
                        int before = 0; // dots just written, when this chunk was attached to the previous one
                        while (before < out.length && out.chars[out.length - 1 - before] == '.') {
                            before++;
                        }
                        if (q - k + before >= 3) {
                            int at = k;
                            if (before > 0 && out.map != null) {
                                at = out.map[out.length - before];
                            }
                            out.length -= before;
                            out.append('\u2026', at);
                            r.changed = true;
                            k = q;
                            continue;
                        }
                    }
                    if (st.persianDecimal && StyleRules.isPersianDigit(prevOut) && k + 1 < e
                            && StyleRules.isPersianDigit(a[k + 1])) {
                        w = '\u066B';
                    }
                    break;
                case '\u2026':
                    if (st.ellipsis == EllipsisStyle.DOTS) {
                        out.append("...", k);
                        r.changed = true;
                        k++;
                        continue;
                    }
                    break;
                case '%':
                    if (st.persianPercent && persianCtx && CharClasses.isAnyDigit(prevOut)) {
                        w = '\u066A';
                    }
                    break;
                case '-':
                    if (st.dashes == DashStyle.TYPOGRAPHIC) {
                        if (e - s == 1) {
                            w = '\u2013';
                        } else if (k + 1 < e && a[k + 1] == '-' && (k + 2 >= e || a[k + 2] != '-')) {
                            out.append('\u2014', k);
                            r.changed = true;
                            k += 2;
                            continue;
                        }
                    }
                    break;
                default:
                    if (c >= '0' && c <= '9' || c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9') {
                        if (st.digits != DigitStyle.KEEP) {
                            w = StyleRules.digit(c, st.digits, persianCtx
                                    && r.nearest().before(k) != 2);
                        }
                    } else if (StyleRules.isDash(c)) {
                        if (st.dashes == DashStyle.ASCII) {
                            w = '-';
                        }
                    } else if (StyleRules.isDoubleQuote(c) || StyleRules.isSingleQuote(c)) {
                        w = quote(r, c, k, s, e, persianCtx, prevOut);
                    }
            }
            if (st.collapseRepeatedMarks && (w == '!' || w == '?' || w == '\u061F') && out.length > 0
                    && out.last() == w) {
                r.changed = true; // a repeated mark (after the Persian punctuation rule: ?? → ؟؟ → ؟)
                k++;
                // the mark kept is now the one before a[k]: what was written before it decides the space after
                // it, as it will in the next pass (ع؟؟الله → ع؟ الله)
                spaceAfterMark(r, w, out.length - 2 >= chunkOut ? out.chars[out.length - 2] : '\0', k, e, p, psize,
                        chunkOut, persianCtx);
                continue;
            }
            if (w != c) {
                r.changed = true;
            }
            out.append(w, k);
            k++;
            spaceAfterMark(r, w, prevOut, k, e, p, psize, chunkOut, persianCtx);
        }
    }

    /**
     * Persian text glued after a mark, just written after {@code before}: سلام،خوبی → سلام، خوبی. The space ends the
     * word before the mark as the end of a chunk does, so its ezafe form is rewritten first, as the next pass will.
     */
    private void spaceAfterMark(Run r, char mark, char before, int k, int e, int p, int psize, int chunkOut,
            boolean persianCtx) {
        char[] a = r.a;
        if (st.spacing && k < e && (mark == '\u060C' || mark == '\u061B' || mark == '\u061F' || mark == ':'
                || mark == '!') && CharClasses.isArabicLetter(a[k]) && CharClasses.isArabicLetter(before)
                && (p >= psize || r.prot[p] > k)) {
            if (st.ezafe != EzafeStyle.KEEP && persianCtx) {
                r.changed |= ezafeTail(r, chunkOut, k);
            }
            r.out.append(' ', k);
            r.changed = true;
        }
    }

    private static boolean glued(char prev, char c, char[] a, int k, int e) {
        if (prev == '\0') {
            return false;
        }
        if (CharClasses.isArabicLetter(prev) && CharClasses.isAnyDigit(c)) {
            return true;
        }
        return CharClasses.isAnyDigit(prev) && CharClasses.isArabicLetter(c) && !Spacing.ordinalEnding(a, k, e);
    }

    /**
     * The quote to write for {@code a[k]}. Curly quotes say by their shape whether they open (“ ‘) or close (” ’);
     * straight ones by their place: opening after a space or an opening bracket and before a non-space, closing
     * after a non-space and before a space or punctuation; otherwise left alone.
     */
    private char quote(Run r, char c, int k, int s, int e, boolean persianCtx, char prevOut) {
        char[] a = r.a;
        int role; // 1 opening, 2 closing, 0 unknown
        if (c == '\u201C' || c == '\u2018' || c == '\u201E' || c == '\u201A') {
            role = 1;
        } else if (c == '\u201D' || c == '\u2019' || c == '\u201F' || c == '\u201B') {
            role = 2;
        } else {
            char before = k > 0 ? a[k - 1] : ' ';
            char after = k + 1 < r.n ? a[k + 1] : ' ';
            boolean spaceBefore = before == ' ' || before == '\n' || before == '\t' || Spacing.opens(before, false);
            boolean spaceAfter = after == ' ' || after == '\n' || after == '\t' || ProtectedSpans.isTrailing(after);
            boolean wordAfter = CharClasses.isLetterOrMark(after) || CharClasses.isAnyDigit(after);
            boolean wordBefore = CharClasses.isLetterOrMark(before) || CharClasses.isAnyDigit(before)
                    || ProtectedSpans.isTrailing(before);
            role = spaceBefore && wordAfter ? 1 : wordBefore && spaceAfter ? 2 : 0;
            if (role == 0 && c == '\'' && CharClasses.isLetter(before) && CharClasses.isLetter(after)) {
                role = 3; // an apostrophe inside a word
            }
        }
        int script = role == 1 ? r.nearest().after(k) : r.nearest().before(k);
        boolean arabic = persianCtx && script == 1;
        if (arabic) {
            if (st.persianQuotes && (c == '"' || c == '\u201C' || c == '\u201D')) {
                return role == 1 ? '\u00AB' : role == 2 ? '\u00BB' : c;
            }
            return c;
        }
        switch (st.latinQuotes) {
            case ASCII:
                return StyleRules.isDoubleQuote(c) ? '"' : '\'';
            case TYPOGRAPHIC:
                if (c == '"') {
                    return role == 1 ? '\u201C' : role == 2 ? '\u201D' : c;
                }
                if (c == '\'') {
                    return role == 1 ? '\u2018' : role >= 2 ? '\u2019' : c;
                }
                return c;
            default:
                return c;
        }
    }
}
