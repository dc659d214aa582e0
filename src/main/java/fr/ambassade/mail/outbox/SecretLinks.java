package fr.ambassade.mail.outbox;

import fr.ambassade.mail.SecretLink;
import fr.ambassade.mail.SecretLinkIssuer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.HtmlUtils;

/**
 * The secret links of stored e-mails: issued through the {@link SecretLinkIssuer} of their purpose, put into a
 * body only on its way out (to the SMTP server, or to an administrator in the demo mode without SMTP), and
 * replaced by a redacted text everywhere else.
 */
public class SecretLinks {

    private final Map<String, SecretLinkIssuer> issuers = new HashMap<>();

    public SecretLinks(List<SecretLinkIssuer> issuers) {
        for (SecretLinkIssuer issuer : issuers) {
            for (String purpose : issuer.purposes()) {
                if (this.issuers.putIfAbsent(purpose, issuer) != null) {
                    throw new IllegalStateException("Two issuers of secret links for " + purpose);
                }
            }
        }
    }

    /** Issues a fresh link in the caller's transaction; empty when the link is no longer wanted. */
    public Optional<String> issue(SecretLink link) {
        SecretLinkIssuer issuer = issuers.get(link.purpose());
        if (issuer == null) {
            throw new IllegalStateException("No issuer of secret links for " + link.purpose());
        }
        return issuer.issue(link);
    }

    /** The text body with the link in place of the placeholder. */
    public static String fillText(String body, String link) {
        return body.replace(SecretLink.PLACEHOLDER, link);
    }

    /** The HTML body with the (escaped) link in place of the placeholder. */
    public static String fillHtml(String body, String link) {
        return body.replace(SecretLink.PLACEHOLDER, HtmlUtils.htmlEscape(link));
    }
}
