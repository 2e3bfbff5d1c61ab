package dev.tamiz.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionsTest {

    @Test
    void photoLabelsInManyLanguagesOpenACaption() {
        for (String t : List.of("Photo: Reuters", "Photograph by Jane Doe", "Foto: GdP/Hagen Immel",
                "Bild: Stefan Müller", "(crédito: Minervino Júnior/CB)", "Kuva: Alexander Becher", "fot. Jan Nowak",
                "Imagen: archivo", "Crédit photo : AFP", "عکس: ایرنا", "صورة: أرشيف", "Фото: ТАСС",
                "Abbildung 4: klassische Schwachschicht.", "Fig. 2 — the test rig", "Photo - AP", "© Stefan Wermuth")) {
            assertTrue(Captions.isCaption(t), t);
        }
    }

    @Test
    void wordsThatOnlyStartLikeALabelDoNot() {
        for (String t : List.of("Photography is my hobby.", "Bilder einer Ausstellung", "Fotos von gestern sind da",
                "Images of the war shocked the world.", "Credit Suisse shares fell", "Bildung: ein Überblick",
                "Fotografen streiken", "Bild-Zeitung berichtet über den Fall", "Photo-realistic rendering is here", "©2021")) {
            assertFalse(Captions.isCaption(t), t);
        }
    }
}
