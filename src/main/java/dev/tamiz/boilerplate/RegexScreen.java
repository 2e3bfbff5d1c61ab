package dev.tamiz.boilerplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal starts an anchored rule regex can match, so that a block whose key starts with none of them is not
 * run through the regex engine at all.
 *
 * <p>Only the regex's leading part is read: after {@code ^}, plain characters (letters, digits, spaces), groups
 * (nested or not) whose alternatives start that way, optional elements ({@code (the )?}, {@code s?}), elements
 * repeated at least once ({@code +}, <code>{2,5}</code>) and the digit class {@code [0-9]}, up to the first element it
 * does not understand; whatever follows is left to the engine. A run of digits ({@code [0-9]+}, <code>[0-9]{1,4}</code>)
 * does not end the start: it is written {@link #DIGITS} and stands for one or more digits, so that
 * {@code ^[0-9]+ comments?$} screens with "{@code DIGITS comment}", not with any digit. Top-level alternatives each need their own
 * {@code ^}. A regex whose start can be empty or is not understood has no screen ({@code null}): it always runs.
 */
final class RegexScreen {

    /** More starts than this and the screen is not worth it. */
    private static final int MAX_STARTS = 256;
    /** In a start: one or more ASCII digits (keys hold no NUL: folding makes it a word break). */
    static final char DIGITS = '\u0000';

    private RegexScreen() {
    }

    /** The result of reading a sequence: its possible starts, and whether they are whole (the sequence ended). */
    private record Starts(Set<String> set, boolean complete) {
    }

    /** The literal starts of {@code regex}, one of which every match must begin with, or {@code null}. */
    static List<String> starts(String regex) {
        Set<String> all = new LinkedHashSet<>();
        for (String alt : splitTopLevel(regex)) {
            if (!alt.startsWith("^")) {
                return null;
            }
            Starts s = sequence(alt.substring(1));
            if (s == null || s.set().contains("")) {
                return null;
            }
            all.addAll(s.set());
            if (all.size() > MAX_STARTS) {
                return null;
            }
        }
        List<String> minimal = new ArrayList<>();
        for (String s : all) {
            boolean covered = false;
            for (String t : all) {
                covered |= t.length() < s.length() && s.startsWith(t);
            }
            if (!covered) {
                minimal.add(s); // a start that has a shorter start as its prefix adds nothing
            }
        }
        return minimal.isEmpty() ? null : List.copyOf(minimal);
    }

    /** True when {@code key} starts with one of {@code starts} ({@code null} lets everything through). */
    static boolean admits(List<String> starts, String key) {
        if (starts == null) {
            return true;
        }
        for (int k = 0; k < starts.size(); k++) {
            if (startsWith(key, 0, starts.get(k), 0)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code key} from {@code k} begins with {@code start} from {@code p}, {@link #DIGITS} for digits. */
    private static boolean startsWith(String key, int k, String start, int p) {
        for (; p < start.length(); p++, k++) {
            char c = start.charAt(p);
            if (c == DIGITS) {
                int run = 0;
                while (k + run < key.length() && key.charAt(k + run) >= '0' && key.charAt(k + run) <= '9') {
                    run++;
                }
                for (int m = run; m >= 1; m--) {
                    if (startsWith(key, k + m, start, p + 1)) {
                        return true;
                    }
                }
                return false;
            }
            if (k >= key.length() || key.charAt(k) != c) {
                return false;
            }
        }
        return true;
    }

    /** The starts of a regex sequence (no top-level {@code |}), or null when too many. */
    private static Starts sequence(String re) {
        Set<String> set = new LinkedHashSet<>();
        set.add("");
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            Starts elem;
            int next;
            if (plain(c)) {
                elem = new Starts(Set.of(String.valueOf(c)), true);
                next = i + 1;
            } else if (re.startsWith("[0-9]+", i) || (re.startsWith("[0-9]{", i) && !re.startsWith("[0-9]{0", i)
                    && re.indexOf('}', i) > 0)) {
                // one or more digits; the screen goes on after the quantifier
                elem = new Starts(Set.of(String.valueOf(DIGITS)), true);
                next = re.charAt(i + 5) == '+' ? i + 6 : re.indexOf('}', i) + 1;
                if (next < re.length() && re.charAt(next) == '?') {
                    next++; // a lazy quantifier matches the same strings
                }
            } else if (re.startsWith("[0-9]", i)) {
                Set<String> digits = new LinkedHashSet<>();
                for (char d = '0'; d <= '9'; d++) {
                    digits.add(String.valueOf(d));
                }
                elem = new Starts(digits, true);
                next = i + 5;
            } else if (c == '(' && !re.startsWith("(?", i)) {
                int close = closing(re, i);
                if (close < 0) {
                    return new Starts(set, false);
                }
                Set<String> alts = new LinkedHashSet<>();
                boolean complete = true;
                for (String alt : splitTopLevel(re.substring(i + 1, close))) {
                    Starts s = sequence(alt);
                    if (s == null) {
                        return null;
                    }
                    alts.addAll(s.set());
                    complete &= s.complete();
                }
                elem = new Starts(alts, complete);
                next = close + 1;
            } else {
                return new Starts(set, false);
            }
            char q = next < re.length() ? re.charAt(next) : 0;
            if (q == '*' || (q == '{' && re.startsWith("{0", next))) {
                return new Starts(set, false); // may be absent or repeated: the starts so far are all we know
            }
            boolean optional = q == '?';
            Set<String> grown = new LinkedHashSet<>();
            for (String s : set) {
                if (optional) {
                    grown.add(s);
                }
                for (String a : elem.set()) {
                    grown.add(s + a);
                }
            }
            if (grown.size() > MAX_STARTS) {
                return new Starts(set, false); // the starts so far still hold
            }
            if (optional && !elem.complete()) {
                // the skipped branch could go on, the taken one could not: stop both here
                return new Starts(grown, false);
            }
            set = grown;
            if (q == '+' || q == '{' || !elem.complete()) {
                return new Starts(set, false); // at least once, then unknown
            }
            i = optional ? next + 1 : next;
        }
        return new Starts(set, true);
    }

    private static boolean plain(char c) {
        return Character.isLetterOrDigit(c) || c == ' ';
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String re, int open) {
        return scan(re, open, ')');
    }

    /** {@code re} split at its top-level {@code |} (outside groups and classes). */
    private static List<String> splitTopLevel(String re) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int bar = scan(re, 0, '|'); bar >= 0; bar = scan(re, from, '|')) {
            out.add(re.substring(from, bar));
            from = bar + 1;
        }
        out.add(re.substring(from));
        return out;
    }

    /**
     * Walks {@code re} from {@code from}, skipping escapes and character classes, and returns the index of the first
     * {@code target} ({@code |} or {@code )}) found at the depth where the walk started, or -1.
     */
    private static int scan(String re, int from, char target) {
        int depth = 0;
        boolean inClass = false;
        for (int j = from; j < re.length(); j++) {
            char c = re.charAt(j);
            if (c == '\\') {
                j++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (target == ')' && depth == 0) {
                    return j;
                }
            } else if (c == '|' && target == '|' && depth == 0) {
                return j;
            }
        }
        return -1;
    }
}
