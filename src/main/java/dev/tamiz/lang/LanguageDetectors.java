package dev.tamiz.lang;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The detectors Tamiz ships.
 *
 * <p>{@link #standard()} is shared and thread-safe; its model (about 1.5 MB compressed) is loaded on first use.
 * {@link #restrictedTo(Collection)} gives a detector that only ever answers one of the given tags (or
 * {@code und}): {@code LanguageDetectors.restrictedTo(Set.of("fa", "en", "ps"))}, the same as
 * {@code LanguageDetectors.standard().restrictedTo(Set.of("fa", "en", "ps"))}.
 */
public final class LanguageDetectors {

    static final String MODEL = "langid.bin";
    static final String DARI = "dari.txt";

    private LanguageDetectors() {
    }

    /** The default detector: script first, then the language within the script. Thread-safe, shared. */
    public static LanguageDetector standard() {
        return Lazy.STANDARD;
    }

    /**
     * A detector restricted to the given BCP 47 tags: text is attributed to the most likely of them, or
     * {@code und} when none of them is written in the text's script. Tags Tamiz does not know are ignored.
     * Thread-safe.
     */
    public static LanguageDetector restrictedTo(Collection<String> tags) {
        return Lazy.STANDARD.restrictedTo(tags);
    }

    /** The tags the standard detector can answer (besides {@code und}). */
    public static Set<String> supportedTags() {
        return Lazy.MODELS.tags();
    }

    /** Holder: the model is read when a detector is first asked for. */
    private static final class Lazy {
        static final NgramLanguageDetector.Models MODELS = load();
        static final NgramLanguageDetector STANDARD = new NgramLanguageDetector(MODELS, null);

        private static NgramLanguageDetector.Models load() {
            List<NgramModel> models = List.of();
            DariLexicon dari = DariLexicon.empty();
            try (InputStream in = LanguageDetectors.class.getResourceAsStream(MODEL)) {
                if (in != null) {
                    models = NgramModel.read(in);
                }
            } catch (IOException | RuntimeException e) {
                models = List.of();
            }
            try (InputStream in = LanguageDetectors.class.getResourceAsStream(DARI)) {
                if (in != null) {
                    dari = DariLexicon.load(in);
                }
            } catch (IOException | RuntimeException e) {
                dari = DariLexicon.empty();
            }
            for (NgramModel m : models) {
                m.penalty = NgramLanguageDetector.penalties(m);
                m.letterMask = NgramLanguageDetector.letterMasks(m);
                m.absence = NgramLanguageDetector.absenceCosts(m);
            }
            return new NgramLanguageDetector.Models(models, dari);
        }
    }
}
