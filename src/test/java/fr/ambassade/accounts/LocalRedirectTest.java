package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code next} destination of set-password links and the login: local paths only (no open redirect). */
class LocalRedirectTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/espace/candidature/invitation",
                "/espace/candidature/12",
                "/admin/applications?state=SUBMITTED",
                "/"
            })
    void aLocalPathIsKept(String path) {
        assertThat(LocalRedirect.of(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/login",
                "http://evil.example",
                "//evil.example",
                "//evil.example/espace",
                "/\\evil.example",
                "\\\\evil.example",
                "/espace\\..\\x",
                "javascript:alert(1)",
                "evil.example/espace",
                "espace/candidature",
                " /espace",
                "/espace\r\nLocation: https://evil.example",
                "/espace\tx",
                "/es pace",
                ""
            })
    void anotherSiteOrAMalformedPathIsDropped(String path) {
        assertThat(LocalRedirect.of(path)).isEmpty();
        assertThat(LocalRedirect.queryPart(path)).isEmpty();
        assertThat(LocalRedirect.withNext("/login", path)).isEqualTo("/login");
    }

    @Test
    void nullOrTooLongIsDropped() {
        assertThat(LocalRedirect.of(null)).isEmpty();
        assertThat(LocalRedirect.of("/" + "a".repeat(LocalRedirect.MAX_LENGTH))).isEmpty();
    }

    @Test
    void theParameterIsEncoded() {
        assertThat(LocalRedirect.withNext("/login", "/admin/applications?state=SUBMITTED&page=2"))
                .isEqualTo("/login?next=%2Fadmin%2Fapplications%3Fstate%3DSUBMITTED%26page%3D2");
        assertThat(LocalRedirect.queryPart("/espace/candidature/invitation"))
                .isEqualTo("&next=%2Fespace%2Fcandidature%2Finvitation");
    }
}
