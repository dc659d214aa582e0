package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.AccountFixtures;
import fr.ambassade.accounts.domain.AccountView;
import fr.ambassade.shared.security.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Object mother of accounts for tests: unique e-mails, so that tests never meet each other's data. */
class TestAccounts {

    static final String PASSWORD = "correct horse battery staple";

    private final AccountFixtures accounts;
    private final PasswordEncoder encoder;

    TestAccounts(AccountFixtures accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /**
     * A client address of its own for a request, so that tests asking for reset links do not share the per-address
     * budget of {@code /password/forgot} (20 an hour from one address across the whole suite).
     */
    static org.springframework.test.web.servlet.request.RequestPostProcessor fromOwnAddress() {
        String address =
                "10.83." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
                        + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(250));
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ambassade.test";
    }

    AccountView create(Role... roles) {
        return create(uniqueEmail(roles.length == 0 ? "user" : roles[0].name().toLowerCase()), roles);
    }

    AccountView create(String email, Role... roles) {
        return accounts.create(
                email,
                "Test " + email.substring(0, email.indexOf('@')),
                Locale.FRENCH,
                roles.length == 0 ? EnumSet.of(Role.RESIDENT) : EnumSet.copyOf(Set.of(roles)),
                encoder.encode(PASSWORD));
    }

    AccountView provider(long... establishments) {
        AccountView account = create(Role.PROVIDER);
        for (long id : establishments) {
            account = accounts.link(account.id(), id);
        }
        return account;
    }

    AccountView reload(AccountView account) {
        return accounts.reload(account.id());
    }

    String passwordHash(AccountView account) {
        return accounts.passwordHash(account.id());
    }
}
