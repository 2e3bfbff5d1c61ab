package dev.tamiz.normalize;

import java.util.Arrays;
import java.util.Objects;

/**
 * Normalises the script and punctuation of one paragraph of Persian, English or mixed text.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()} or take {@link #standard()}. It never throws on
 * a string (lone surrogates, NULs, binary-looking text) and runs in time linear in the input. Normalising twice
 * gives the same text as normalising once.
 *
 * <p>The rules, in the order they apply (each family is a class of this package whose javadoc lists exactly the
 * code points it changes; {@code docs/normalisation.md} has the full table with examples):
 * <ol>
 *   <li>{@link Mojibake} repair (fix);</li>
 *   <li>the character pass ({@code CharPass}): {@link UnicodeHygiene} (fix), {@link PersianLetters} in Persian text
 *       (fix), the ZWNJ clean-up of {@link ZwnjRules} (fix), {@link DiacriticRemoval} (style);</li>
 *   <li>the token pass ({@code TokenPass}): {@link Spacing} (fix), ZWNJ insertion for می/نمی and ها/تر/ترین
 *       (fix), {@link PersianPunctuation} (fix), {@link Homoglyphs} (fix), {@link StyleRules} (style), all around
 *       the {@link ProtectedSpans} (URLs, emails, HTML, mentions, hashtags, file names, numbers, versions, mixed
 *       tokens), which they never touch;</li>
 *   <li>when the token pass made a token that {@link Mojibake} repairs (its spacing rules remove and add spaces),
 *       that repair and the steps above again, at most three more times.</li>
 * </ol>
 * Persian text is the whole paragraph when its language is {@code fa}, none of it for the other Arabic-script
 * languages, and decided per script run otherwise ({@link ScriptRuns}).
 */
public final class Normalizer {

    private static final Normalizer STANDARD = builder().build();

    /** Buffers reused by the calls of one thread (not kept when a text is larger than this). */
    private static final int SCRATCH_MAX = 1 << 20;
    private static final ThreadLocal<TextBuffer[]> SCRATCH = ThreadLocal.withInitial(() -> new TextBuffer[] {
        new TextBuffer(4096, false), new TextBuffer(4096, false), new TextBuffer(4096, false)});

    private final Profile profile;
    private final Settings settings;
    private final CharPass charPass;
    private final TokenPass tokenPass;

    private Normalizer(Builder b) {
        this.profile = b.profile;
        this.settings = new Settings(b.persianLetters, b.zwnj, b.spacing, b.persianPunctuation, b.homoglyphs,
                b.mojibake, b.digits, b.latinQuotes, b.persianQuotes, b.ezafe, b.removeDiacritics, b.ellipsis,
                b.dashes, b.collapseRepeatedMarks, b.persianPercent, b.persianDecimal);
        this.charPass = new CharPass(b.persianLetters, b.removeDiacritics, b.mojibake);
        this.tokenPass = new TokenPass(settings);
    }

    /** The normaliser with every default: the {@link Profile#CORPUS} profile. */
    public static Normalizer standard() {
        return STANDARD;
    }

    /** A builder starting from the {@link Profile#CORPUS} defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The profile this normaliser was built from (switches set on the builder may differ from it). */
    public Profile profile() {
        return profile;
    }

    /**
     * Normalises one paragraph.
     *
     * @param text the paragraph; any string
     * @param lang the paragraph's BCP 47 language tag, or {@code null} (or {@code und}) to decide per script run
     * @return the normalised text; {@code text} itself when nothing changes
     */
    public String normalize(String text, String lang) {
        Objects.requireNonNull(text, "text");
        Normalized n = run(text, lang, false, 0);
        return n == null ? text : n.text();
    }

    /**
     * Normalises one paragraph and keeps the map from positions of the result back to positions of {@code text}.
     *
     * @param text the paragraph; any string
     * @param lang the paragraph's BCP 47 language tag, or {@code null} to decide per script run
     */
    public Normalized normalizeMapped(String text, String lang) {
        Objects.requireNonNull(text, "text");
        Normalized n = run(text, lang, true, 0);
        if (n == null) {
            int[] id = new int[text.length() + 1];
            for (int i = 0; i < id.length; i++) {
                id[i] = i;
            }
            return new Normalized(text, id, false);
        }
        return n;
    }

