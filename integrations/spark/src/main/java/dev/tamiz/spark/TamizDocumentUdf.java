package dev.tamiz.spark;

import dev.tamiz.Cleaner;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/** The SQL function {@code tamiz_document(text)}: see {@link TamizFunctions}. */
public final class TamizDocumentUdf implements UDF1<String, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(String text) {
        return text == null ? null : TamizSchema.documentRow(Cleaner.standard().clean(text));
    }
}
