/**
 * Tamiz: turns text scraped from web pages into clean, structured paragraphs.
 *
 * <p>Start with {@link dev.tamiz.Tamiz#clean(String)}; build a configured, shareable
 * {@link dev.tamiz.Cleaner} with {@link dev.tamiz.Tamiz#builder()}.
 */
module dev.tamiz {
    requires com.ibm.icu;
    requires org.apache.commons.text;
    requires re2j;
    requires static info.picocli;
    requires static com.fasterxml.jackson.core;
    requires static jwarc;

    exports dev.tamiz;
    exports dev.tamiz.segment;
    exports dev.tamiz.boilerplate;
    exports dev.tamiz.normalize;
    exports dev.tamiz.lang;
    exports dev.tamiz.meta;
    exports dev.tamiz.batch;

    opens dev.tamiz.cli to info.picocli;
}
