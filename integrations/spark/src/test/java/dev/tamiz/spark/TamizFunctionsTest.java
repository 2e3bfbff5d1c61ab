package dev.tamiz.spark;

import dev.tamiz.Cleaner;
import dev.tamiz.Document;
import dev.tamiz.lang.LanguageDetectors;
import dev.tamiz.normalize.Normalizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The SQL functions against the library called directly. */
class TamizFunctionsTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        TamizFunctions.register(spark);
    }

    @Test
    void functionsAnswerAsTheLibrary() {
        List<String> texts = new ArrayList<>();
        for (Corpus.Page p : Corpus.pages()) {
            if (p.text() != null) {
                texts.add(p.text());
            }
        }
        texts.add("يك متن كوتاه فارسي با ي و ك عربي");
        texts.add("  Short   English line , with odd spacing .");
        Dataset<String> ds = spark.createDataset(texts, Encoders.STRING()).repartition(2);
        ds.createOrReplaceTempView("pages");
        List<Row> rows = spark.sql("SELECT value, tamiz_clean(value) AS clean, tamiz_language(value) AS lang, "
                + "tamiz_normalize(value) AS norm, tamiz_document(value) AS doc FROM pages").collectAsList();
        assertEquals(texts.size(), rows.size());
        for (Row r : rows) {
            String text = r.getString(0);
            Document d = Cleaner.standard().clean(text);
            assertEquals(d.text(), r.getString(1), text);
            assertEquals(LanguageDetectors.standard().detect(text).tag(), r.getString(2), text);
            assertEquals(Normalizer.standard().normalize(text, LanguageDetectors.standard().detect(text).tag()),
                    r.getString(3), text);
            CleanJobTest.assertSame(d, r.getStruct(4), text);
        }
        Row fa = rows.stream().filter(r -> r.getString(0).startsWith("يك")).findFirst().orElseThrow();
        assertEquals("fa", fa.getString(2));
        assertEquals("یک متن کوتاه فارسی با ی و ک عربی", fa.getString(3));
    }

    @Test
    void nullInNullOut() {
        Dataset<String> ds = spark.createDataset(Arrays.asList((String) null), Encoders.STRING());
        ds.createOrReplaceTempView("nothing");
        Row r = spark.sql("SELECT tamiz_clean(value), tamiz_language(value), tamiz_normalize(value), "
                + "tamiz_document(value) FROM nothing").first();
        for (int i = 0; i < 4; i++) {
            assertNull(r.get(i));
        }
    }

    @Test
    void sqlCanExplodeParagraphs() {
        Dataset<String> ds = spark.createDataset(List.of(Corpus.pages().get(0).text(), Corpus.pages().get(8).text()),
                Encoders.STRING());
        ds.createOrReplaceTempView("two");
        List<Row> kinds = spark.sql("SELECT p.lang, p.kind, count(*) AS n FROM two "
                + "LATERAL VIEW explode(tamiz_document(value).paragraphs) t AS p GROUP BY p.lang, p.kind "
                + "ORDER BY p.lang, p.kind").collectAsList();
        long total = 0;
        for (Row k : kinds) {
            total += k.getLong(2);
        }
        long expected = Cleaner.standard().clean(Corpus.pages().get(0).text()).paragraphs().size()
                + Cleaner.standard().clean(Corpus.pages().get(8).text()).paragraphs().size();
        assertEquals(expected, total);
    }
}
