package dev.tamiz.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

/**
 * Site templates: short blocks that recur on many pages of one host (a site's slogan, its menu line, its "follow
 * us" line) that the cleaner, which sees one page at a time, keeps. The job learns them in a first pass over the
 * cleaned pages and removes them in a second, as removals with reason {@code site-template} and rule
 * {@code spark.site-template}.
 *
 * <p>This is implemented here, on top of the {@link dev.tamiz.Cleaner}'s output, until the core library's
 * boilerplate package has a template learner of its own. The first pass is a hook ({@link Learner}): it gets one
 * row per page, {@code (host string, blocks array<string>)}, the {@link #key(String) keys} of the page's kept
 * paragraphs of at most {@link Settings#maxChars()} chars, each once; it returns {@code (host string, block
 * string)}, the template blocks of each host. The default learner, {@link #countLearner()}, takes a block as
 * template when at least {@link Settings#minPages()} pages of its host, and at least {@link Settings#minShare()}
 * of them, have it.
 *
 * <p>The second pass drops every kept paragraph whose key is a template block of its page's host, re-numbers the
 * paragraphs, adds the removals (their text is the block as it stood in the input) in input order, and works out
 * the page's language, languages, title and text again from the paragraphs left, the way the cleaner does. The
 * remaining paragraphs keep the kinds the cleaner gave them with the template blocks still there.
 */
public final class SiteTemplates {

    /** The reason of a site-template removal. */
    public static final String REASON = "site-template";
    /** The rule of a site-template removal. */
    public static final String RULE = "spark.site-template";

    private SiteTemplates() {
    }

    /**
     * What makes a block a template.
     *
     * @param minPages at least this many pages of the host have the block
     * @param minShare and at least this share of the host's pages, in [0, 1]
     * @param maxChars only paragraphs of at most this many chars are candidates
     */
    public record Settings(int minPages, double minShare, int maxChars) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** 5 pages, half the host's pages, 200 chars. */
        public static final Settings DEFAULT = new Settings(5, 0.5, 200);

        public Settings {
            if (minPages < 1 || minShare < 0 || minShare > 1 || maxChars < 1) {
                throw new IllegalArgumentException("bad template settings: " + minPages + ", " + minShare + ", "
                        + maxChars);
            }
        }
    }

    /** The first pass: learns each host's template blocks from its pages' candidate blocks. */
    @FunctionalInterface
    public interface Learner extends Serializable {
        /**
         * @param pages    {@code (host string, blocks array<string>)}, one row per page with a host
         * @param settings the settings the job was given
         * @return {@code (host string, block string)} and any further columns (kept in the job's templates output)
         */
        Dataset<Row> learn(Dataset<Row> pages, Settings settings);
    }

    /**
     * The default first pass: counts, per host, the pages that have each block. Returns {@code (host, block,
     * pages, host_pages)}.
     */
    public static Learner countLearner() {
        return SiteTemplates::countPages;
    }

    private static Dataset<Row> countPages(Dataset<Row> pages, Settings s) {
        Dataset<Row> hostPages = pages.groupBy("host").agg(count(lit(1)).as("host_pages"));
        Dataset<Row> blockPages = pages.select(col("host"), explode(col("blocks")).as("block"))
                .groupBy("host", "block").agg(count(lit(1)).as("pages"))
                .where(col("pages").geq(s.minPages()));
        return blockPages.join(hostPages, "host")
                .where(col("pages").geq(col("host_pages").multiply(s.minShare())))
                .select("host", "block", "pages", "host_pages");
    }

    /**
     * The key a paragraph is matched by: its text lower-cased, with runs of white space as one space. Paragraph
     * texts are already normalised by the cleaner.
     */
    public static String key(String text) {
        return text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /**
     * The first pass over the output of {@link CleanPartition} (run with {@code forTemplates}): the templates of
     * each host, as {@code learner} returns them.
     */
    static Dataset<Row> learn(Dataset<Row> cleaned, Learner learner, Settings s) {
        Dataset<Row> pages = cleaned.where(col("host").isNotNull().and(col("error").isNull()))
                .select(col("host"), col("_template_keys").as("blocks"));
        return learner.learn(pages, s);
    }

    /** The second pass: {@code cleaned} without its hosts' template blocks, as {@link TamizSchema#ROWS} rows. */
    static Dataset<Row> apply(Dataset<Row> cleaned, Dataset<Row> templates) {
        // aliases and a renamed key: the templates come from the same cleaned pages (a self-join)
        Dataset<Row> perHost = templates.groupBy(col("host").as("_template_host"))
                .agg(collect_set(col("block")).as("_template"));
        Dataset<Row> joined = cleaned.as("page").join(perHost,
                col("page.host").equalTo(col("_template_host")), "left_outer");
        List<Column> cols = new ArrayList<>();
        for (String f : TamizSchema.OUTPUT.fieldNames()) {
            cols.add(col("page." + f));
        }
        cols.add(col("page._raw"));
        cols.add(col("_template"));
        return joined.select(cols.toArray(new Column[0]))
                .mapPartitions(new TemplateFilter(), Encoders.row(TamizSchema.ROWS));
    }

    /** The columns {@link CleanPartition} adds for this pass. */
    static StructType withTemplateColumns(StructType output) {
        return output.add("_raw", DataTypes.StringType, true)
                .add("_template_keys", DataTypes.createArrayType(DataTypes.StringType, false), true);
    }
}
