package dev.tamiz.normalize;

import dev.tamiz.internal.Tables;

import java.nio.charset.Charset;

/**
 * Rule family 7, a fix on in every profile: mojibake repair. Text that was UTF-8 but got decoded as
 * Windows-1252 or ISO-8859-1 ({@code Ã©} for é, {@code â€™} for ’, {@code Ø³Ù„Ø§Ù…} for سلام) or as Windows-1256
 * ({@code ط³ظ„ط§ظ…} for سلام, common on Persian sites) is re-encoded and decoded as UTF-8.
 *
 * <p>A space-delimited token is repaired only when the repair is unambiguous: every non-ASCII char of the token
 * is part of a well-formed UTF-8 sequence in the code page (lead byte C2–F4 followed by the right number of
 * continuation bytes 80–BF, no overlong form, no surrogate), and every decoded code point is plausible: for
 * Windows-1252/ISO-8859-1, Latin letters and symbols U+00A0–U+024F, general punctuation U+2000–U+206F, € U+20AC,
 * ™ U+2122, the common Arabic and Persian letters, digits and signs, emoji U+1F000–U+1FAFF; for Windows-1256 (lead
 * bytes D8–DB, E2 and EF only), the common Arabic and Persian letters, digits and signs, ZWNJ and general
 * punctuation; and at least one sequence of the token must have a continuation char that is neither Arabic-script nor punctuation that
 * may follow a word (، ؛ ؟ … “ ” ‘ ’ « » • – — NBSP ZWNJ ZWJ) (a sequence
 * such as {@code ط،}, ط and a comma, {@code ظ…} or {@code عک} could be legitimate text). A legitimate word such as
 * {@code naïve}, {@code خط،} or {@code ط،} is therefore never touched. Since removing invisible chars can bring
 * the chars of a sequence together, the check runs again after the character pass; and since the token pass can
 * make a token that is repaired (a space before punctuation removed, a space after a mark added), it runs on the
 * result too, which is then normalised again (see {@link Normalizer}).
 */
final class Mojibake {
    private Mojibake() {
    }

    /** Punctuation that legitimately follows a word, so does not prove a sequence to be mojibake. */
    private static final String WORD_FOLLOWERS = "\u060C\u061B\u061F\u200C\u200D\u00A0\u2026\u201C\u201D\u2018"
            + "\u2019\u00AB\u00BB\u2022\u2013\u2014";

    /** For each BMP char, its byte (0x80–0xFF) in Windows-1252 (or ISO-8859-1 for C1), else 0. */
    private static final byte[] CP1252 = Tables.bytes("Mojibake.CP1252", () -> codePage("windows-1252", true));
    /** For each BMP char, its byte (0x80–0xFF) in Windows-1256, else 0. */
    private static final byte[] CP1256 = Tables.bytes("Mojibake.CP1256", () -> codePage("windows-1256", false));
    /**
     * 1: a lead char in some code page; 2: a continuation char in some code page; 4: a continuation char that is
     * neither Arabic-script nor punctuation that may follow a word.
     */
    private static final byte[] ROLE = Tables.bytes("Mojibake.ROLE", Mojibake::roles);

