package dev.tamiz.segment;

import com.ibm.icu.text.UnicodeSet;
import dev.tamiz.internal.Tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits scraped text into blocks, the first stage of cleaning.
 *
 * <p>What it does, exactly:
 * <ul>
 *   <li>One block per line, as pages are usually dumped. Lines end at LF, CR, CRLF, NEL (U+0085), VT, FF,
 *       LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029); terminators are never part of a block.</li>
 *   <li>Blank lines (only Unicode white space) separate blocks and belong to none. A leading byte order mark is
 *       skipped.</li>
 *   <li>Hard-wrapped text is re-joined: when the page's lines were wrapped at a fixed width (several lines end
 *       close to one maximum width, between 40 and 250 code points), a line is joined with the next when the
 *       next line's first word would not have fitted on it, unless the line ends a sentence and the next starts
 *       with a capital, or the next line opens a list item. Joined lines are separated by one space (none after
 *       a hyphen that follows a letter).</li>
 *   <li>Bullets ({@code • · ▪ ◦ ● ■ ► ✓ - * +}) and numbering ({@code 1.}, {@code 2)}, {@code (3)},
 *       {@code a)}, in Latin, Persian and Arabic-Indic digits) at the start of a line are recorded as the
 *       block's {@link Block#listMarker()}. En and em dashes are not bullets: they open dialogue and
 *       attributions.</li>
 * </ul>
 * Offsets are UTF-16 indexes into the input string. Runs in linear time in the input's length; immutable and
 * thread-safe.
 */
public final class Segmenter {

    /** Unicode White_Space plus the C0 separators U+001C..U+001F, which some tools treat as space. */
    static final UnicodeSet BLANK = Tables.set("[[:White_Space:]\\u001C-\\u001F]");

    private static final Pattern LIST_MARKER = Pattern.compile(
            // before the marker: spaces and what normalisation removes (controls, format chars, lone surrogates,
            // unassigned and private-use code points), so that the cleaned line has the same marker
            "^[\\p{Zs}\\p{Cc}\\p{Cf}\\p{Cs}\\p{Cn}\\p{Co}]*"
                    + "(?:([•·▪◦●■□►▸‣⁃∙○◆◇✓✔➢➤*+-])"
                    + "|((?:[0-9]{1,3}|[۰-۹]{1,3}|[٠-٩]{1,3})[.)\\-]|\\((?:[0-9]{1,3}|[۰-۹]{1,3}|[a-z])\\)|[a-z]\\)))"
                    + "[\\p{Zs}\\t]+(?=\\S)");
    private static final int MIN_WRAP = 40;
    private static final int MAX_WRAP = 250;

    private final boolean rejoinWrapped;

    /** A segmenter that re-joins hard-wrapped lines. */
    public Segmenter() {
        this(true);
    }

    /** A segmenter; {@code rejoinWrapped} turns the re-joining of hard-wrapped lines on or off. */
    public Segmenter(boolean rejoinWrapped) {
        this.rejoinWrapped = rejoinWrapped;
    }