    /** Normalisations run again after a mojibake repair of the result, at most (each repair shortens the text). */
    private static final int MAX_ROUNDS = 3;

    /** The result, or null when the text does not change; {@code round} counts the runs after a repair of a result. */
    private Normalized run(String text, String lang, boolean mapped, int round) {
        int inputLength = text.length();
        TextBuffer[] scratch = inputLength <= SCRATCH_MAX ? SCRATCH.get() : null;
        int[] toInput = null; // map of the current buffer to the input, when mapped and not the identity
        boolean changed = false;
        char[] in;
        int n = inputLength;
        if (scratch != null) {
            TextBuffer s0 = scratch[0];
            s0.length = 0;
            s0.ensure(n + 16);
            in = s0.chars;
            text.getChars(0, n, in, 0);
        } else {
            in = text.toCharArray();
        }
        char[] original = in;
        ScriptRuns.Mode mode = settings.persianLetters || settings.zwnj || settings.persianPunctuation
                || settings.digits != DigitStyle.KEEP ? ScriptRuns.mode(lang) : ScriptRuns.Mode.NOT_PERSIAN;
        int[] persian;
        TextBuffer a;
        CharPass.Result ra;
        boolean nfcDone = false;
        boolean repaired = false;
        while (true) {
            persian = ScriptRuns.persianRanges(in, n, mode, !settings.removeDiacritics);
            a = scratch != null ? scratch[1].reset(mapped) : new TextBuffer(n + 16, mapped);
            ra = charPass.run(in, n, a, persian, nfcDone);
            if (ra.needNfc) {
                TextBuffer nfc = NfcPass.run(in, n, mapped);
                changed = true;
                if (mapped) {
                    toInput = nfc.composedMap(toInput, inputLength);
                }
                in = nfc.chars;
                n = nfc.length;
                nfcDone = true;
                continue;
            }
            if (ra.mojibake && !repaired && settings.mojibake) {
                // the char pass saw a possible mojibake sequence: repair, then run it again
                repaired = true;
                TextBuffer fixed = Mojibake.repair(new String(in, 0, n), mapped);
                if (fixed != null) {
                    changed = true;
                    if (mapped) {
                        toInput = fixed.composedMap(toInput, inputLength);
                    }
                    in = fixed.chars;
                    n = fixed.length;
                    nfcDone = false;
                    continue;
                }
            }
            break;
        }
        changed |= ra.changed;
        if (mapped) {
            toInput = a.composedMap(toInput, inputLength);
        }
        if (ra.nfcAfter) {
            // a mark now follows what a removed or expanded char stood before: compose again
            a = NfcPass.run(a.chars, a.length, mapped);
            if (mapped) {
                toInput = a.composedMap(toInput, inputLength);
            }
        }
        if (settings.mojibake && ra.dirtyAt >= 0 && Mojibake.suspect(a.chars, a.length)) {
            // removing invisibles brought a mojibake sequence together: repair it and run the char pass again
            TextBuffer fixed = Mojibake.repair(a.toString(), mapped);
            if (fixed != null) {
                if (mapped) {
                    toInput = fixed.composedMap(toInput, inputLength);
                }
                in = fixed.chars;
                n = fixed.length;
                persian = ScriptRuns.persianRanges(in, n, mode, !settings.removeDiacritics);
                TextBuffer nfc = NfcPass.run(in, n, mapped);
                if (mapped) {
                    toInput = nfc.composedMap(toInput, inputLength);
                }
                a = new TextBuffer(nfc.length + 16, mapped);
                persian = ScriptRuns.persianRanges(nfc.chars, nfc.length, mode, !settings.removeDiacritics);
                ra = charPass.run(nfc.chars, nfc.length, a, persian, true);
                if (mapped) {
                    toInput = a.composedMap(toInput, inputLength);
                }
                if (ra.nfcAfter) {
                    a = NfcPass.run(a.chars, a.length, mapped);
                    if (mapped) {
                        toInput = a.composedMap(toInput, inputLength);
                    }
                }
            }
        }
        TextBuffer b = scratch != null ? scratch[2].reset(mapped) : new TextBuffer(a.length + 16, mapped);
        b.ensure(a.length + 16);
        boolean rb = tokenPass.run(a.chars, a.length, b, ra.persianOut, lang);
        changed |= rb;
        if (b.length == inputLength && Arrays.equals(b.chars, 0, inputLength, original, 0, inputLength)) {
            shrink(scratch);
            return null;
        }
        String out = b.toString();
        int[] outToInput = mapped ? b.composedMap(toInput, inputLength) : null;
        boolean again = settings.mojibake && (ra.strong || ra.nfcAfter) && round < MAX_ROUNDS
                && Mojibake.suspect(b.chars, b.length);
        shrink(scratch);
        if (again) {
            // the token pass can put the chars of a mojibake sequence into one token (the space before punctuation
            // removed) or cut a token that could not be repaired into one that can (a space after a mark): repair
            // the result and normalise it again, so that normalising it once more finds nothing to repair
            TextBuffer fixed = Mojibake.repair(out, mapped);
            if (fixed != null) {
                String fixedText = fixed.toString();
                int[] fixedToInput = mapped ? fixed.composedMap(outToInput, inputLength) : null;
                Normalized next = run(fixedText, lang, mapped, round + 1); // reuses the scratch buffers
                if (next == null) {
                    out = fixedText;
                    outToInput = fixedToInput;
                } else {
                    out = next.text();
                    outToInput = mapped ? composed(next, fixedToInput, inputLength) : null;
                }
            }
        }
        return new Normalized(out, outToInput, false);
    }

