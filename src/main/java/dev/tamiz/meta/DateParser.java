package dev.tamiz.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages print, in English and Persian, in the Gregorian and Solar Hijri calendars.
 *
 * <p>Forms understood (Persian and Arabic-Indic digits as well as ASCII; an optional time {@code HH:MM} before or
 * after, with an optional am/pm, and {@code 22h04} as well as {@code 22:04}):
 * <ul>
 *   <li>Solar Hijri numeric, year 1300 to 1499: {@code 1401/4/6}, {@code 1401-04-06}, {@code ۱۴۰۱/۰۴/۰۶};</li>
 *   <li>Solar Hijri with a month name, Iranian, Dari or Pashto, day or year first: {@code 6 تیر 1401},
 *       {@code ۶ تیر ۱۴۰۱}, {@code ۲ قوس ۱۴۰۵}, {@code ۱۴۰۵ لیندۍ ۲};</li>
 *   <li>Gregorian numeric with the year first: {@code 2021-10-07}, {@code 2021/10/07}, {@code 2021-10-07T10:30};</li>
 *   <li>Gregorian with an English month name or abbreviation: {@code Oct 7, 2021}, {@code October 7 2021},
 *       {@code 7 October 2021}, {@code 7 Oct. 2021};</li>
 *   <li>Gregorian with a Persian month name: {@code ۷ اکتبر ۲۰۲۱};</li>
 *   <li>Gregorian day-month-year with a month name in German, French, Spanish, Italian, Portuguese, Dutch, Turkish,
 *       Polish, Russian, Ukrainian, Urdu or Arabic: {@code 27. Juli 2017}, {@code 21 de abril de 2022},
 *       {@code 3 listopada 2021}, {@code 5 تموز 2020};</li>
 *   <li>Gregorian with dots, day first (the European order; with dots the year-last form is never month-first):
 *       {@code 23.06.2016}, {@code 1. 2. 2020}.</li>
 * </ul>
 * Solar Hijri dates are converted with the arithmetic of ICU's {@code PersianCalendar} (checked against it in the
 * tests). Ambiguous day/month orders
 * ({@code 07/10/2021}) are not guessed. Immutable and thread-safe.
 */
public final class DateParser {

