package fr.ambassade.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * Who the actors of the log are, implemented by the module that owns the accounts (the audit module does not depend
 * on it). The log stores account ids; names are looked up when the log is read, so that the log itself holds no
 * personal data.
 */
public interface AuditActors {

    /** The account id of an authenticated user; empty when the user is not an account. */
    Optional<Long> accountIdOf(Authentication authentication);

    /** The account id of a login (e-mail address); empty when no account has it. */
    Optional<Long> accountIdByLogin(String login);

    /** The display names of these accounts (an id without account is absent). */
    Map<Long, String> displayNames(Collection<Long> accountIds);

    /** Accounts whose e-mail is this text, or whose display name contains it (ignoring case); at most {@code limit}. */
    Set<Long> accountIdsMatching(String nameOrEmail, int limit);
}
