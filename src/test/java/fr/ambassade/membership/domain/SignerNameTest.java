package fr.ambassade.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignerNameTest {

    @Test
    void matchesIgnoringCaseAccentsAndSpacing() {
        assertThat(SignerName.matches("elodie lefebvre", "Élodie Lefèbvre")).isTrue();
        assertThat(SignerName.matches("  ÉLODIE   LEFEBVRE ", "Élodie Lefebvre"))
                .isTrue();
        assertThat(SignerName.matches("Jean Dupont", "Jean-Dupont")).isTrue();
        assertThat(SignerName.matches("Noeux", "Nœux")).isTrue();
    }

    @Test
    void refusesAnotherNameOrNothing() {
        assertThat(SignerName.matches("Élodie Dupont", "Élodie Lefebvre")).isFalse();
        assertThat(SignerName.matches("Élodie", "Élodie Lefebvre")).isFalse();
        assertThat(SignerName.matches("", "")).isFalse();
        assertThat(SignerName.matches(null, "Élodie")).isFalse();
    }
}