    private static final String TIME = "(?:(?:\\s*(?:[-–|,،]|at|ساعت|a las|à|às|um|alle|om|saat|в|الساعة)?\\s*)"
            + "(\\d{1,2})[:h](\\d{2})(?::\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";
    private static final Pattern SOLAR_NUMERIC = Pattern.compile(
            "(?<![\\d/])(1[34]\\d\\d)\\s*([/\\-.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d/])" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GREG_NUMERIC = Pattern.compile(
            "(?<![\\d/])((?:19|20)\\d\\d)([/\\-.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])(?:[T ](\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final String EN_MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern EN_MDY = Pattern.compile(
            "\\b" + EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_DMY = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + ",?\\s+((?:19|20)\\d\\d)\\b" + TIME,
            Pattern.CASE_INSENSITIVE);
    /** Month names of other languages (nominative and, where dates use it, genitive), for day-month-year dates. */
    private static final String[][] OTHER_MONTHS = {
        // German
        {"januar", "jänner", "jan"}, {"februar", "feber", "feb"}, {"märz", "mär", "maerz"}, {"april", "apr"},
        {"mai"}, {"juni", "jun"}, {"juli", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
        {"oktober", "okt"}, {"november", "nov"}, {"dezember", "dez"},
        // French
        {"janvier", "janv"}, {"février", "fevrier", "févr"}, {"mars"}, {"avril", "avr"}, {}, {"juin"},
        {"juillet", "juil"}, {"août", "aout"}, {"septembre"}, {"octobre", "oct"}, {"novembre"}, {"décembre", "déc"},
        // Spanish
        {"enero", "ene"}, {"febrero"}, {"marzo", "mar"}, {"abril", "abr"}, {"mayo"}, {"junio"}, {"julio"},
        {"agosto", "ago"}, {"septiembre", "setiembre"}, {"octubre"}, {"noviembre"}, {"diciembre", "dic"},
        // Italian
        {"gennaio", "gen"}, {"febbraio"}, {}, {"aprile"}, {"maggio", "mag"}, {"giugno", "giu"}, {"luglio", "lug"},
        {}, {"settembre", "set"}, {"ottobre", "ott"}, {}, {"dicembre"},
        // Portuguese
        {"janeiro"}, {"fevereiro", "fev"}, {"março"}, {}, {"maio"}, {"junho"}, {"julho"}, {}, {"setembro"},
        {"outubro", "out"}, {"novembro"}, {"dezembro"},
        // Dutch
        {"januari"}, {"februari"}, {"maart", "mrt"}, {}, {"mei"}, {}, {}, {"augustus"}, {}, {}, {}, {"december"},
        // Turkish
        {"ocak"}, {"şubat"}, {"mart"}, {"nisan"}, {"mayıs"}, {"haziran"}, {"temmuz"}, {"ağustos"}, {"eylül"},
        {"ekim"}, {"kasım"}, {"aralık"},
        // Polish (genitive)
        {"stycznia"}, {"lutego"}, {"marca"}, {"kwietnia"}, {"maja"}, {"czerwca"}, {"lipca"}, {"sierpnia"},
        {"września"}, {"października"}, {"listopada"}, {"grudnia"},
        // Russian (genitive)
        {"января"}, {"февраля"}, {"марта"}, {"апреля"}, {"мая"}, {"июня"}, {"июля"}, {"августа"}, {"сентября"},
        {"октября"}, {"ноября"}, {"декабря"},
        // Ukrainian (genitive)
        {"січня"}, {"лютого"}, {"березня"}, {"квітня"}, {"травня"}, {"червня"}, {"липня"}, {"серпня"},
        {"вересня"}, {"жовтня"}, {"листопада"}, {"грудня"},
        // Urdu (and the Afghan Dari and Pashto spellings of the Gregorian months)
        {"جنوری"}, {"فروری", "فبروری"}, {"مارچ"}, {"اپریل"}, {"مئی"}, {"جون"}, {"جولائی", "جولای"}, {"اگست"},
        {"ستمبر", "سپتمبر"}, {"اکتوبر"}, {"نومبر"}, {"دسمبر"},
        // Arabic (Egyptian and Gulf usage, then Levantine and Iraqi)
        {"يناير"}, {"فبراير"}, {"مارس"}, {"أبريل", "ابريل", "إبريل"}, {"مايو"}, {"يونيو", "يونيه"},
        {"يوليو", "يوليه"}, {"أغسطس", "اغسطس"}, {"سبتمبر"}, {"أكتوبر", "اكتوبر"}, {"نوفمبر"}, {"ديسمبر"},
        {"كانون الثاني"}, {"شباط"}, {"آذار"}, {"نيسان"}, {"أيار"}, {"حزيران"}, {"تموز"}, {"آب"}, {"أيلول"},
        {"تشرين الأول"}, {"تشرين الثاني"}, {"كانون الأول"},
    };
    private static final Map<String, Integer> OTHER_MONTH = new HashMap<>();
    private static final Pattern OTHER_DMY;
    private static final Pattern DOTTED_DMY = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)(?![\\d.]\\d)" + TIME);
    /** Solar Hijri month names: Iranian, then Dari (Afghan, the zodiac names) and Pashto, longest first. */
    private static final String[][] SOLAR_MONTHS = {
        {"فروردین", "حمل", "وری"}, {"اردیبهشت", "ثور", "غویی", "غوایی"}, {"خرداد", "جوزا", "جوزاء", "غبرگولی"},
        {"تیر", "سرطان", "چنگاښ"}, {"مرداد", "اسد", "زمری"}, {"شهریور", "سنبله", "وږی"}, {"مهر", "میزان", "تله"},
        {"آبان", "عقرب", "لړم"}, {"آذر", "قوس", "لیندۍ", "لیندی"}, {"دی", "جدی", "مرغومی", "مرغومې"},
        {"بهمن", "دلو", "سلواغه"}, {"اسفند", "حوت", "کب"},
    };
    private static final String FA_SOLAR_MONTHS;
    private static final Pattern FA_SOLAR;
    /** Year first, as Afghan pages often print it: {@code ۱۴۰۵ لیندۍ ۲}, {@code 1405 قوس 2}. */
    private static final Pattern FA_SOLAR_YMD;
    private static final String FA_GREG_MONTHS = "(ژانویه|ژانویهٔ|فوریه|مارس|آوریل|آپریل|مه|می|ژوئن|ژوئیه|جولای|اوت|آگوست|سپتامبر|اکتبر|نوامبر|دسامبر)";
    private static final Pattern FA_GREG = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*" + FA_GREG_MONTHS + "\\s*((?:19|20)\\d\\d)(?!\\d)" + TIME);

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Julian day of 1 Farvardin 1 AP. */
    private static final long PERSIAN_EPOCH = 1_948_320L;
    /** Julian day of 1970-01-01. */
    private static final long JULIAN_DAY_1970 = 2_440_588L;

    static {
        StringBuilder alt = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < OTHER_MONTHS.length; i++) {
            for (String name : OTHER_MONTHS[i]) {
                String m = name.replace('ي', 'ی').replace('ك', 'ک'); // as find() folds the text
                OTHER_MONTH.put(m, i % 12 + 1);
                names.add(m);
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String m : names) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(m));
        }
        // 27. Juli 2017, 27 juillet 2017, 21 de abril de 2022, 3 mayıs 2021, 5 تموز 2020
        OTHER_DMY = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º|er)?\\s+(?:de\\s+)?(" + alt
                + ")\\.?,?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)(?!\\d)" + TIME,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String[] en = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < en.length; i++) {
            MONTHS.put(en[i], i + 1);
        }
        List<String> solarNames = new ArrayList<>();
        for (int i = 0; i < SOLAR_MONTHS.length; i++) {
            for (String m : SOLAR_MONTHS[i]) {
                MONTHS.put(m, i + 1);
                solarNames.add(m);
            }
        }
        solarNames.sort(Comparator.comparingInt(String::length).reversed());
        FA_SOLAR_MONTHS = "(" + String.join("|", solarNames) + ")";
        FA_SOLAR = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:ام\\s+)?" + FA_SOLAR_MONTHS
                + "(?:\\s*ماه)?\\s*(?:سال\\s*)?(1[34]\\d\\d)(?!\\d)" + TIME);
        FA_SOLAR_YMD = Pattern.compile("(?<!\\d)(1[34]\\d\\d)\\s*(?:ل\\s*)?" + FA_SOLAR_MONTHS
                + "\\s*(\\d{1,2})(?!\\d)" + TIME);
        String[][] faGreg = {{"ژانویه", "ژانویهٔ"}, {"فوریه"}, {"مارس"}, {"آوریل", "آپریل"}, {"مه", "می"}, {"ژوئن"},
                {"ژوئیه", "جولای"}, {"اوت", "آگوست"}, {"سپتامبر"}, {"اکتبر"}, {"نوامبر"}, {"دسامبر"}};
        for (int i = 0; i < faGreg.length; i++) {
            for (String m : faGreg[i]) {
                MONTHS.put("g:" + m, i + 1);
            }
        }
    }

    private DateParser() {
    }

    /** The first date in {@code text}, if any. Offsets refer to {@code text}. */
    public static Optional<ParsedDate> find(String text) {
        if (!hasDigit(text)) {
            return Optional.empty(); // every form has a year or a day in digits
        }
        String t = asciiDigits(text).replace('ي', 'ی').replace('ك', 'ک');
        // every form has a year of four digits: Solar Hijri 13xx/14xx or Gregorian 19xx/20xx; most texts with
        // digits have neither, and skip the patterns
        boolean solar = false;
        boolean gregorian = false;
        for (int i = 0, run = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run == 4) {
                char a = t.charAt(i - 4);
                char b = t.charAt(i - 3);
                solar |= a == '1' && (b == '3' || b == '4');
                gregorian |= (a == '1' && b == '9') || (a == '2' && b == '0');
            }
            run = 0;
        }
        if (!solar && !gregorian) {
            return Optional.empty();
        }
        ParsedDate best = null;
        for (int form = 0; form < 7; form++) {
            if (form < 2 ? !solar : !gregorian) {
                continue;
            }
            ParsedDate d = switch (form) {
                case 0 -> solarNumeric(t, text);
                case 1 -> faSolar(t, text);
                case 2 -> gregNumeric(t, text);
                case 3 -> enNamed(t, text);
                case 4 -> otherNamed(t, text);
                case 5 -> dotted(t, text);
                default -> faGreg(t, text);
            };
            if (d != null && (best == null || d.start() < best.start())) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= '9' ? c >= '0' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Converts a Solar Hijri date to the Gregorian {@code yyyy-MM-dd}; empty when the date does not exist.
     */
    public static Optional<String> solarToGregorian(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || (month > 6 && day > 30)
                || (month == 12 && day == 30 && !isSolarLeapYear(year))) {
            return Optional.empty();
        }
        // The arithmetic Solar Hijri calendar, as ICU's PersianCalendar computes it (33-year cycles), without
        // loading ICU's calendar data on the hot path; SolarHijriTest checks it against PersianCalendar day by day.
        long monthStart = PERSIAN_EPOCH - 1 + 365L * (year - 1) + Math.floorDiv(8L * year + 21, 33)
                + (month <= 7 ? 31L * (month - 1) : 30L * (month - 1) + 6);
        long julianDay = monthStart + day;
        LocalDate g = LocalDate.ofEpochDay(julianDay - JULIAN_DAY_1970);
        return Optional.of(g.toString());
    }

    /** True when Esfand has 30 days in {@code year} (Solar Hijri, arithmetic 33-year cycle). */
    public static boolean isSolarLeapYear(int year) {
        return Math.floorMod(25L * year + 11, 33) < 8;
    }

    private static ParsedDate solarNumeric(String t, String orig) {
        Matcher m = SOLAR_NUMERIC.matcher(t);
        while (m.find()) {
            Optional<String> g = solarToGregorian(num(m.group(1)), num(m.group(3)), num(m.group(4)));
            if (g.isPresent()) {
                return make(g.get(), m, 5, orig, "persian");
            }
        }
        return null;
    }

    private static ParsedDate faSolar(String t, String orig) {
        Matcher m = FA_SOLAR.matcher(t);
        while (m.find()) {
            Optional<String> g = solarToGregorian(num(m.group(3)), MONTHS.get(m.group(2)), num(m.group(1)));
            if (g.isPresent()) {
                return make(g.get(), m, 4, orig, "persian");
            }
        }
        m = FA_SOLAR_YMD.matcher(t);
        while (m.find()) {
            Optional<String> g = solarToGregorian(num(m.group(1)), MONTHS.get(m.group(2)), num(m.group(3)));
            if (g.isPresent()) {
                return make(g.get(), m, 4, orig, "persian");
            }
        }
        return null;
    }

    private static ParsedDate gregNumeric(String t, String orig) {
        Matcher m = GREG_NUMERIC.matcher(t);
        while (m.find()) {
            String iso = gregorian(num(m.group(1)), num(m.group(3)), num(m.group(4)));
            if (iso != null) {
                String time = m.group(5) == null ? "" : String.format(Locale.ROOT, "T%02d:%s", num(m.group(5)), m.group(6));
                return new ParsedDate(iso + time, orig.substring(m.start(), m.end()).strip(), "gregorian",
                        m.start(), m.end());
            }
        }
        return null;
    }

    private static ParsedDate enNamed(String t, String orig) {
        ParsedDate best = null;
        for (Pattern p : new Pattern[] {EN_MDY, EN_DMY}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                boolean mdy = p == EN_MDY;
                String mon = (mdy ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT).substring(0, 3);
                int day = num(mdy ? m.group(2) : m.group(1));
                String iso = gregorian(num(m.group(3)), MONTHS.get(mon), day);
                if (iso != null) {
                    ParsedDate d = make(iso, m, 4, orig, "gregorian");
                    if (best == null || d.start() < best.start()) {
                        best = d;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static ParsedDate otherNamed(String t, String orig) {
        return firstGregorian(OTHER_DMY, t, orig,
                m -> gregorian(num(m.group(3)), OTHER_MONTH.get(m.group(2).toLowerCase(Locale.ROOT)), num(m.group(1))));
    }

    private static ParsedDate dotted(String t, String orig) {
        return firstGregorian(DOTTED_DMY, t, orig, m -> gregorian(num(m.group(3)), num(m.group(2)), num(m.group(1))));
    }

    /**
     * The first match of {@code p} (groups 1-3 the date, 4-6 the time) that {@code iso} turns into a day that
     * exists.
     */
    private static ParsedDate firstGregorian(Pattern p, String t, String orig,
            java.util.function.Function<Matcher, String> iso) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            String day = iso.apply(m);
            if (day != null) {
                return make(day, m, 4, orig, "gregorian");
            }
        }
        return null;
    }

    private static ParsedDate faGreg(String t, String orig) {
        return firstGregorian(FA_GREG, t, orig,
                m -> gregorian(num(m.group(3)), MONTHS.get("g:" + m.group(2)), num(m.group(1))));
    }

    private static ParsedDate make(String isoDate, Matcher m, int timeGroup, String orig, String calendar) {
        String iso = isoDate;
        if (m.group(timeGroup) != null) {
            int h = num(m.group(timeGroup));
            int min = num(m.group(timeGroup + 1));
            String ampm = m.group(timeGroup + 2);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                if (h == 12) {
                    h = pm ? 12 : 0;
                } else if (pm) {
                    h += 12;
                }
            }
            if (h < 24 && min < 60) {
                iso += String.format(Locale.ROOT, "T%02d:%02d", h, min);
            }
        }
        return new ParsedDate(iso, orig.substring(m.start(), m.end()).strip(), calendar, m.start(), m.end());
    }

    private static String gregorian(int y, Integer mo, int d) {
        if (mo == null || mo < 1 || mo > 12 || d < 1) {
            return null;
        }
        int len = java.time.YearMonth.of(y, mo).lengthOfMonth();
        if (d > len) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    /** Persian and Arabic-Indic digits to ASCII, one char for one char (offsets are kept). */
    static String asciiDigits(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= '۰' && c[i] <= '۹') {
                c[i] = (char) ('0' + (c[i] - '۰'));
            } else if (c[i] >= '٠' && c[i] <= '٩') {
                c[i] = (char) ('0' + (c[i] - '٠'));
            }
        }
        return new String(c);
    }
}
