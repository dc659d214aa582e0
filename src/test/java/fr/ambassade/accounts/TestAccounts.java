package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.Account;
import fr.ambassade.accounts.domain.AccountRepository;
import fr.ambassade.shared.security.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Object mother of accounts for tests: unique e-mails, so that tests never meet each other's data. */
class TestAccounts {

    static final String PASSWORD = "correct horse battery staple";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    TestAccounts(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ambassade.test";
    }

    Account create(Role... roles) {
        return create(uniqueEmail(roles.length == 0 ? "user" : roles[0].name().toLowerCase()), roles);
    }

    Account create(String email, Role... roles) {
        Account account = new Account(email, "Test " + email.substring(0, email.indexOf('@')), Locale.FRENCH,
                roles.length == 0 ? EnumSet.of(Role.RESIDENT) : EnumSet.copyOf(Set.of(roles)));
        account.setPasswordHash(encoder.encode(PASSWORD));
        return accounts.saveAndFlush(account);
    }

    Account provider(long... establishments) {
        Account account = create(Role.PROVIDER);
        for (long id : establishments) {
            account.link(id);
        }
        return accounts.saveAndFlush(account);
    }

    Account reload(Account account) {
        return accounts.findById(account.getId()).orElseThrow();
    }
}
