package dev.tamiz.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session ({@code local[2]}) for the tests of this JVM. */
final class LocalSpark {

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("tamiz-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
