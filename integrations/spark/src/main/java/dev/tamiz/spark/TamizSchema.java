package dev.tamiz.spark;

import dev.tamiz.Document;
import dev.tamiz.Paragraph;
import dev.tamiz.Removal;
import dev.tamiz.lang.LanguageSpan;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spark types of Tamiz's results, and the conversion of a {@link Document} to a row.
 *
 * <p>A cleaned document is these columns:
 * <pre>
 * language   string                 the page's dominant language (BCP 47), und when none
 * languages  array&lt;string&gt;          every paragraph language but und, most text first (language first)
 * title      string                 the page's title, or null
 * date       string                 the page's date in ISO 8601, or null
 * metadata   map&lt;string,string&gt;     further fields: news_id, section, byline, date_original, ...
 * text       string                 the kept text: paragraphs separated by blank lines
 * paragraphs array&lt;struct&lt;index int, kind string, lang string, confidence double, script string, text string,
 *                   start int, end int, spans array&lt;struct&lt;lang string, start int, end int&gt;&gt;&gt;&gt;
 * removed    array&lt;struct&lt;reason string, rule string, text string, start int, end int&gt;&gt;
 * </pre>
 * with the meaning of {@link Document}, {@link Paragraph} and {@link Removal} ({@code rule} is
 * {@link Removal#ruleId()}, {@code kind} is {@link dev.tamiz.Kind#label()}).
 */
public final class TamizSchema {

    private TamizSchema() {
    }

    /** A run of another language inside a paragraph (offsets into the paragraph's text). */
    public static final StructType SPAN = new StructType(new StructField[] {
            DataTypes.createStructField("lang", DataTypes.StringType, false),
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false)});

    /** One kept paragraph. */
    public static final StructType PARAGRAPH = new StructType(new StructField[] {
            DataTypes.createStructField("index", DataTypes.IntegerType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("lang", DataTypes.StringType, false),
            DataTypes.createStructField("confidence", DataTypes.DoubleType, false),
            DataTypes.createStructField("script", DataTypes.StringType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false),
            DataTypes.createStructField("spans", DataTypes.createArrayType(SPAN, false), false)});

    /** One removed block. */
    public static final StructType REMOVAL = new StructType(new StructField[] {
            DataTypes.createStructField("reason", DataTypes.StringType, false),
            DataTypes.createStructField("rule", DataTypes.StringType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false)});

    /** One metadata field, as the job's partitions produce it (made a map afterwards, see {@link #ROWS}). */
    public static final StructType METADATA_ENTRY = new StructType(new StructField[] {
            DataTypes.createStructField("key", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.StringType, true)});

    /** The cleaned document's fields, in order. */
    public static final StructField[] DOCUMENT_FIELDS = {
            DataTypes.createStructField("language", DataTypes.StringType, true),
            DataTypes.createStructField("languages", DataTypes.createArrayType(DataTypes.StringType, false), true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.StringType, true),
            DataTypes.createStructField("metadata",
                    DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("paragraphs", DataTypes.createArrayType(PARAGRAPH, false), true),
            DataTypes.createStructField("removed", DataTypes.createArrayType(REMOVAL, false), true)};

    /** A cleaned document as one struct: what {@code tamiz_document(text)} returns. */
    public static final StructType DOCUMENT = new StructType(DOCUMENT_FIELDS);

    /** The job's output: the page's id, URL and host, the document's fields, and an error (null when cleaned). */
    public static final StructType OUTPUT = output(false);

    /**
     * {@link #OUTPUT} with {@code metadata} as {@code array<struct<key string, value string>>}: what the job's
     * partition functions produce. Row encoders take only Scala maps for a map column, and this project uses no
     * Scala API, so that one jar runs on Spark builds for Scala 2.12 and 2.13; the job turns the entries into a map
     * with {@code map_from_entries} after the last partition function.
     */
    public static final StructType ROWS = output(true);

    /** Index of the first document field in {@link #OUTPUT}. */
    static final int FIRST_DOCUMENT_FIELD = 3;

    private static StructType output(boolean metadataEntries) {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("id", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("url", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("host", DataTypes.StringType, true));
        for (StructField d : DOCUMENT_FIELDS) {
            f.add(metadataEntries && d.name().equals("metadata")
                    ? DataTypes.createStructField("metadata", DataTypes.createArrayType(METADATA_ENTRY, false), true)
                    : d);
        }
        f.add(DataTypes.createStructField("error", DataTypes.StringType, true));
        return new StructType(f.toArray(new StructField[0]));
    }

    /**
     * The document's fields as values for {@link #DOCUMENT_FIELDS}, in order, the metadata as a Java map (for UDFs)
     * or as entries (for {@link #ROWS}).
     */
    static Object[] documentValues(Document d, boolean metadataEntries) {
        List<Paragraph> ps = d.paragraphs();
        Row[] paragraphs = new Row[ps.size()];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = paragraph(ps.get(i));
        }
        List<Removal> rs = d.removed();
        Row[] removed = new Row[rs.size()];
        for (int i = 0; i < removed.length; i++) {
            removed[i] = removal(rs.get(i));
        }
        List<String> texts = new ArrayList<>(ps.size());
        List<String> langs = new ArrayList<>(ps.size());
        for (Paragraph p : ps) {
            texts.add(p.text());
            langs.add(p.lang());
        }
        return new Object[] {d.language(), languages(d.language(), langs, texts), d.title(), d.date(),
                metadataEntries ? entries(d.metadata()) : d.metadata(), d.text(), paragraphs, removed};
    }

    /** A document as one {@link #DOCUMENT} row. */
    public static Row documentRow(Document d) {
        return RowFactory.create(documentValues(d, false));
    }

    static Row paragraph(Paragraph p) {
        List<LanguageSpan> ss = p.spans();
        Row[] spans = new Row[ss.size()];
        for (int i = 0; i < spans.length; i++) {
            LanguageSpan s = ss.get(i);
            spans[i] = RowFactory.create(s.tag(), s.start(), s.end());
        }
        return RowFactory.create(p.index(), p.kind().label(), p.lang(), p.confidence(), p.script(), p.text(),
                p.start(), p.end(), spans);
    }

    static Row removal(Removal r) {
        return RowFactory.create(r.reason(), r.ruleId(), r.text(), r.start(), r.end());
    }

    /**
     * The paragraphs' languages but {@code und}, by kept text (most first), with the document's language first.
     */
    static String[] languages(String language, List<String> langs, List<String> texts) {
        Map<String, Integer> weight = new LinkedHashMap<>();
        for (int i = 0; i < langs.size(); i++) {
            if (!"und".equals(langs.get(i))) {
                weight.merge(langs.get(i), texts.get(i).length(), Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(weight.keySet());
        out.sort(Comparator.comparing((String l) -> !l.equals(language))
                .thenComparing(l -> -weight.get(l)));
        return out.toArray(new String[0]);
    }

    /** The dominant language, as {@link dev.tamiz.Cleaner} picks it: the language with the most kept text. */
    static String dominant(List<String> langs, List<String> texts) {
        Map<String, Integer> weight = new HashMap<>();
        for (int i = 0; i < langs.size(); i++) {
            if (!"und".equals(langs.get(i))) {
                weight.merge(langs.get(i), texts.get(i).length(), Integer::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
    }

    private static Row[] entries(Map<String, String> m) {
        Row[] out = new Row[m.size()];
        int i = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            out[i++] = RowFactory.create(e.getKey(), e.getValue());
        }
        return out;
    }
}
