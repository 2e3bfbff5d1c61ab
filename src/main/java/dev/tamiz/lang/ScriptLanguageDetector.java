package dev.tamiz.lang;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A first, evidence-based detector: the dominant script by ICU's script property, then, inside the Arabic and
 * Latin scripts, the letters and function words that set the region's languages apart.
 *
 * <p>What it looks at, in order:
 * <ol>
 *   <li>the letters of the text, counted per ISO 15924 script ({@link UScript#getScript(int)}); digits,
 *       punctuation and symbols carry no weight;</li>
 *   <li>Arabic script: letters that only some languages use (Pashto ټ ډ ړ ږ ښ ګ ڼ ۍ ې; Urdu ٹ ڈ ڑ ں ے;
 *       Persian پ چ ژ گ with ی/ک; Arabic ة ى أ إ and Arabic ي/ك without Persian letters) and Persian
 *       versus Arabic function words;</li>
 *   <li>Latin and Cyrillic script: the share of very frequent function words per language;</li>
 *   <li>other scripts map to the script's main language where there is one (Hebr → he, Deva → hi).</li>
 * </ol>
 * Text with fewer than two letters, or where the evidence is split, is {@code und}.
 */
final class ScriptLanguageDetector implements LanguageDetector {

    static final ScriptLanguageDetector INSTANCE = new ScriptLanguageDetector();

    private static final UnicodeSet PASHTO_ONLY = new UnicodeSet("[ټډړږښګڼۍېځڅ]").freeze();
    private static final UnicodeSet URDU_ONLY = new UnicodeSet("[ٹڈڑںےۓھ]").freeze();
    private static final UnicodeSet PERSIAN_LETTERS = new UnicodeSet("[پچژگیک]").freeze();
    private static final UnicodeSet ARABIC_ONLY = new UnicodeSet("[ةىأإيكؤئ]").freeze();

    private static final Set<String> FA_WORDS = Set.of("و", "در", "به", "از", "که", "این", "با", "را", "است",
            "برای", "آن", "یک", "می", "های", "ها", "تا", "بر", "شد", "کرد", "خود", "هم", "نیز", "شده", "باید",
            "کند", "ما", "من", "او", "چه", "اما", "یا", "هر", "بود", "دارد", "کنم", "توانم", "چگونه", "کردن",
            "طریق", "ارتباط", "باز");
    private static final Set<String> AR_WORDS = Set.of("في", "من", "على", "إلى", "عن", "التي", "الذي", "هذا",
            "هذه", "مع", "كان", "أن", "إن", "ما", "لا", "هو", "هي", "قد", "ذلك", "بين", "كما", "بعد", "عند");
    private static final Set<String> EN_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for",
            "it", "on", "with", "as", "was", "by", "this", "are", "be", "at", "from", "or", "an", "have", "has",
            "not", "his", "their", "which", "will", "you", "your", "we", "they", "he", "she", "been", "were");
    private static final Set<String> DE_WORDS = Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "eine",
            "zu", "den", "mit", "sich", "des", "auf", "für", "im", "dem", "auch", "es", "von", "sie", "wird");
    private static final Set<String> FR_WORDS = Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du",
            "dans", "que", "qui", "pour", "pas", "sur", "au", "avec", "il", "elle", "sont", "ce", "par");
    private static final Set<String> ES_WORDS = Set.of("el", "la", "los", "las", "y", "de", "que", "en", "es",
            "un", "una", "por", "con", "para", "del", "se", "al", "lo", "como", "más", "pero", "su");
    private static final Set<String> TR_WORDS = Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak",
            "çok", "daha", "gibi", "olan", "ama", "ne", "mi", "ben", "sen", "o", "değil", "kadar");
    private static final Set<String> RU_WORDS = Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как",
            "он", "к", "из", "у", "за", "от", "о", "так", "для", "был", "она");
    private static final Set<String> UK_WORDS = Set.of("і", "та", "не", "на", "що", "з", "до", "це", "як",
            "він", "у", "від", "за", "для", "був", "вона", "й", "є");

    @Override
    public LanguageResult detect(CharSequence text) {
        if (text == null || text.length() == 0) {
            return LanguageResult.UNDETERMINED;
        }
        int[] counts = new int[UScript.CODE_LIMIT];
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int sc = UScript.getScript(cp);
                if (sc >= 0 && sc < counts.length) {
                    counts[sc]++;
                    letters++;
                }
            }
        }
        if (letters < 2) {
            return LanguageResult.UNDETERMINED;
        }
        int best = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        String script = UScript.getShortName(best);
        double scriptShare = counts[best] / (double) letters;
        String lower = text.toString().toLowerCase(Locale.ROOT);
        LanguageResult r = switch (best) {
            case UScript.ARABIC -> arabic(lower, script);
            case UScript.LATIN -> byWords(lower, script, new String[] {"en", "de", "fr", "es", "tr"},
                    List.of(EN_WORDS, DE_WORDS, FR_WORDS, ES_WORDS, TR_WORDS), "en");
            case UScript.CYRILLIC -> byWords(lower, script, new String[] {"ru", "uk"},
                    List.of(RU_WORDS, UK_WORDS), "ru");
            case UScript.HEBREW -> new LanguageResult("he", 0.9, script);
            case UScript.DEVANAGARI -> new LanguageResult("hi", 0.8, script);
            case UScript.GREEK -> new LanguageResult("el", 0.9, script);
            case UScript.ARMENIAN -> new LanguageResult("hy", 0.95, script);
            case UScript.GEORGIAN -> new LanguageResult("ka", 0.95, script);
            default -> new LanguageResult("und", 0.0, script);
        };
        if (scriptShare < 1.0 && !r.isUndetermined()) {
            r = new LanguageResult(r.tag(), r.confidence() * (0.5 + 0.5 * scriptShare), script);
        }
        return r;
    }

    private static LanguageResult arabic(String text, String script) {
        int ps = 0, ur = 0, fa = 0, ar = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (PASHTO_ONLY.contains(c)) ps++;
            else if (URDU_ONLY.contains(c)) ur++;
            else if (PERSIAN_LETTERS.contains(c)) fa++;
            else if (ARABIC_ONLY.contains(c)) ar++;
        }
        int faWords = 0, arWords = 0, words = 0;
        for (String w : text.split("[\\s\\p{P}\\u200c]+")) {
            if (w.isEmpty()) continue;
            words++;
            String folded = w.replace('ي', 'ی').replace('ك', 'ک');
            if (FA_WORDS.contains(folded)) faWords++;
            if (AR_WORDS.contains(w)) arWords++;
        }
        if (ps >= 2 || (ps >= 1 && words <= 4)) {
            return new LanguageResult("ps", confidence(ps, fa + ur + ar), script);
        }
        if (ur >= 2 || (ur >= 1 && words <= 4)) {
            return new LanguageResult("ur", confidence(ur, fa + ar), script);
        }
        int faScore = fa + 3 * faWords;
        int arScore = ar + 3 * arWords;
        if (faScore == 0 && arScore == 0) {
            return new LanguageResult("fa", 0.4, script);
        }
        return faScore >= arScore ? new LanguageResult("fa", confidence(faScore, arScore), script)
                : new LanguageResult("ar", confidence(arScore, faScore), script);
    }

    private static LanguageResult byWords(String text, String script, String[] tags, List<Set<String>> lists,
                                          String fallback) {
        int[] hits = new int[tags.length];
        for (String w : text.split("[^\\p{L}\\p{M}]+")) {
            if (w.isEmpty()) continue;
            for (int k = 0; k < tags.length; k++) {
                if (lists.get(k).contains(w)) hits[k]++;
            }
        }
        int best = 0, total = 0;
        for (int k = 0; k < tags.length; k++) {
            total += hits[k];
            if (hits[k] > hits[best]) best = k;
        }
        if (total == 0) {
            return new LanguageResult(fallback, 0.5, script);
        }
        return new LanguageResult(tags[best], confidence(hits[best], total - hits[best]), script);
    }

    private static double confidence(int forIt, int against) {
        double c = (forIt + 1.0) / (forIt + against + 2.0);
        double evidence = 1.0 - Math.exp(-forIt / 2.0);
        return Math.max(0.0, Math.min(0.99, 0.5 + (c - 0.5) * evidence + 0.4 * evidence * c));
    }
}
