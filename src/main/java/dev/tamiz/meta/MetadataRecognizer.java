package dev.tamiz.meta;

import dev.tamiz.internal.TextFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines of a page that carry metadata rather than text, and reads their values.
 *
 * <p>A block is a metadata line when it is one of:
 * <ul>
 *   <li>labelled fields only: {@code <label>: <value>} pairs, possibly several on one line and glued together
 *       ({@code کد خبر: 322596تاریخ: 1401/4/6 19:41}), with labels from {@code meta/labels.txt}; a date value must
 *       parse, a news id must be a short code of digits and letters;</li>
 *   <li>a date alone: at most twelve words, of which up to three dates (see {@link DateParser}) and the words around
 *       them that name a weekday or say "published", "updated" (in the languages of the date forms) make up the
 *       line;</li>
 *   <li>a byline: {@code By First Last} (one to five capitalised names, optionally joined by "and"), a
 *       correspondent credit ({@code Own. corr. NAME}, {@code Staff reporter}) or a wire credit
 *       ({@code (Reporting by ...)}); or a credit in another language, with a role, a date or a handle after the
 *       names ({@code Por Elda Cantú}, {@code Posted by A. Writer, Software Engineer}, see {@link Bylines});</li>
 *   <li>a dateline strip: parts cut by {@code ·}, {@code |}, {@code —} that are dates, bylines, reading times and
 *       tag labels ({@code Published 21 November 2019 · Tagged with WebAssembly});</li>
 *   <li>a section label near the top of the page: {@code International Desk}, {@code سرویس سیاسی}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class MetadataRecognizer {

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[Bb]y|[Ww]ritten by|[Rr]eported by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|van|von|al|bin))"
                    + "{0,6})$");
    private static final Pattern CORRESPONDENT = Pattern.compile(
            "^(?:own\\.?\\s*corr(?:espondent)?\\.?|staff (?:writer|reporter|correspondent)|special correspondent"
                    + "|our correspondent)(?:\\s+[\\p{L}.'’-]+){0,4}\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "^\\(?\\s*(?:reporting|writing|editing|additional reporting) by\\b.{0,160}\\)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESK = Pattern.compile("^(?:\\p{Lu}[\\p{L}&'-]*\\s+){0,3}(?:Desk|Newsroom)$");
    private static final Pattern FA_SECTION = Pattern.compile(
            "^(?:سرویس|گروه|بخش|اخبار)\\s+(?:خبری\\s+)?(?:سیاسی|اقتصادی|اجتماعی|فرهنگی|ورزشی|بین[\\s\\u200c]?الملل|علمی|فناوری|"
                    + "استان[\\s\\u200c]?ها|حوادث|جامعه|دانشگاه|بین[\\s\\u200c]?الملل[\\s\\u200c]?و[\\s\\u200c]?سیاست|"
                    + "فرهنگ و هنر|هنری|سلامت|اقتصاد|سیاست|جهان|ایران|افغانستان)$");
    /** Words that may stand beside a date on a date line, folded as keys are (so Arabic ي ة أ match). */
    private static final Set<String> DATE_WORDS = Set.copyOf(List.of( // a list: languages share words
            "published", "updated", "posted", "on", "at", "last",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "cet", "cest", "est", "edt", "pst", "pdt", "bst", "msk", "eet", "eest", "wet", "pkt", "aft", "hora",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "gmt", "utc", "ist", "irst", "ast",
            "شنبه", "یکشنبه", "دوشنبه", "سه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "ساعت", "تاریخ", "انتشار",
            "منتشر", "شده", "در", "به", "روز", "رسانی", "ه", "ش", "هجری", "شمسی", "میلادی", "بروزرسانی",
            // German, French, Spanish, Italian, Portuguese, Dutch, Turkish, Polish, Russian, Arabic
            "veröffentlicht", "aktualisiert", "zuletzt", "am", "um", "uhr", "stand", "erstellt",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "publié", "publiée", "le", "mis", "à", "jour", "modifié", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche",
            "publicado", "publicada", "actualizado", "actualizada", "el", "a", "las", "h", "hs", "de", "del",
            "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
            "pubblicato", "aggiornato", "il", "alle", "ore", "atualizado", "em", "às",
            "gepubliceerd", "bijgewerkt", "op", "om",
            "yayınlanma", "yayınlandı", "güncelleme", "güncellendi", "tarihi", "saat",
            "opublikowano", "aktualizacja", "zaktualizowano", "dnia", "o", "godz",
            "опубликовано", "обновлено", "в", "г",
            "نشر", "في", "بتاريخ", "تاريخ", "النشر", "آخر", "تحديث", "الساعة", "الأحد", "الاثنين", "الإثنين",
            "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم", "م", "هـ"))
            .stream().map(TextFold::key).filter(k -> !k.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** A time left beside a date once the date is read: {@code 12h03} (the key keeps it one word), {@code 12 03}. */
    private static final Pattern TIME_WORD = Pattern.compile("[0-9]{1,2}(h[0-9]{2})?");
    private static final int TOP_ZONE = 8;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<String[]> labels;
    private final java.util.Set<String> labelSet;
    private final Pattern labelPattern;

    /** A recognizer with the built-in labels. */
    public MetadataRecognizer() {
        this.labels = loadLabels();
        this.labelSet = labels.stream().map(l -> l[1]).collect(java.util.stream.Collectors.toUnmodifiableSet());
        StringBuilder alt = new StringBuilder();
        List<String[]> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingInt((String[] l) -> -l[1].length()));
        for (String[] l : sorted) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(l[1]));
        }
        // a label starts the key or follows a space or a digit (labels glued to the previous value)
        this.labelPattern = Pattern.compile("(?:^|(?<=[ 0-9]))(" + alt + ") ?: ?");
    }

    /**
     * Recognises one block.
     *
     * @param text     the block's text
     * @param position the block's index among the page's blocks
     * @param count    the number of blocks in the page
     * @return the fields, when the block is a metadata line
     */
    public Optional<MetadataLine> recognize(String text, int position, int count) {
        if (text.length() > 600 || (indexOfColon(text) < 0 && moreRoughWords(text, 40))) {
            return Optional.empty(); // the cheap screen, before any copy
        }
        String t = TextFold.hygienic(text);
        if (t.isEmpty() || t.length() > 300) {
            return Optional.empty();
        }
        // cheap screens first: labels open the line and end in a colon; the other forms are short
        int colon = indexOfColon(t);
        boolean maybeLabelled = colon > 0 && colon <= 40;
        if (!maybeLabelled && moreRoughWords(t, t.startsWith("(") ? 40 : 12)) {
            return Optional.empty();
        }
        Optional<MetadataLine> labelled = maybeLabelled && isLabel(lightFold(t.substring(0, colon)).strip())
                ? labelled(t) : Optional.empty();
        if (labelled.isPresent()) {
            return labelled;
        }
        Optional<MetadataLine> date = dateOnly(t);
        if (date.isPresent()) {
            return date;
        }
        if (BYLINE.matcher(t).matches() || CORRESPONDENT.matcher(t).matches() || WIRE_CREDIT.matcher(t).matches()) {
            return Optional.of(new MetadataLine("metadata:byline", Map.of("byline", t)));
        }
        Optional<Map<String, String>> credit = Bylines.byline(t);
        if (credit.isEmpty() && hasSeparator(t)) {
            credit = Bylines.strip(t, this::dateOnly);
        }
        if (credit.isPresent()) {
            Map<String, String> fields = credit.get();
            String reason = fields.containsKey("byline") && fields.containsKey("date") ? "metadata:byline+date"
                    : fields.containsKey("byline") ? "metadata:byline" : "metadata:date";
            return Optional.of(new MetadataLine(reason, fields));
        }
        if (position < TOP_ZONE && (DESK.matcher(t).matches() || FA_SECTION.matcher(t.replace('ي', 'ی')).matches())) {
            return Optional.of(new MetadataLine("metadata:section", Map.of("section", t)));
        }
        return Optional.empty();
    }

    private boolean isLabel(String foldedPrefix) {
        return labelSet.contains(foldedPrefix);
    }

    private static int indexOfColon(String t) {
        for (int i = 0; i < t.length() && i <= 41; i++) {
            char c = t.charAt(i);
            if (c == ':' || c == '：') {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasSeparator(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '·' || c == '|' || c == '•' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code t} has more than {@code limit} words (a word starts after each run of spaces). */
    private static boolean moreRoughWords(String t, int limit) {
        int n = 1;
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) == ' ' && t.charAt(i - 1) != ' ' && ++n > limit) {
                return true;
            }
        }
        return false;
    }

    private Optional<MetadataLine> labelled(String t) {
        // the key keeps digits and letters; colons are lost, so match labels on a lightly folded form instead
        String folded = lightFold(t);
        Matcher m = labelPattern.matcher(folded);
        List<int[]> hits = new ArrayList<>();
        while (m.find()) {
            hits.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        if (hits.isEmpty() || !folded.substring(0, hits.get(0)[0]).isBlank()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < hits.size(); k++) {
            int[] h = hits.get(k);
            if (h[2] == h[1]) {
                return Optional.empty(); // no colon after the label
            }
            if (h[2] < t.length() && h[2] == h[1] + 1 && Character.isLowerCase(t.charAt(h[2]))) {
                return Optional.empty(); // a word with a colon inside: Autor:innen
            }
            String label = folded.substring(h[0], h[1]);
            String field = fieldOf(label);
            int valueEnd = k + 1 < hits.size() ? hits.get(k + 1)[0] : t.length();
            String value = t.substring(h[2], valueEnd).strip().replaceAll("[|،,;\\-–—]+$", "").strip();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            switch (field) {
                case "date" -> {
                    Optional<ParsedDate> d = DateParser.find(value);
                    if (d.isEmpty()) {
                        return Optional.empty();
                    }
                    fields.putIfAbsent("date", d.get().iso());
                    fields.putIfAbsent("date_original", d.get().original());
                }
                case "news_id" -> {
                    String id = DateParser.asciiDigits(value);
                    if (!id.matches("[A-Za-z0-9\\-_/]{1,24}")) {
                        return Optional.empty();
                    }
                    fields.putIfAbsent("news_id", id);
                }
                case "time" -> {
                    if (!DateParser.asciiDigits(value).matches("\\d{1,2}:\\d{2}(:\\d{2})?.{0,6}")) {
                        return Optional.empty();
                    }
                    fields.putIfAbsent("time", DateParser.asciiDigits(value));
                }
                default -> {
                    if (value.length() > 80 || TextFold.words(TextFold.key(value)) > 8) {
                        return Optional.empty();
                    }
                    fields.putIfAbsent(field, value);
                }
            }
            if (!names.contains(field)) {
                names.add(field);
            }
        }
        if (fields.containsKey("time") && fields.containsKey("date") && !fields.get("date").contains("T")) {
            fields.put("date", fields.get("date") + "T" + String.format(java.util.Locale.ROOT, "%5.5s",
                    fields.get("time")).strip());
        }
        return Optional.of(new MetadataLine("metadata:" + String.join("+", names), fields));
    }

    private Optional<MetadataLine> dateOnly(String t) {
        if (!hasDigit(t)) {
            return Optional.empty(); // every date form has digits (DateParser.find)
        }
        if (moreRoughWords(t, 24)) {
            return Optional.empty(); // far too long for twelve words, whatever the key makes of its punctuation
        }
        Optional<ParsedDate> d = DateParser.find(t); // before the key: it screens most texts out by their digits
        if (d.isEmpty()) {
            return Optional.empty();
        }
        int words = TextFold.words(TextFold.key(t));
        if (words == 0 || words > 12) {
            return Optional.empty();
        }
        String rest = t.substring(0, d.get().start()) + " " + t.substring(d.get().end());
        for (int k = 0; k < 2; k++) { // the same date printed twice, or published and updated
            Optional<ParsedDate> more = DateParser.find(rest);
            if (more.isEmpty()) {
                break;
            }
            rest = rest.substring(0, more.get().start()) + " " + rest.substring(more.get().end());
        }
        for (String w : TextFold.key(rest).split(" ")) {
            if (!w.isEmpty() && !DATE_WORDS.contains(w) && !TIME_WORD.matcher(w).matches()) {
                return Optional.empty();
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("date", d.get().iso());
        fields.put("date_original", d.get().original());
        return Optional.of(new MetadataLine("metadata:date", fields));
    }

    private String fieldOf(String foldedLabel) {
        for (String[] l : labels) {
            if (l[1].equals(foldedLabel)) {
                return l[0];
            }
        }
        return "other";
    }

    /** Case, Arabic letter variants, ZWNJ and other format characters folded, one char for one char, so offsets still refer to the text. */
    private static String lightFold(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x80 || (c >= '\u0621' && c <= '\u064A') || (c >= '\u067E' && c <= '\u06D3' && c != '\u06DD')) {
                // ASCII, and the Arabic-script letters: no format or control chars among them
                sb.append(c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\u007F' || c < ' ' ? ' ' : c)
                        : (char) TextFold.foldArabic(c));
                continue;
            }
            int type = Character.getType(c);
            if (c == '\u00A0' || type == Character.FORMAT || type == Character.CONTROL || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                c = ' '; // ZWNJ, bidi marks, controls, lone surrogates: what normalisation removes is no part of a label
            } else if (c >= '۰' && c <= '۹') {
                c = (char) ('0' + (c - '۰'));
            } else if (c == '：') {
                c = ':';
            } else {
                c = (char) TextFold.foldArabic(Character.toLowerCase(c));
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static List<String[]> loadLabels() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = MetadataRecognizer.class.getResourceAsStream("/dev/tamiz/meta/labels.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /dev/tamiz/meta/labels.txt");
            }
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = br.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] f = SPACES.split(s, 2);
                out.add(new String[] {f[0], lightFold(f[1].strip())});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
