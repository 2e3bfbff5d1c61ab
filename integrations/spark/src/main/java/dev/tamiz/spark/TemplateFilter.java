package dev.tamiz.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The second pass of {@link SiteTemplates}: input rows are {@link TamizSchema#ROWS} followed by the page's
 * text and its host's template blocks (null when none); output rows are {@link TamizSchema#ROWS}.
 */
public final class TemplateFilter implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private static final int N = TamizSchema.ROWS.size();
    private static final int DOC = TamizSchema.FIRST_DOCUMENT_FIELD;
    // document fields, relative to DOC: language, languages, title, date, metadata, text, paragraphs, removed
    private static final int LANGUAGE = DOC;
    private static final int LANGUAGES = DOC + 1;
    private static final int TITLE = DOC + 2;
    private static final int TEXT = DOC + 5;
    private static final int PARAGRAPHS = DOC + 6;
    private static final int REMOVED = DOC + 7;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return filter(rows.next());
            }
        };
    }

    static Row filter(Row in) {
        Object[] out = new Object[N];
        for (int i = 0; i < N; i++) {
            out[i] = in.get(i);
        }
        if (in.isNullAt(N + 1) || in.isNullAt(PARAGRAPHS)) {
            return RowFactory.create(out);
        }
        Set<String> template = new HashSet<>(in.<String>getList(N + 1));
        List<Row> paragraphs = in.getList(PARAGRAPHS);
        List<Row> kept = new ArrayList<>(paragraphs.size());
        List<Row> dropped = new ArrayList<>();
        for (Row p : paragraphs) {
            if (template.contains(SiteTemplates.key(p.getString(5)))) {
                dropped.add(p);
            } else {
                kept.add(p);
            }
        }
        if (dropped.isEmpty()) {
            return RowFactory.create(out);
        }
        String raw = in.getString(N);
        List<Row> removed = new ArrayList<>(in.<Row>getList(REMOVED));
        for (Row p : dropped) {
            int start = p.getInt(6);
            int end = p.getInt(7);
            String block = raw != null && end <= raw.length() ? raw.substring(start, end) : p.getString(5);
            removed.add(RowFactory.create(SiteTemplates.REASON, SiteTemplates.RULE, block, start, end));
        }
        removed.sort(Comparator.comparingInt((Row r) -> r.getInt(3)));
        Row[] ps = new Row[kept.size()];
        List<String> langs = new ArrayList<>(kept.size());
        List<String> texts = new ArrayList<>(kept.size());
        StringBuilder text = new StringBuilder();
        String title = null;
        boolean titleOpen = true;
        for (int i = 0; i < ps.length; i++) {
            Row p = kept.get(i);
            ps[i] = RowFactory.create(i, p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6), p.get(7),
                    p.get(8));
            langs.add(p.getString(2));
            texts.add(p.getString(5));
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(p.getString(5));
            // the cleaner's title: the first heading, with only captions before it
            if (titleOpen) {
                if ("heading".equals(p.getString(1))) {
                    title = p.getString(5);
                    titleOpen = false;
                } else if (!"caption".equals(p.getString(1))) {
                    titleOpen = false;
                }
            }
        }
        String language = TamizSchema.dominant(langs, texts);
        out[LANGUAGE] = language;
        out[LANGUAGES] = TamizSchema.languages(language, langs, texts);
        out[TITLE] = title;
        out[TEXT] = text.toString();
        out[PARAGRAPHS] = ps;
        out[REMOVED] = removed.toArray(new Row[0]);
        return RowFactory.create(out);
    }
}