    private static byte[] codePage(String name, boolean latin1) {
        byte[] t = new byte[0x10000];
        Charset cs = Charset.forName(name);
        for (int b = 0x80; b <= 0xFF; b++) {
            if (latin1) {
                t[b] = (byte) b; // ISO-8859-1, including C1
            }
            String s = new String(new byte[] {(byte) b}, cs);
            if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                t[s.charAt(0)] = (byte) b;
            }
        }
        return t;
    }

    private static byte[] roles() {
        byte[] role = new byte[0x10000];
        for (int c = 0x80; c < 0x10000; c++) {
            int b1 = CP1252[c] & 0xFF;
            int b6 = CP1256[c] & 0xFF;
            if (b1 >= 0xC2 && b1 <= 0xF4 || b6 >= 0xD8 && b6 <= 0xDB || b6 == 0xE2 || b6 == 0xEF) {
                role[c] |= 1;
            }
            if (b1 >= 0x80 && b1 <= 0xBF || b6 >= 0x80 && b6 <= 0xBF) {
                role[c] |= 2;
                if (!CharClasses.is((char) c, CharClasses.ARABIC_SCRIPT) && WORD_FOLLOWERS.indexOf(c) < 0) {
                    role[c] |= 4;
                }
            }
        }
        return role;
    }

    /** Token separators: what the character pass turns into a space or a line break (NBSP included, so that
     * the decision is the same before and after it). */
    private static boolean separator(char c) {
        return c == '\n' || c == '\t' || c == '\r' || CharPass.isSpaceOrNewline(c);
    }

    private static boolean neutral(char c) {
        return CharClasses.isAnyDigit(c) || CharClasses.is(c, CharClasses.MARK) || StyleRules.isDash(c)
                || WORD_FOLLOWERS.indexOf(c) >= 0
                || StyleRules.isDoubleQuote(c) || StyleRules.isSingleQuote(c) || c == '\u2026'
                || DiacriticRemoval.FOLDED.contains(c) && (ROLE[c] & 1) == 0
                || Homoglyphs.TO_LATIN[c] != 0 || c == '\u0130';
    }

    private static boolean lead(char c) {
        // U+00C2–U+00F4 (Windows-1252, ISO-8859-1; â ï are also the Windows-1256 leads E2 EF) and ط ظ ع غ
        // (Windows-1256 D8–DB)
        return c >= '\u00C2' && c <= '\u00F4' || c >= '\u0637' && c <= '\u063A';
    }

    /**
     * True for a continuation char that is neither Arabic-script nor punctuation that may follow a word: every
     * token that {@link #repair} changes has one, right after a lead char and continuation chars. Such chars are
     * rare in real text, so the quick tests below look for them rather than for the (common) lead chars.
     */
    static boolean strong(char c) {
        return (ROLE[c] & 4) != 0;
    }

    /**
     * For a {@link #strong} char at {@code a[i]}: true when a lead char stands before it with only continuation
     * chars between (at most three chars back, the longest UTF-8 sequence), a necessary condition for a repair.
     */
    static boolean leadBefore(char[] a, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            char c = a[j];
            if (lead(c)) {
                return true;
            }
            if ((ROLE[c] & 2) == 0) {
                return false;
            }
        }
        return false;
    }

    /** A quick test, a necessary condition for {@link #repair} to change {@code s[0, len)}. */
    static boolean suspect(char[] s, int len) {
        byte[] role = ROLE;
        for (int i = 1; i < len; i++) {
            if ((role[s[i]] & 4) != 0 && leadBefore(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The repaired text, each char mapped to the start of what it came from; null when nothing is repaired. */
    static TextBuffer repair(String s, boolean mapped) {
        int n = s.length();
        TextBuffer out = new TextBuffer(n + 16, mapped);
        char[] a = s.toCharArray();
        boolean any = false;
        int i = 0;
        while (i < n) {
            int e = i;
            boolean glue = false;
            while (e < n && !separator(a[e])) {
                if (e > i && (CharClasses.isArabicLetter(a[e - 1]) && CharClasses.isAnyDigit(a[e])
                        || CharClasses.isAnyDigit(a[e - 1]) && CharClasses.isArabicLetter(a[e]))) {
                    glue = true; // the spacing rule will separate these: so does the tokenizer
                    break;
                }
                e++;
            }
            if (e > i && repairToken(a, i, e, out)) {
                any = true;
            } else {
                out.append(a, i, e, i);
            }
            if (glue) {
                i = e;
                continue;
            }
            if (e < n) {
                out.append(a[e], e);
            }
            i = e + 1;
        }
        return any ? out : null;
    }

    private static boolean repairToken(char[] a, int s, int e, TextBuffer out) {
        int mark = out.length;
        int sequences = 0;
        boolean unambiguous = false;
        int i = s;
        while (i < e) {
            char c = a[i];
            if (c < 0x80) {
                out.append(c, i);
                i++;
                continue;
            }
            int used = decode(a, i, e, CP1252, false, out);
            if (used == 0) {
                used = decode(a, i, e, CP1256, true, out);
            }
            if (used == 0) {
                if (neutral(c)) {
                    // a char that a style option may rewrite (a digit, a quote, a mark): neither proof nor
                    // disproof, so that the decision does not change once it is rewritten
                    out.append(c, i);
                    i++;
                    continue;
                }
                out.length = mark;
                return false;
            }
            for (int k = i + 1; k < i + used && !unambiguous; k++) {
                // a sequence made only of Arabic-script chars and of punctuation that may follow a word
                // (ط، is ط + comma, ظ… is ظ + ellipsis) could be legitimate text
                unambiguous = !CharClasses.is(a[k], CharClasses.ARABIC_SCRIPT) && WORD_FOLLOWERS.indexOf(a[k]) < 0;
            }
            sequences++;
            i += used;
        }
        if (sequences == 0 || !unambiguous) {
            out.length = mark;
            return false;
        }
        return true;
    }

    /** Decodes one UTF-8 sequence at {@code a[i]} through {@code page}; returns the chars used, 0 if none. */
    private static int decode(char[] a, int i, int e, byte[] page, boolean arabicPage, TextBuffer out) {
        int b0 = page[a[i]] & 0xFF;
        if (b0 < 0xC2 || b0 > 0xF4) {
            return 0;
        }
        if (arabicPage && !(b0 >= 0xD8 && b0 <= 0xDB || b0 == 0xE2 || b0 == 0xEF)) {
            return 0;
        }
        int len = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        if (i + len > e) {
            return 0;
        }
        int cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        for (int k = 1; k < len; k++) {
            int b = page[a[i + k]] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if (len == 3 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF) || len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) {
            return 0;
        }
        if (!plausible(cp, arabicPage)) {
            return 0;
        }
        out.appendCodePoint(cp, i);
        return len;
    }

    private static boolean plausible(int cp, boolean arabicPage) {
        if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp >= 0x0621 && cp <= 0x063A
                || cp >= 0x0640 && cp <= 0x0655 || cp >= 0x0660 && cp <= 0x066D || cp == 0x0670
                || cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06A9 || cp == 0x06AF || cp == 0x06C0
                || cp == 0x06CC || cp >= 0x06F0 && cp <= 0x06F9 || cp >= 0x2000 && cp <= 0x206F) {
            return true;
        }
        if (arabicPage) {
            return cp == 0x00AB || cp == 0x00BB || cp == 0x00A0;
        }
        return cp >= 0x00A0 && cp <= 0x024F || cp == 0x20AC || cp == 0x2122 || cp >= 0x1F000 && cp <= 0x1FAFF;
    }
}
