package dev.tamiz.segment;

import dev.tamiz.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides the kind of each kept block from its text and its neighbours.
 *
 * <p>In order, the first that applies:
 * <ol>
 *   <li>{@link Kind#LIST_ITEM}: the block opens with a bullet or a number;</li>
 *   <li>{@link Kind#CAPTION}: the block opens with a photo or image label ({@code Photo:}, {@code Image:},
 *       {@code Credit:}, {@code عکس:}, {@code تصویر:}, {@code Фото:}...);</li>
 *   <li>{@link Kind#QUOTE}: the block opens with {@code >};</li>
 *   <li>{@link Kind#LIST_ITEM}: a run of three or more consecutive short lines (at most 12 words, no sentence
 *       punctuation at the end); when the block before the run does not end with {@code :} or {@code ;}, the
 *       run's first line introduces it and is a heading;</li>
 *   <li>{@link Kind#HEADING}: a short line (at most 15 words, 150 chars) without sentence punctuation at the end,
 *       followed (captions aside) by a longer block or by nothing, or directly followed by a photo caption;</li>
 *   <li>{@link Kind#PARAGRAPH}: everything else.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class StructureAnalyzer {

    /** One kept block as the analyzer sees it. */
    public record Item(String text, String listMarker) {
    }

    /** The kinds of {@code items}, in order. */
    public List<Kind> analyze(List<Item> items) {
        int n = items.size();
        Kind[] kinds = new Kind[n];
        boolean[] shortLine = new boolean[n];
        for (int i = 0; i < n; i++) {
            String t = items.get(i).text().strip();
            int words = t.length() <= 120 ? words(t) : 0;
            shortLine[i] = words > 0 && words <= 12 && t.length() <= 120 && !endsWithPunct(t)
                    && items.get(i).listMarker().isEmpty();
        }
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            String t = it.text().strip();
            if (!it.listMarker().isEmpty()) {
                kinds[i] = Kind.LIST_ITEM;
            } else if (dev.tamiz.internal.Captions.isCaption(t)) { // anchored at the start
                kinds[i] = Kind.CAPTION;
            } else if (t.startsWith(">")) {
                kinds[i] = Kind.QUOTE;
            }
        }
        // runs of short lines: lists
        int i = 0;
        while (i < n) {
            if (!shortLine[i] || kinds[i] != null) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && shortLine[j] && kinds[j] == null) {
                j++;
            }
            if (j - i >= 3) {
                boolean introduced = i > 0 && endsWithIntro(items.get(i - 1).text());
                for (int k = i; k < j; k++) {
                    kinds[k] = Kind.LIST_ITEM;
                }
                if (!introduced) {
                    kinds[i] = Kind.HEADING;
                }
            }
            i = j;
        }
        for (int k = 0; k < n; k++) {
            if (kinds[k] != null) {
                continue;
            }
            String t = items.get(k).text().strip();
            int words = t.length() <= 150 ? words(t) : 0;
            boolean headingShape = words > 0 && words <= 15 && t.length() <= 150 && !endsWithPunct(t);
            int next = k + 1;
            while (next < n && kinds[next] == Kind.CAPTION) {
                next++;
            }
            boolean nextLonger = headingShape && (next >= n || words(items.get(next).text(), words + 1) > words);
            // a short line followed by a photo caption is the heading the photo illustrates
            boolean captioned = next > k + 1;
            kinds[k] = headingShape && (nextLonger || captioned) ? Kind.HEADING : Kind.PARAGRAPH;
        }
        List<Kind> out = new ArrayList<>(n);
        for (Kind k : kinds) {
            out.add(k);
        }
        return out;
    }

    private static boolean endsWithIntro(String text) {
        String t = text.strip();
        return t.endsWith(":") || t.endsWith(";") || t.endsWith("؛") || t.endsWith("：");
    }

    static boolean endsWithPunct(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?:;,،؛؟۔…".indexOf(c) >= 0
                || ((c == '"' || c == '”' || c == '»' || c == '’') && t.length() > 1
                && ".!?,؟۔…".indexOf(t.charAt(t.length() - 2)) >= 0);
    }

    static int words(String t) {
        return words(t, Integer.MAX_VALUE);
    }

    /** The words of {@code t}, counted up to {@code cap} (a longer text counts as {@code cap}). */
    static int words(String t, int cap) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean w = Character.isLetterOrDigit(t.charAt(i));
            if (w && !in && ++n >= cap) {
                return cap;
            }
            in = w || (in && (t.charAt(i) == '\'' || t.charAt(i) == '’' || t.charAt(i) == '\u200C'));
        }
        return n;
    }
}
