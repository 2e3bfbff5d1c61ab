package dev.tamiz.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Tamiz as SQL functions, for notebook and SQL users. {@link #register(SparkSession)} registers:
 * <ul>
 *   <li>{@code tamiz_clean(text)}: the cleaned text, a string: the kept paragraphs, normalised, separated by
 *       blank lines ({@link dev.tamiz.Document#text()}); empty when nothing is kept;</li>
 *   <li>{@code tamiz_document(text)}: the whole cleaned document, a struct of {@link TamizSchema#DOCUMENT}
 *       (language, languages, title, date, metadata, text, paragraphs, removed): the job's columns;</li>
 *   <li>{@code tamiz_language(text)}: the BCP 47 tag of the text's language ({@code fa}, {@code en}, ...;
 *       {@code und} when undetermined), detected on the text as given;</li>
 *   <li>{@code tamiz_normalize(text)}: the text normalised by its detected language, as the cleaner normalises a
 *       kept paragraph.</li>
 * </ul>
 * Each returns null for a null input. They use {@link dev.tamiz.Cleaner#standard()}, built once per executor JVM.
 */
public final class TamizFunctions {

    private TamizFunctions() {
    }

    /** Registers the functions on the session. */
    public static void register(SparkSession spark) {
        spark.udf().register("tamiz_clean", new TamizCleanUdf(), DataTypes.StringType);
        spark.udf().register("tamiz_document", new TamizDocumentUdf(), TamizSchema.DOCUMENT);
        spark.udf().register("tamiz_language", new TamizLanguageUdf(), DataTypes.StringType);
        spark.udf().register("tamiz_normalize", new TamizNormalizeUdf(), DataTypes.StringType);
    }
}
