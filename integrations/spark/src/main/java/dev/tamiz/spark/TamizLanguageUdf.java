package dev.tamiz.spark;

import dev.tamiz.lang.LanguageDetectors;
import org.apache.spark.sql.api.java.UDF1;

/** The SQL function {@code tamiz_language(text)}: see {@link TamizFunctions}. */
public final class TamizLanguageUdf implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String text) {
        return text == null ? null : LanguageDetectors.standard().detect(text).tag();
    }
}
