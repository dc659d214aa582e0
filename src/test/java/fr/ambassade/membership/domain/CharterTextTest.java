package fr.ambassade.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.settings.Charter;
import fr.ambassade.shared.MultilingualText;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharterTextTest {

    static final Charter CHARTER = new Charter(
            3,
            null,
            null,
            List.of(
                    MultilingualText.of("Accueillir chaleureusement", "Welcome warmly", null),
                    MultilingualText.french("Parler du territoire")));

    @Test
    void theTextIsTheNumberedCommitmentsInTheLanguageWithFrenchForMissingTranslations() {
        CharterText en = CharterText.of(CHARTER, "en");
        assertThat(en.text()).isEqualTo("1. Welcome warmly\n2. Parler du territoire");
        assertThat(en.version()).isEqualTo(3);
    }

    @Test
    void theHashIsTheSha256OfTheTextShown() {
        // printf "1. Accueillir chaleureusement\n2. Parler du territoire" | sha256sum
        CharterText fr = CharterText.of(CHARTER, "fr");
        assertThat(fr.sha256())
                .isEqualTo("09125e1ddfcccab297e7e7ebe2bbea39b7663bdaa4484774b9804b4eb244ecf0")
                .isEqualTo(sha256(fr.text()));
        assertThat(fr.sha256()).isNotEqualTo(CharterText.of(CHARTER, "en").sha256());
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