    /** The blocks of {@code text}, in order. */
    public List<Block> segment(String text) {
        List<int[]> lines = lines(text);
        int width = rejoinWrapped ? wrapWidth(text, lines) : -1;
        List<Block> blocks = new ArrayList<>();
        boolean blankBefore = true;
        int i = 0;
        while (i < lines.size()) {
            int[] ln = lines.get(i);
            if (ln[2] == 1) {
                blankBefore = true;
                i++;
                continue;
            }
            int s = ln[0];
            int e = ln[1];
            String first = text.substring(s, e);
            StringBuilder joined = null;
            int count = 1;
            String marker = marker(first);
            while (width > 0 && i + 1 < lines.size() && lines.get(i + 1)[2] == 0) {
                int[] next = lines.get(i + 1);
                String prev = text.substring(lines.get(i)[0], lines.get(i)[1]);
                String nxt = text.substring(next[0], next[1]);
                if (!wraps(prev, nxt, width)) {
                    break;
                }
                if (joined == null) {
                    joined = new StringBuilder(first.strip());
                }
                String part = nxt.strip();
                if (joined.length() > 1 && joined.charAt(joined.length() - 1) == '-'
                        && Character.isLetter(joined.charAt(joined.length() - 2))) {
                    joined.append(part);
                } else {
                    joined.append(' ').append(part);
                }
                e = next[1];
                count++;
                i++;
            }
            String blockText = joined == null ? first : joined.toString();
            // trim the offsets to the block's visible text, so that start/end slice exactly the block
            int ts = s;
            while (ts < e && BLANK.contains(text.charAt(ts))) {
                ts++;
            }
            int te = e;
            while (te > ts && BLANK.contains(text.charAt(te - 1))) {
                te--;
            }
            if (joined == null) {
                blockText = text.substring(ts, te);
            }
            blocks.add(new Block(blockText, ts, te, count, blankBefore, marker));
            blankBefore = false;
            i++;
        }
        return blocks;
    }

    /** Lines as {start, end, blank?1:0}; a leading BOM is skipped. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int pos = (n > 0 && text.charAt(0) == '\uFEFF') ? 1 : 0;
        int start = pos;
        boolean blank = true;
        while (pos < n) {
            char c = text.charAt(pos);
            if (c > '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                // the common case: not a line break
                if (blank && !BLANK.contains(c)) {
                    blank = false;
                }
                pos++;
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                    || c == '\u000C') {
                out.add(new int[] {start, pos, blank ? 1 : 0});
                if (c == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n') {
                    pos++;
                }
                pos++;
                start = pos;
                blank = true;
                continue;
            }
            if (blank && !BLANK.contains(c)) {
                blank = false;
            }
            pos++;
        }
        if (start < n) {
            out.add(new int[] {start, n, blank ? 1 : 0});
        }
        return out;
    }

    /**
     * The width the text was hard-wrapped at, or -1: the longest line's length when at least three lines, and at
     * least a quarter of the lines of twenty or more code points, end within 15% of it.
     */
    private static int wrapWidth(String text, List<int[]> lines) {
        int max = 0;
        int considered = 0;
        int[] lengths = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            int[] ln = lines.get(i);
            if (ln[2] == 0) {
                lengths[i] = length(text, ln);
                max = Math.max(max, lengths[i]);
            }
        }
        if (max < MIN_WRAP || max > MAX_WRAP) {
            return -1;
        }
        int near = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i)[2] == 0) {
                int len = lengths[i];
                if (len >= 20) {
                    considered++;
                }
                if (len >= max * 0.85) {
                    near++;
                }
            }
        }
        return near >= 3 && near * 4 >= considered ? max : -1;
    }

    /** The line's length in code points, trailing white space left out (as {@link String#stripTrailing}). */
    private static int length(String text, int[] ln) {
        int end = ln[1];
        while (end > ln[0]) {
            int cp = text.codePointBefore(end);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return text.codePointCount(ln[0], end);
    }

    private static boolean wraps(String line, String next, int width) {
        String a = line.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || marker(next).length() > 0) {
            return false;
        }
        int len = line.stripTrailing().codePointCount(0, line.stripTrailing().length());
        if (len < width * 0.6) {
            return false;
        }
        int sp = 0;
        while (sp < b.length() && !Character.isWhitespace(b.charAt(sp))) {
            sp++;
        }
        int firstWord = b.codePointCount(0, sp);
        if (len + 1 + firstWord <= width) {
            return false;
        }
        char last = a.charAt(a.length() - 1);
        boolean endsSentence = ".!?:;؟۔\"”»)".indexOf(last) >= 0;
        boolean nextLower = Character.isLowerCase(b.codePointAt(0));
        return !endsSentence || nextLower;
    }

    /** The list marker that opens {@code line}, or "". */
    static String marker(String line) {
        Matcher m = LIST_MARKER.matcher(line);
        if (!m.lookingAt()) { // the pattern is anchored at the start: no need to try every position
            return "";
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
