package fr.ambassade.providers.importing.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoLicencesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Licence Ouverte",
                "Licence ouverte / Etalab 2.0",
                "Etalab-2.0",
                "CC0",
                "CC0 1.0",
                "CC BY 2.5",
                "CC-BY 4.0",
                "CC BY-SA 4.0",
                "cc-by-sa",
                "Creative Commons BY",
                "Domaine public"
            })
    void openLicences(String licence) {
        assertThat(PhotoLicences.isPubliclyReusable(licence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "By-NC-ND 4.0",
                "CC BY-NC 4.0",
                "CC BY-ND",
                "CC BY-NC-SA 3.0",
                "oui",
                "non",
                "Tous droits réservés",
                "© Office de tourisme",
                "",
                "  ",
                "Bayeux"
            })
    void notClearlyOpen(String licence) {
        assertThat(PhotoLicences.isPubliclyReusable(licence)).isFalse();
    }
}
