package dev.tamiz.spark;

import dev.tamiz.Cleaner;
import dev.tamiz.Document;
import dev.tamiz.Paragraph;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Cleans a partition of pages with one {@link Cleaner} (built from its {@link CleanerSpec} once per executor JVM,
 * never shipped). Input rows are {@code (id, url, host, text)}, all strings (host filled in from the URL when
 * {@code hostFromUrl}); output rows are
 * {@link TamizSchema#ROWS}, followed, when {@code forTemplates}, by the page's text ({@code _raw}) and the
 * template keys of its short paragraphs ({@code _template_keys}) for {@link SiteTemplates}.
 */
public final class CleanPartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final CleanerSpec spec;
    private final boolean hostFromUrl;
    private final boolean forTemplates;
    private final int templateMaxChars;

    /**
     * @param spec             the cleaner to use
     * @param hostFromUrl      whether the host is the URL's ({@link Hosts#of(String)}) rather than the input's
     * @param forTemplates     whether to add the columns the site-template passes need
     * @param templateMaxChars the longest paragraph that can be a template block
     */
    public CleanPartition(CleanerSpec spec, boolean hostFromUrl, boolean forTemplates, int templateMaxChars) {
        this.spec = spec;
        this.hostFromUrl = hostFromUrl;
        this.forTemplates = forTemplates;
        this.templateMaxChars = templateMaxChars;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Cleaner cleaner = spec.cleaner();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return clean(cleaner, rows.next());
            }
        };
    }

    private Row clean(Cleaner cleaner, Row in) {
        String id = in.getString(0);
        String url = in.getString(1);
        String host = hostFromUrl ? Hosts.of(url) : in.getString(2);
        String text = in.isNullAt(3) ? "" : in.getString(3);
        int n = TamizSchema.ROWS.size();
        Object[] out = new Object[forTemplates ? n + 2 : n];
        out[0] = id;
        out[1] = url;
        out[2] = host;
        Document d;
        try {
            d = cleaner.clean(text, url != null ? url : id);
        } catch (RuntimeException | StackOverflowError e) {
            // one bad page must not fail a job over millions: keep the row, say why it has no document
            out[n - 1] = e.getClass().getName() + ": " + e.getMessage();
            if (forTemplates) {
                out[n] = text;
                out[n + 1] = new String[0];
            }
            return RowFactory.create(out);
        }
        Object[] doc = TamizSchema.documentValues(d, true);
        System.arraycopy(doc, 0, out, TamizSchema.FIRST_DOCUMENT_FIELD, doc.length);
        if (forTemplates) {
            out[n] = text;
            Set<String> keys = new LinkedHashSet<>();
            if (host != null) {
                for (Paragraph p : d.paragraphs()) {
                    if (p.text().length() <= templateMaxChars) {
                        keys.add(SiteTemplates.key(p.text()));
                    }
                }
            }
            out[n + 1] = keys.toArray(new String[0]);
        }
        return RowFactory.create(out);
    }
}
