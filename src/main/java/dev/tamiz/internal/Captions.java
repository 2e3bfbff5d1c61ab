package dev.tamiz.internal;

import java.util.regex.Pattern;

/**
 * Photo captions and credits: a block that opens with a photo or image label and a separator ({@code Photo:},
 * {@code Foto: dpa}, {@code Bild: Stefan Müller}, {@code (crédito: ...)}, {@code Kuva: ...}, {@code fot. ...}, a credit {@code © Reuters},
 * {@code Photograph by}, {@code Abbildung 4:}, {@code Fig. 2 —}, {@code عکس:}, {@code صورة:}), in English, German, French, Spanish, Portuguese, Italian,
 * Finnish, Polish, Turkish, Russian, Persian and Arabic. The structure analyser gives such blocks the kind
 * {@code caption}; the boilerplate classifier keeps them next to the main text and never takes one for the title.
 */
public final class Captions {

    private static final Pattern LABEL = Pattern.compile(
            "^[(\\[]?\\s*(?:(?:photo|photos|photograph|photo credit|file photo|image|images|picture|pictured"
                    + "|illustration|credit|credits|foto|fotos|fotografía|fotografia|bild|bilder|bildquelle|abbildung"
                    + "|crédit|crédit photo|crédito|créditos|imagen|imagem|immagine|kuva|zdjęcie|fotoğraf|görsel"
                    + "|фото|снимок|عکس|تصویر|تصاویر|منبع عکس|عکاس|صورة|الصورة|تصوير"
                    + "|figure|fig\\.|abb\\.)(?:\\s*[0-9]+(?:\\.[0-9]+)*[a-z]?)?(?:\\s*by\\b|\\s*[:：|]|\\s+[—–-]|[—–-]\\s)"
                    + "|fot\\.\\s|©\\s*\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Captions() {
    }

    /** The chars one of which a label's separator or credit sign needs within the first {@link #SCREEN} chars. */
    private static final String SIGNS = ":：|—–-©.";
    private static final int SCREEN = 40;
    /** The first letters of the labels (lower case), and the credit sign. */
    private static final String FIRST = "picfbakzgфсعتمصا©";

    /** True when {@code text} (stripped) opens with a photo or image label. */
    public static boolean isCaption(String text) {
        // most blocks open with another letter or have no separator near their start: they are turned away
        // without a matcher
        int f = text.isEmpty() ? 0 : (text.charAt(0) == '(' || text.charAt(0) == '[') && text.length() > 1 ? 1 : 0;
        if (text.isEmpty() || FIRST.indexOf(Character.toLowerCase(text.charAt(f))) < 0
                && !Character.isWhitespace(text.charAt(f))) {
            return false;
        }
        int n = Math.min(text.length(), SCREEN);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (SIGNS.indexOf(c) >= 0 || ((c == 'b' || c == 'B') && i + 1 < n
                    && (text.charAt(i + 1) == 'y' || text.charAt(i + 1) == 'Y'))) {
                return LABEL.matcher(text).lookingAt();
            }
        }
        return false;
    }
}
