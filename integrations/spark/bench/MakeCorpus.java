import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a synthetic corpus of news pages for measuring the Spark job: each page is a run of consecutive lines of
 * a text file (one paragraph a line; the first is the page's heading) wrapped in a site's furniture (a menu, a
 * slogan, a date line, share and copyright lines), on one of 20 made-up hosts. Writes JSONL {id, url, text}.
 *
 * <pre>java MakeCorpus.java LINES.txt OUT.jsonl PAGES [SEED]</pre>
 *
 * Nothing of the text file is kept in the repository: the corpus is made where it is measured.
 */
public class MakeCorpus {
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java MakeCorpus.java LINES.txt OUT.jsonl PAGES [SEED]");
            System.exit(2);
        }
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        int pages = Integer.parseInt(args[2]);
        Random rnd = new Random(args.length > 3 ? Long.parseLong(args[3]) : 7);
        long chars = 0;
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < pages; i++) {
                int site = rnd.nextInt(20);
                int from = rnd.nextInt(lines.size());
                int n = 4 + rnd.nextInt(13);
                StringBuilder page = new StringBuilder();
                page.append("صفحه اصلی | سیاسی | اقتصادی | ورزشی | فرهنگی | تماس با ما\n\n");
                page.append("پایگاه خبری شماره ").append(site + 1).append("، خبر بی‌طرف\n\n");
                for (int k = 0; k < n; k++) {
                    page.append(lines.get((from + k) % lines.size())).append("\n\n");
                    if (k == 0) {
                        page.append("تاریخ انتشار: ۱۴۰۲/").append(1 + rnd.nextInt(12)).append('/')
                                .append(1 + rnd.nextInt(28)).append("\n\n");
                    }
                }
                page.append("اشتراک‌گذاری در تلگرام\nکلیه حقوق این سایت محفوظ است.\n");
                chars += page.length();
                w.write("{\"id\":\"p" + i + "\",\"url\":\"https://site" + (site + 1) + ".example.ir/news/" + i
                        + "\",\"text\":" + json(page.toString()) + "}\n");
            }
        }
        System.err.printf("%d pages, %.0f chars a page on average%n", pages, (double) chars / pages);
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
