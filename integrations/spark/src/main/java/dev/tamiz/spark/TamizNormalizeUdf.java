package dev.tamiz.spark;

import dev.tamiz.lang.LanguageDetectors;
import dev.tamiz.normalize.Normalizer;
import org.apache.spark.sql.api.java.UDF1;

/** The SQL function {@code tamiz_normalize(text)}: see {@link TamizFunctions}. */
public final class TamizNormalizeUdf implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.standard().normalize(text, LanguageDetectors.standard().detect(text).tag());
    }
}
