package dev.tamiz.normalize;

import com.ibm.icu.text.UnicodeSet;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Normalises the script and punctuation of one paragraph of Persian, English or mixed text.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()} or take {@link #standard()}. What it changes,
 * in order:
 * <ol>
 *   <li>Unicode hygiene: NFC; zero-width space, BOM, soft hyphen, bidi controls and C0/C1 controls removed;
 *       tabs and all Unicode space separators to U+0020; runs of spaces collapsed; the text trimmed.</li>
 *   <li>Persian letters, in Persian text only: Arabic yeh (U+064A, U+0649) to Farsi yeh U+06CC, Arabic kaf
 *       U+0643 to keheh U+06A9; tatweel U+0640 removed.</li>
 *   <li>Punctuation artifacts of extraction: {@code , ,} to {@code ,}; {@code . .} to {@code .} (an ellipsis
 *       {@code ...} is kept); no space before {@code , . ; : ! ?} and {@code ، ؛ ؟}, nor before a closing
 *       quote, nor after an opening one.</li>
 *   <li>Homoglyphs: Turkish dotted capital I (U+0130) in a word that has no other Turkish letter becomes I.</li>
 * </ol>
 */
public final class Normalizer {

    private static final Normalizer STANDARD = builder().build();

    private static final UnicodeSet REMOVED = new UnicodeSet(
            "[\\u200B\\uFEFF\\u00AD\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069[\\p{Cc}-[\\n]]]").freeze();
    private static final UnicodeSet SPACES = new UnicodeSet("[\\p{Zs}\\t]").freeze();
    private static final Pattern REPEATED_COMMA = Pattern.compile("([,،])(\\s*\\1)+");
    private static final Pattern SPACED_PERIOD = Pattern.compile("(?<![.])\\.(\\s+\\.)+(?![.])");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" +(?=[,;:!?،؛؟]|\\.(?!\\.|\\d))");
    private static final Pattern SPACE_BEFORE_CLOSE = Pattern.compile("([,.;:!?،؛؟]) +(?=[”’»])");
    private static final Pattern SPACE_AFTER_OPEN = Pattern.compile("([“‘«]) +");
    private static final Pattern DOTTED_I = Pattern.compile("\\u0130(?=[a-z]+\\b)");
    private static final Pattern TURKISH = Pattern.compile("[şğıçöüŞĞÇÖÜ]");

    private final Profile profile;

    private Normalizer(Builder b) {
        this.profile = b.profile;
    }

    /** The normaliser with every default: the {@link Profile#CORPUS} profile. */
    public static Normalizer standard() {
        return STANDARD;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The profile this normaliser was built with. */
    public Profile profile() {
        return profile;
    }

    /**
     * Normalises one paragraph.
     *
     * @param text the paragraph; never modified
     * @param lang the paragraph's BCP 47 language tag, or {@code null} to decide per script run
     * @return the normalised text
     */
    public String normalize(String text, String lang) {
        Objects.requireNonNull(text, "text");
        String s = com.ibm.icu.text.Normalizer2.getNFCInstance().normalize(text);
        StringBuilder sb = new StringBuilder(s.length());
        boolean persian = lang == null || lang.equals("fa") || lang.equals("prs");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (REMOVED.contains(cp)) {
                continue;
            }
            if (SPACES.contains(cp) || cp == '\n') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                continue;
            }
            if (persian && (cp == 0x064A || cp == 0x0649) && lang != null) {
                cp = 0x06CC;
            } else if (persian && cp == 0x0643 && lang != null) {
                cp = 0x06A9;
            } else if (cp == 0x0640) {
                continue;
            }
            sb.appendCodePoint(cp);
        }
        String out = sb.toString().strip();
        out = REPEATED_COMMA.matcher(out).replaceAll("$1");
        out = SPACED_PERIOD.matcher(out).replaceAll(".");
        out = SPACE_BEFORE_PUNCT.matcher(out).replaceAll("");
        out = SPACE_BEFORE_CLOSE.matcher(out).replaceAll("$1");
        out = SPACE_AFTER_OPEN.matcher(out).replaceAll("$1");
        if (out.indexOf('\u0130') >= 0 && !TURKISH.matcher(out).find()) {
            out = DOTTED_I.matcher(out).replaceAll("I");
        }
        return out;
    }

    /** Builds {@link Normalizer}s. */
    public static final class Builder {
        private Profile profile = Profile.CORPUS;

        private Builder() {
        }

        /** Selects a profile; {@link Profile#CORPUS} by default. */
        public Builder profile(Profile p) {
            this.profile = Objects.requireNonNull(p, "profile");
            return this;
        }

        /** The normaliser. */
        public Normalizer build() {
            return new Normalizer(this);
        }
    }
}
