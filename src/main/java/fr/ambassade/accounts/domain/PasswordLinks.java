package fr.ambassade.accounts.domain;

import fr.ambassade.config.AmbassadeProperties;
import org.springframework.stereotype.Component;

/** The absolute set-password link of a token, on the installation's public address. */
@Component
class PasswordLinks {

    private final AmbassadeProperties properties;

    PasswordLinks(AmbassadeProperties properties) {
        this.properties = properties;
    }

    String link(String token) {
        return base() + "/password/reset?token=" + token;
    }

    /** The e-mail verification link of a sign-up. */
    String verificationLink(String token) {
        return base() + VERIFICATION_PATH + "?token=" + token;
    }

    /** Where a verification link opens (the sign-up pages of the accounts web). */
    static final String VERIFICATION_PATH = "/espace/inscription/verification";

    /** An absolute address of the installation (a page, not a secret: the e-mails that mention the login page). */
    String page(String path) {
        return base() + path;
    }

    private String base() {
        String base = properties.baseUrl().endsWith("/")
                ? properties.baseUrl().substring(0, properties.baseUrl().length() - 1)
                : properties.baseUrl();
        return base;
    }
}