    /** The map of {@code n} (to positions of a text) composed with {@code previous} (that text's map to the input). */
    private static int[] composed(Normalized n, int[] previous, int inputLength) {
        int len = n.text().length();
        int[] out = new int[len + 1];
        int floor = 0;
        for (int i = 0; i < len; i++) {
            int p = n.toInput(i);
            int v = Math.min(p < previous.length ? previous[p] : inputLength, inputLength);
            if (v < floor) {
                v = floor;
            }
            out[i] = v;
            floor = v;
        }
        out[len] = inputLength;
        return out;
    }

    /** Drops scratch buffers that grew past {@link #SCRATCH_MAX}, so that one huge text does not stay cached. */
    private static void shrink(TextBuffer[] scratch) {
        if (scratch == null) {
            return;
        }
        for (int k = 0; k < scratch.length; k++) {
            if (scratch[k].chars.length > SCRATCH_MAX + 64) {
                scratch[k] = new TextBuffer(4096, false);
            }
        }
    }

    /** Builds {@link Normalizer}s: a profile sets every style switch; single switches can then be changed. */
    public static final class Builder {
        private Profile profile = Profile.CORPUS;
        private boolean persianLetters = true;
        private boolean zwnj = true;
        private boolean spacing = true;
        private boolean persianPunctuation = true;
        private boolean homoglyphs = true;
        private boolean mojibake = true;
        private DigitStyle digits;
        private QuoteStyle latinQuotes;
        private boolean persianQuotes;
        private EzafeStyle ezafe;
        private boolean removeDiacritics;
        private EllipsisStyle ellipsis;
        private DashStyle dashes;
        private boolean collapseRepeatedMarks;
        private boolean persianPercent;
        private boolean persianDecimal;

        private Builder() {
            profile(Profile.CORPUS);
        }

