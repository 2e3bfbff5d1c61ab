package dev.tamiz.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Words that set Dari (Afghan Persian) apart from Iranian Persian, with weights: positive for Afghan usage
 * (ولسوالی, پوهنتون, موتر, داکتر, جنوری, the Afghan solar month names ...), negative for Iranian usage (استان,
 * دانشگاه, خودرو, ژانویه, فروردین ...). Keyed by the folded word's hash in an open-addressing table.
 *
 * <p>Resource {@code dari.txt}: one {@code word<TAB>weight} a line, {@code #} comments.
 */
final class DariLexicon {

    /** Summed weight from which a Persian text is called Dari. */
    static final double THRESHOLD = 1.5;

    private final int[] keys;
    private final float[] weights;
    private final int mask;

    private DariLexicon(int[] keys, float[] weights) {
        this.keys = keys;
        this.weights = weights;
        this.mask = keys.length - 1;
    }

    static DariLexicon load(InputStream in) throws IOException {
        int[] keys = new int[1 << 12];
        float[] weights = new float[keys.length];
        boolean[] used = new boolean[keys.length];
        char[] w = new char[Features.MAX_WORD + 2];
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int count = 0;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.isEmpty() || line.charAt(0) == '#' || tab < 0) {
                    continue;
                }
                String word = line.substring(0, tab).trim();
                float weight = Float.parseFloat(line.substring(tab + 1).trim());
                int[] hash = {0};
                int[] n = {0};
                Features.words(word, 0, word.length(), w, (sc, s, e, ww, m) -> {
                    hash[0] = Features.wordHash(ww, m);
                    n[0]++;
                });
                if (n[0] != 1 || ++count > keys.length / 2) {
                    continue; // single words only
                }
                int i = hash[0] & (keys.length - 1);
                while (used[i] && keys[i] != hash[0]) {
                    i = (i + 1) & (keys.length - 1);
                }
                used[i] = true;
                keys[i] = hash[0];
                weights[i] = weight;
            }
        }
        // empty slots: weight 0, key may collide harmlessly only with weight 0
        return new DariLexicon(keys, weights);
    }

    static DariLexicon empty() {
        return new DariLexicon(new int[1], new float[1]);
    }

    double weight(int wordHash) {
        int i = wordHash & mask;
        for (int probe = 0; probe <= mask; probe++) {
            float wt = weights[i];
            if (keys[i] == wordHash) {
                return wt;
            }
            if (wt == 0f && keys[i] == 0) {
                return 0;
            }
            i = (i + 1) & mask;
        }
        return 0;
    }
}
