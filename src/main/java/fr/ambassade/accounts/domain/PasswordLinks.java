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
        String base = properties.baseUrl().endsWith("/")
                ? properties.baseUrl().substring(0, properties.baseUrl().length() - 1)
                : properties.baseUrl();
        return base + "/password/reset?token=" + token;
    }
}