        /** Selects a profile and resets every style switch to its value in that profile. */
        public Builder profile(Profile p) {
            this.profile = Objects.requireNonNull(p, "profile");
            switch (p) {
                case TYPOGRAPHIC:
                    digits = DigitStyle.PERSIAN;
                    latinQuotes = QuoteStyle.TYPOGRAPHIC;
                    persianQuotes = true;
                    ezafe = EzafeStyle.HEH_HAMZA;
                    removeDiacritics = false;
                    ellipsis = EllipsisStyle.CHARACTER;
                    dashes = DashStyle.TYPOGRAPHIC;
                    collapseRepeatedMarks = true;
                    persianPercent = true;
                    persianDecimal = true;
                    break;
                case SEARCH:
                    digits = DigitStyle.LATIN;
                    latinQuotes = QuoteStyle.ASCII;
                    persianQuotes = false;
                    ezafe = EzafeStyle.KEEP;
                    removeDiacritics = true;
                    ellipsis = EllipsisStyle.DOTS;
                    dashes = DashStyle.ASCII;
                    collapseRepeatedMarks = true;
                    persianPercent = false;
                    persianDecimal = false;
                    break;
                default:
                    digits = DigitStyle.KEEP;
                    latinQuotes = QuoteStyle.KEEP;
                    persianQuotes = false;
                    ezafe = EzafeStyle.KEEP;
                    removeDiacritics = false;
                    ellipsis = EllipsisStyle.KEEP;
                    dashes = DashStyle.KEEP;
                    collapseRepeatedMarks = false;
                    persianPercent = false;
                    persianDecimal = false;
            }
            return this;
        }

        /** Fix: Persian yeh, keheh and digits in Persian text. On by default. */
        public Builder persianLetters(boolean on) {
            this.persianLetters = on;
            return this;
        }

        /** Fix: ZWNJ insertion for the prefixes می/نمی and the suffixes ها/تر/ترین in Persian text. On by default. */
        public Builder zwnj(boolean on) {
            this.zwnj = on;
            return this;
        }

        /** Fix: spacing and punctuation artifacts of extraction. On by default. */
        public Builder spacing(boolean on) {
            this.spacing = on;
            return this;
        }

        /** Fix: {@code , ; ?} → {@code ، ؛ ؟} inside Persian sentences. On by default. */
        public Builder persianPunctuation(boolean on) {
            this.persianPunctuation = on;
            return this;
        }

        /** Fix: Cyrillic and Greek look-alikes in Latin words, Turkish İ outside Turkish. On by default. */
        public Builder homoglyphs(boolean on) {
            this.homoglyphs = on;
            return this;
        }

        /** Fix: UTF-8 decoded as Windows-1252/Latin-1 or Windows-1256, when unambiguous. On by default. */
        public Builder mojibake(boolean on) {
            this.mojibake = on;
            return this;
        }

        /** Style: digits. */
        public Builder digits(DigitStyle style) {
            this.digits = Objects.requireNonNull(style);
            return this;
        }

        /** Style: quotes and apostrophes in Latin-script text. */
        public Builder latinQuotes(QuoteStyle style) {
            this.latinQuotes = Objects.requireNonNull(style);
            return this;
        }

        /** Style: {@code "…"} → «…» in Persian text. */
        public Builder persianQuotes(boolean on) {
            this.persianQuotes = on;
            return this;
        }

        /** Style: the ezafe after heh. */
        public Builder ezafe(EzafeStyle style) {
            this.ezafe = Objects.requireNonNull(style);
            return this;
        }

        /** Style: remove Arabic harakat and Latin diacritics. */
        public Builder removeDiacritics(boolean on) {
            this.removeDiacritics = on;
            return this;
        }

        /** Style: the ellipsis. */
        public Builder ellipsis(EllipsisStyle style) {
            this.ellipsis = Objects.requireNonNull(style);
            return this;
        }

        /** Style: dashes. */
        public Builder dashes(DashStyle style) {
            this.dashes = Objects.requireNonNull(style);
            return this;
        }

        /** Style: runs of {@code !}, {@code ?}, ؟ to one. */
        public Builder collapseRepeatedMarks(boolean on) {
            this.collapseRepeatedMarks = on;
            return this;
        }

        /** Style: {@code %} → ٪ after a digit in Persian text. */
        public Builder persianPercent(boolean on) {
            this.persianPercent = on;
            return this;
        }

        /** Style: {@code .} → ٫ between Persian digits. */
        public Builder persianDecimal(boolean on) {
            this.persianDecimal = on;
            return this;
        }

        /** The normaliser. */
        public Normalizer build() {
            return new Normalizer(this);
        }
    }
}
