package dev.tamiz.spark;

import dev.tamiz.Cleaner;
import org.apache.spark.sql.api.java.UDF1;

/** The SQL function {@code tamiz_clean(text)}: see {@link TamizFunctions}. */
public final class TamizCleanUdf implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String text) {
        return text == null ? null : Cleaner.standard().clean(text).text();
    }
}
