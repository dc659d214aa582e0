package fr.ambassade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void removesAccentsAndLigaturesAndUsesHyphens() {
        assertThat(Slug.from("L'Œuvre de Béthune !").value()).isEqualTo("l-oeuvre-de-bethune");
        assertThat(Slug.from("  Cœur d'Artois — Éco-gîte à Bruay-La-Buissière ").value())
                .isEqualTo("coeur-d-artois-eco-gite-a-bruay-la-buissiere");
        assertThat(Slug.from("Ça, c'est l'été 2026 ?").value()).isEqualTo("ca-c-est-l-ete-2026");
        assertThat(Slug.from("ÆSOP Straße").value()).isEqualTo("aesop-strasse");
    }

    @Test
    void refusesTextWithoutLetters() {
        assertThatThrownBy(() -> Slug.from(" ?! ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Slug.fromOrDefault("…", "sans-titre").value()).isEqualTo("sans-titre");
    }

    @Test
    void isShortAndCanBeMadeUnique() {
        String longText = "mot ".repeat(40);
        Slug s = Slug.from(longText);
        assertThat(s.value().length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(s.value()).doesNotEndWith("-");
        assertThat(s.withSuffix(12).value()).endsWith("-12").hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(Slug.from("Gîte").withSuffix(2).value()).isEqualTo("gite-2");
    }

    @Test
    void validatesExistingSlugs() {
        assertThat(Slug.isValid("gite-2")).isTrue();
        assertThat(Slug.isValid("Gite")).isFalse();
        assertThat(Slug.isValid("gite--2")).isFalse();
        assertThatThrownBy(() -> new Slug("-x")).isInstanceOf(IllegalArgumentException.class);
    }
}
