package dev.tamiz.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.util.Arrays;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;

/**
 * The cleaning job: reads pages from JSONL or Parquet, cleans each partition with one {@link dev.tamiz.Cleaner}
 * ({@link CleanPartition}), removes site templates learned per host ({@link SiteTemplates}), and writes one row
 * per page ({@link TamizSchema#OUTPUT}) as Parquet or JSONL.
 *
 * <pre>
 * spark-submit --class dev.tamiz.spark.CleanJob tamiz-spark-0.1.0-SNAPSHOT-all.jar \
 *     --input pages.jsonl --output cleaned.parquet
 * </pre>
 */
public final class CleanJob {

    private CleanJob() {
    }

    public static void main(String[] args) {
        JobOptions o;
        try {
            o = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tamiz-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("tamiz-clean");
        if (o.master != null) {
            b = b.master(o.master);
        }
        SparkSession spark = b.getOrCreate();
        try {
            run(spark, o);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on a session: reads, cleans, writes. */
    public static void run(SparkSession spark, JobOptions o) {
        Dataset<Row> pages = read(spark, o);
        Cleaned c = clean(pages, o, SiteTemplates.countLearner(), true);
        try {
            if (c.templates() != null && o.templatesOut != null) {
                mode(c.templates().write(), o).parquet(o.templatesOut);
            }
            DataFrameWriter<Row> w = mode(c.documents().write(), o);
            if (o.outputFormat.equals("jsonl")) {
                w.json(o.output);
            } else {
                w.parquet(o.output);
            }
        } finally {
            c.release();
        }
    }

    /**
     * Reads the job's input. JSONL is read with the schema of the columns the job uses, all strings (a number or
     * an object in such a field is read as its JSON text), which spares Spark a pass over the whole input to
     * infer one; the other fields are not read.
     */
    public static Dataset<Row> read(SparkSession spark, JobOptions o) {
        if (o.inputFormat().equals("parquet")) {
            return spark.read().parquet(o.input);
        }
        StructType schema = new StructType();
        for (String c : new String[] {o.textCol, o.idCol, o.urlCol, o.hostCol}) {
            if (c != null && !Arrays.asList(schema.fieldNames()).contains(c)) {
                schema = schema.add(c, DataTypes.StringType, true);
            }
        }
        return spark.read().schema(schema).json(o.input);
    }

    /**
     * The cleaned pages and the learned templates.
     *
     * @param documents one {@link TamizSchema#OUTPUT} row per page
     * @param templates what the first pass learned, or null without templates
     * @param cached    the persisted first-pass output, or null
     */
    public record Cleaned(Dataset<Row> documents, Dataset<Row> templates, Dataset<Row> cached) {
        /** Frees the persisted first pass: call after the last action on {@link #documents()}. */
        public void release() {
            if (cached != null) {
                cached.unpersist();
            }
        }
    }

    /**
     * Cleans pages (lazily).
     *
     * @param pages   rows with the columns named in {@code o} (text required; id, URL, host optional)
     * @param learner the site templates' first pass
     * @param persist whether the cleaned pages are persisted (memory, then disk) between the template passes;
     *                without, the second pass cleans them again
     */
    public static Cleaned clean(Dataset<Row> pages, JobOptions o, SiteTemplates.Learner learner, boolean persist) {
        StructType in = pages.schema();
        if (!Arrays.asList(in.fieldNames()).contains(o.textCol)) {
            throw new IllegalArgumentException("no text column '" + o.textCol + "' in " + in.simpleString());
        }
        Column url = column(in, o.urlCol);
        Column host = o.hostCol != null ? column(in, o.hostCol) : null;
        Dataset<Row> selected = pages.select(column(in, o.idCol).as("id"), url.as("url"),
                (host != null ? host : lit(null).cast("string")).as("host"),
                col(o.textCol).cast("string").as("text"));
        if (o.partitions > 0) {
            selected = selected.repartition(o.partitions);
        }
        CleanerSpec spec = CleanerSpec.of(o.preset, o.normalize, o.rules);
        if (!o.templates) {
            Dataset<Row> docs = selected.mapPartitions(new CleanPartition(spec, host == null, false, 0),
                    Encoders.row(TamizSchema.ROWS));
            return new Cleaned(withMetadataMap(docs), null, null);
        }
        Dataset<Row> cleaned = selected.mapPartitions(
                new CleanPartition(spec, host == null, true, o.templateSettings.maxChars()),
                Encoders.row(SiteTemplates.withTemplateColumns(TamizSchema.ROWS)));
        if (persist) {
            cleaned = cleaned.persist(StorageLevel.MEMORY_AND_DISK());
        }
        Dataset<Row> templates = SiteTemplates.learn(cleaned, learner, o.templateSettings);
        Dataset<Row> docs = SiteTemplates.apply(cleaned, templates);
        return new Cleaned(withMetadataMap(docs), templates, persist ? cleaned : null);
    }

    /** {@link TamizSchema#ROWS} as {@link TamizSchema#OUTPUT}. */
    private static Dataset<Row> withMetadataMap(Dataset<Row> rows) {
        return rows.withColumn("metadata", map_from_entries(col("metadata")));
    }

    /** The column named {@code name} as a string, or a null string when there is none. */
    private static Column column(StructType in, String name) {
        if (name != null && Arrays.asList(in.fieldNames()).contains(name)) {
            return col(name).cast("string");
        }
        return lit(null).cast("string");
    }

    private static DataFrameWriter<Row> mode(DataFrameWriter<Row> w, JobOptions o) {
        return w.mode(o.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    }
}
