package fr.ambassade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultilingualTextTest {

    @Test
    void givesTheRequestedLanguageOrFallsBackToFrench() {
        MultilingualText t = MultilingualText.of("Bonjour", "Hello", "  ");
        assertThat(t.get(Locale.ENGLISH)).isEqualTo("Hello");
        assertThat(t.get(new Locale("nl"))).isEqualTo("Bonjour");
        assertThat(t.get(Locale.GERMAN)).isEqualTo("Bonjour");
        assertThat(t.exactly("nl")).isEmpty();
        assertThat(t.nl()).isEmpty();
    }

    @Test
    void fallsBackToAnyLanguageWhenFrenchIsMissing() {
        assertThat(MultilingualText.of(null, "Hello", null).get(Locale.FRENCH)).isEqualTo("Hello");
        assertThat(MultilingualText.empty().get(Locale.FRENCH)).isEmpty();
    }

    @Test
    void isImmutableAndComparedByValue() {
        MultilingualText t = MultilingualText.french("Bonjour");
        MultilingualText u = t.with("en", "Hello");
        assertThat(t.exactly("en")).isEmpty();
        assertThat(u).isEqualTo(MultilingualText.of("Bonjour", "Hello", null));
        assertThat(u.hashCode())
                .isEqualTo(MultilingualText.of("Bonjour", "Hello", "").hashCode());
    }

    @Test
    void refusesUnknownLanguages() {
        assertThatThrownBy(() -> MultilingualText.of(Map.of("de", "Hallo")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsThroughJsonAndTheConverter() {
        MultilingualText t = MultilingualText.of("L'été « chaud »", "Summer \"hot\"", "Zomer");
        MultilingualTextConverter c = new MultilingualTextConverter();
        String json = c.convertToDatabaseColumn(t);
        assertThat(json).startsWith("{\"fr\":");
        assertThat(c.convertToEntityAttribute(json)).isEqualTo(t);
        assertThat(c.convertToEntityAttribute(null)).isEqualTo(MultilingualText.empty());
        assertThat(c.convertToDatabaseColumn(MultilingualText.empty())).isEqualTo("{}");
    }

    static class NamedForm {
        @ValidMultilingualText(
                max = 5,
                frenchRequired = true,
                requiredMessage = "required",
                tooLongMessage = "too long")
        MultilingualText.Form name = new MultilingualText.Form();
    }

    @org.junit.jupiter.api.Test
    void theFormObjectBindsPerLanguageAndItsErrorsLandOnTheLanguage() {
        NamedForm form = new NamedForm();
        form.name.setEn("far too long");
        try (var factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(form);
            org.assertj.core.api.Assertions.assertThat(violations)
                    .extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
                    .containsExactlyInAnyOrder("name.fr: required", "name.en: too long");
        }
        form.name.setFr(" Nom ");
        form.name.setEn("");
        org.assertj.core.api.Assertions.assertThat(form.name.toText()).isEqualTo(MultilingualText.french("Nom"));
        org.assertj.core.api.Assertions.assertThat(MultilingualText.Form.of(MultilingualText.of("a", "b", null))
                        .getNl())
                .isEmpty();
    }
}
