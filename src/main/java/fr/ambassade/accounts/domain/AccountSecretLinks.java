package fr.ambassade.accounts.domain;

import fr.ambassade.accounts.domain.PasswordTokens.Purpose;
import fr.ambassade.mail.SecretLink;
import fr.ambassade.mail.SecretLinkIssuer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the set-password links of the accounts' e-mails when the outbox delivers them (reset, invitation):
 * the clear token exists only in the message sent to the recipient. No link for a disabled or removed account,
 * nor an invitation link once the password is chosen.
 */
@Component
class AccountSecretLinks implements SecretLinkIssuer {

    private static final String PREFIX = "accounts:";

    private final AccountRepository accounts;
    private final PasswordTokens tokens;
    private final PasswordLinks links;

    AccountSecretLinks(AccountRepository accounts, PasswordTokens tokens, PasswordLinks links) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
    }

    static String purpose(Purpose purpose) {
        return PREFIX + purpose.name();
    }

    @Override
    public Set<String> purposes() {
        return Arrays.stream(Purpose.values()).map(AccountSecretLinks::purpose).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> issue(SecretLink link) {
        Purpose purpose = Purpose.valueOf(link.purpose().substring(PREFIX.length()));
        if (purpose == Purpose.VERIFY) {
            // no link once the address is verified (the owner signed in since, or asked for a newer e-mail)
            return accounts.findById(link.subjectId())
                    .filter(Account::isEnabled)
                    .filter(account -> !account.isEmailVerified())
                    .map(account -> links.verificationLink(tokens.issue(account.getId(), purpose)));
        }
        return accounts.findById(link.subjectId())
                .filter(Account::isEnabled)
                .filter(account -> purpose == Purpose.RESET || !account.hasPassword())
                .map(account -> links.link(tokens.issue(account.getId(), purpose)));
    }
}
