package dev.tamiz.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@link CleanJob}: {@code --input PATH --output PATH [options]}. See {@link #USAGE}.
 */
public final class JobOptions {

    public static final String USAGE = String.join("\n",
            "usage: CleanJob --input PATH --output PATH [options]",
            "  --input PATH            pages: JSONL (one object a line, .gz too) or Parquet; files, dirs or globs",
            "  --input-format F        jsonl or parquet (default: parquet for a path ending in .parquet, else jsonl)",
            "  --output PATH           where to write the cleaned pages (a directory)",
            "  --output-format F       parquet (default) or jsonl",
            "  --text-col NAME         the column with the page's text (default: text)",
            "  --id-col NAME           the column with the page's id, copied as id (default: id; absent: null)",
            "  --url-col NAME          the column with the page's URL, copied as url (default: url; absent: null)",
            "  --host-col NAME         the column with the page's host (default: the URL's host)",
            "  --preset P              news (default) or keep-all",
            "  --rules FILE            an extra rule file (repeatable)",
            "  --no-normalize          keep kept text as in the input",
            "  --no-templates          skip the site-template passes",
            "  --template-min-pages N  a template block is on at least N pages of its host (default 5)",
            "  --template-min-share X  and on at least this share of them (default 0.5)",
            "  --template-max-chars N  only paragraphs of at most N chars can be template (default 200)",
            "  --templates-out PATH    also write the learned templates (host, block, pages, host_pages) as Parquet",
            "  --partitions N          repartition the pages into N partitions before cleaning",
            "  --overwrite             replace the output if it exists",
            "  --master URL            Spark master, for running without spark-submit (e.g. local[*])");

    public String input;
    public String inputFormat;
    public String output;
    public String outputFormat = "parquet";
    public String textCol = "text";
    public String idCol = "id";
    public String urlCol = "url";
    public String hostCol;
    public String preset = "news";
    public final List<Path> rules = new ArrayList<>();
    public boolean normalize = true;
    public boolean templates = true;
    public SiteTemplates.Settings templateSettings = SiteTemplates.Settings.DEFAULT;
    public String templatesOut;
    public int partitions;
    public boolean overwrite;
    public String master;

    /** Parses the job's arguments; throws {@link IllegalArgumentException} with the problem. */
    public static JobOptions parse(String... args) {
        JobOptions o = new JobOptions();
        int minPages = o.templateSettings.minPages();
        double minShare = o.templateSettings.minShare();
        int maxChars = o.templateSettings.maxChars();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> o.input = value(args, ++i, a);
                case "--input-format" -> o.inputFormat = format(value(args, ++i, a), a, "jsonl", "parquet");
                case "--output" -> o.output = value(args, ++i, a);
                case "--output-format" -> o.outputFormat = format(value(args, ++i, a), a, "parquet", "jsonl");
                case "--text-col" -> o.textCol = value(args, ++i, a);
                case "--id-col" -> o.idCol = value(args, ++i, a);
                case "--url-col" -> o.urlCol = value(args, ++i, a);
                case "--host-col" -> o.hostCol = value(args, ++i, a);
                case "--preset" -> o.preset = value(args, ++i, a);
                case "--rules" -> o.rules.add(Path.of(value(args, ++i, a)));
                case "--no-normalize" -> o.normalize = false;
                case "--no-templates" -> o.templates = false;
                case "--template-min-pages" -> minPages = integer(value(args, ++i, a), a);
                case "--template-min-share" -> minShare = number(value(args, ++i, a), a);
                case "--template-max-chars" -> maxChars = integer(value(args, ++i, a), a);
                case "--templates-out" -> o.templatesOut = value(args, ++i, a);
                case "--partitions" -> o.partitions = integer(value(args, ++i, a), a);
                case "--overwrite" -> o.overwrite = true;
                case "--master" -> o.master = value(args, ++i, a);
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        if (o.input == null || o.output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        o.templateSettings = new SiteTemplates.Settings(minPages, minShare, maxChars);
        CleanerSpec.of(o.preset, o.normalize, List.of()); // checks the preset's name
        return o;
    }

    /** The input's format: as given, else from the path. */
    public String inputFormat() {
        if (inputFormat != null) {
            return inputFormat;
        }
        return input.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet") ? "parquet" : "jsonl";
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String format(String v, String option, String... allowed) {
        String f = v.toLowerCase(Locale.ROOT);
        if (f.equals("json")) {
            f = "jsonl";
        }
        for (String a : allowed) {
            if (a.equals(f)) {
                return f;
            }
        }
        throw new IllegalArgumentException(option + ": " + v + " (one of " + String.join(", ", allowed) + ")");
    }

    private static int integer(String v, String option) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a whole number: " + v);
        }
    }

    private static double number(String v, String option) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a number: " + v);
        }
    }
}
