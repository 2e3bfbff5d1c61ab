package dev.tamiz.boilerplate;

import dev.tamiz.internal.TextFold;
import dev.tamiz.segment.Block;
import dev.tamiz.segment.Segmenter;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Learns a {@link SiteTemplate} from pages of one site: the blocks that recur on many of its pages.
 *
 * <p>Feed it pages with {@link #add(String)}, then {@link #build()}. A block is part of the template when it is
 * seen on at least {@link #minPages(int) minPages} pages (default 3) and on at least
 * {@link #minShare(double) minShare} of the pages (default 0.2). A block that reads like content (ten or more
 * words ending a sentence, such as a quote two articles share) must be seen on at least
 * {@link #contentShare(double) contentShare} of the pages (default 0.6): recurring disclaimers still go, a quote
 * repeated in a few articles stays. A block is counted once per page.
 *
 * <p>Not thread-safe (a builder); the templates it builds are.
 */
public final class TemplateLearner {

    private final String site;
    private final Segmenter segmenter = new Segmenter();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, Boolean> contentLike = new HashMap<>();
    private int pages;
    private int minPages = 3;
    private double minShare = 0.2;
    private double contentShare = 0.6;

    /** A learner for {@code site} (a host name, or any label; {@code *} for a mixed sample). */
    public TemplateLearner(String site) {
        this.site = Objects.requireNonNull(site, "site");
    }

    /** The fewest pages a block must be seen on; at least 2. */
    public TemplateLearner minPages(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("minPages must be at least 2: " + n);
        }
        this.minPages = n;
        return this;
    }

    /** The smallest share of the pages a block must be seen on, 0 to 1. */
    public TemplateLearner minShare(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("minShare must be 0 to 1: " + share);
        }
        this.minShare = share;
        return this;
    }

    /** The smallest share of the pages a content-like block must be seen on, 0 to 1. */
    public TemplateLearner contentShare(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("contentShare must be 0 to 1: " + share);
        }
        this.contentShare = share;
        return this;
    }

    /** Adds one page (its text as scraped). */
    public TemplateLearner add(String pageText) {
        return addBlocks(segmenter.segment(Objects.requireNonNull(pageText, "pageText")));
    }

    /** Adds one page, already segmented. */
    public TemplateLearner addBlocks(List<Block> blocks) {
        pages++;
        Set<String> keys = new HashSet<>();
        for (Block b : blocks) {
            String k = TextFold.key(b.text());
            if (k.isEmpty() || !keys.add(k)) {
                continue;
            }
            seen.merge(k, 1, Integer::sum);
            contentLike.putIfAbsent(k, TextFold.words(k) >= 10 && BoilerplateClassifier.endsSentence(b.text()));
        }
        return this;
    }

    /** Distinct blocks held so far (a measure of the learner's memory). */
    public int distinctBlocks() {
        return seen.size();
    }

    /** Pages added so far. */
    public int pages() {
        return pages;
    }

    /** The template learnt from the pages added so far. */
    public SiteTemplate build() {
        Map<String, Integer> blocks = new LinkedHashMap<>();
        seen.entrySet().stream()
                .sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                        : a.getKey().compareTo(b.getKey()))
                .forEach(e -> {
                    int c = e.getValue();
                    double share = pages == 0 ? 0 : c / (double) pages;
                    double need = contentLike.getOrDefault(e.getKey(), false) ? Math.max(minShare, contentShare)
                            : minShare;
                    if (c >= minPages && share >= need) {
                        blocks.put(e.getKey(), c);
                    }
                });
        return new SiteTemplate(site, pages, blocks);
    }
}
