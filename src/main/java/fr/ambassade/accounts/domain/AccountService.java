package fr.ambassade.accounts.domain;

import fr.ambassade.accounts.domain.PasswordTokens.Purpose;
import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import fr.ambassade.shared.security.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on accounts: invitations, edits, (de)activation, password links, demo and first-admin accounts. */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    static final String TYPE = "Account";

    private final AccountRepository accounts;
    private final PasswordTokens tokens;
    private final PasswordEncoder encoder;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final PasswordLinks links;

    AccountService(
            AccountRepository accounts,
            PasswordTokens tokens,
            PasswordEncoder encoder,
            MailOutbox outbox,
            AuditLog audit,
            PasswordLinks links) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.outbox = outbox;
        this.audit = audit;
        this.links = links;
    }

    /**
     * An invitation; {@code next} is where the set-password link leads after the login (a local path, see
     * {@link fr.ambassade.accounts.LocalRedirect}; {@code null} or an unsafe path: the user's usual home).
     */
    public record InviteCommand(
            String email, String displayName, Locale locale, Set<Role> roles, Set<Long> establishments, String next) {

        public InviteCommand(
                String email, String displayName, Locale locale, Set<Role> roles, Set<Long> establishments) {
            this(email, displayName, locale, roles, establishments, null);
        }
    }

    /** A sign-up from the public pages: a provider user (candidate) who chooses their password at once. */
    public record SignUpCommand(String email, String displayName, Locale locale, String rawPassword) {}

    /** The purposes whose links open the set-password form (never a verification link). */
    static final Set<Purpose> PASSWORD_PURPOSES =
            java.util.EnumSet.of(Purpose.RESET, Purpose.INVITE, Purpose.FIRST_ADMIN);

    public record UpdateCommand(
            long id, long version, String displayName, Locale locale, Set<Role> roles, Set<Long> establishments) {}

    @Transactional
    public AccountView invite(InviteCommand command) {
        String email = Account.normalizeEmail(command.email());
        if (accounts.existsByEmail(email)) {
            throw RefusedChange.of("accounts.error.email.taken");
        }
        Account account = new Account(email, command.displayName(), command.locale(), command.roles());
        if (command.establishments() != null) {
            command.establishments().forEach(account::link);
        }
        accounts.saveAndFlush(account);
        audit.record(AuditRecord.of(TYPE, account.getId(), "INVITED")
                .personalChange("email", null, account.getEmail())
                .personalChange("displayName", null, account.getDisplayName())
                .change("roles", null, sorted(account.getRoles()))
                .change(
                        "establishments",
                        null,
                        account.getEstablishments().isEmpty() ? null : account.getEstablishments()));
        // the link is issued when the e-mail is delivered (AccountSecretLinks): staff never read it in the outbox
        outbox.enqueue(OutgoingMail.of(
                        account.getEmail(),
                        account.getLocale(),
                        "accounts-invitation",
                        "accounts.mail.invitation.subject",
                        invitationModel(account, command.next()))
                .withSecretLink(AccountSecretLinks.purpose(Purpose.INVITE), account.getId()));
        return AccountView.of(account);
    }

    @Transactional
    public AccountView update(UpdateCommand command, String actorEmail) {
        Account account = load(command.id());
        requireVersion(account, command.version());
        Set<Role> before = sorted(account.getRoles());
        if (isSelf(account, actorEmail)
                && account.hasRole(Role.ADMIN)
                && !command.roles().contains(Role.ADMIN)) {
            throw RefusedChange.of("accounts.error.self.admin");
        }
        String nameBefore = account.getDisplayName();
        Locale localeBefore = account.getLocale();
        Set<Long> establishmentsBefore = account.getEstablishments();
        account.rename(command.displayName());
        account.changeLocale(command.locale());
        account.changeRoles(command.roles());
        if (command.establishments() != null) {
            establishmentsBefore.stream()
                    .filter(e -> !command.establishments().contains(e))
                    .forEach(account::unlink);
            command.establishments().forEach(account::link);
        }
        accounts.saveAndFlush(account);
        audit.record(AuditRecord.of(TYPE, account.getId(), "UPDATED")
                .personalChange("displayName", nameBefore, account.getDisplayName())
                .change(
                        "locale",
                        localeBefore.getLanguage(),
                        account.getLocale().getLanguage())
                .change("roles", before, sorted(account.getRoles()))
                .change("establishments", establishmentsBefore, account.getEstablishments()));
        return AccountView.of(account);
    }

    @Transactional
    public AccountView deactivate(long id, long version, String actorEmail) {
        Account account = load(id);
        requireVersion(account, version);
        if (isSelf(account, actorEmail)) {
            throw RefusedChange.of("accounts.error.self.deactivate");
        }
        if (account.isEnabled()) {
            account.deactivate();
            accounts.saveAndFlush(account);
            audit.record(AuditRecord.of(TYPE, id, "DEACTIVATED").change("enabled", true, false));
        }
        return AccountView.of(account);
    }

    @Transactional
    public AccountView reactivate(long id, long version) {
        Account account = load(id);
        requireVersion(account, version);
        if (!account.isEnabled()) {
            account.reactivate();
            accounts.saveAndFlush(account);
            audit.record(AuditRecord.of(TYPE, id, "REACTIVATED").change("enabled", false, true));
        }
        return AccountView.of(account);
    }

    /**
     * Sends a reset link if the address belongs to an enabled account; says nothing either way (the page
     * answers the same neutral message, so that it does not reveal who has an account).
     */
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(Account.normalizeEmail(email))
                .filter(Account::isEnabled)
                .ifPresent(account -> {
                    outbox.enqueue(OutgoingMail.of(
                                    account.getEmail(),
                                    account.getLocale(),
                                    "accounts-password-reset",
                                    "accounts.mail.reset.subject",
                                    model(account, Purpose.RESET))
                            .withSecretLink(AccountSecretLinks.purpose(Purpose.RESET), account.getId()));
                    audit.record(AuditRecord.of(TYPE, account.getId(), "PASSWORD_RESET_REQUESTED")
                            .by("system"));
                });
    }

    /**
     * A sign-up from the public pages. A new address: a provider account (no establishment yet) with the chosen
     * password, that cannot log in until the verification link e-mailed to it is opened. An address that already has
     * an account: nothing is created or changed, its owner is e-mailed that they already have an account. The caller
     * answers the same page in both cases, so that the page does not reveal who has an account; the password is
     * hashed in both cases, so that the time taken does not either. Throttled by the caller ({@link LoginThrottle}).
     */
    @Transactional
    public void signUp(SignUpCommand command) {
        if (command.rawPassword() == null || command.rawPassword().length() < MIN_PASSWORD_LENGTH) {
            throw RefusedChange.onField("password", "accounts.error.password.short", MIN_PASSWORD_LENGTH);
        }
        String hash = encoder.encode(command.rawPassword());
        String email = Account.normalizeEmail(command.email());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Account owner = existing.get();
            if (owner.isEnabled()) {
                outbox.enqueue(OutgoingMail.of(
                        owner.getEmail(),
                        owner.getLocale(),
                        "accounts-signup-existing",
                        "accounts.mail.signupExisting.subject",
                        existingAccountModel(owner)));
            }
            audit.record(AuditRecord.of(TYPE, owner.getId(), "SIGN_UP_WITH_EXISTING_EMAIL")
                    .by("system"));
            return;
        }
        Account account = new Account(email, command.displayName(), command.locale(), Set.of(Role.PROVIDER));
        account.awaitEmailVerification();
        account.setPasswordHash(hash);
        accounts.saveAndFlush(account);
        audit.record(AuditRecord.of(TYPE, account.getId(), "SIGNED_UP")
                .byAccount(account.getId())
                .personalChange("email", null, account.getEmail())
                .personalChange("displayName", null, account.getDisplayName())
                .change("roles", null, Set.of(Role.PROVIDER)));
        enqueueVerification(account);
    }

    /**
     * Sends a new verification e-mail if the address belongs to an enabled account not verified yet; says nothing
     * either way (the page answers the same neutral message). Throttled by the caller.
     */
    @Transactional
    public void resendVerification(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(Account.normalizeEmail(email))
                .filter(Account::isEnabled)
                .filter(account -> !account.isEmailVerified())
                .ifPresent(this::enqueueVerification);
    }

    private void enqueueVerification(Account account) {
        // the link is issued when the e-mail is delivered (AccountSecretLinks): staff never read it in the outbox
        outbox.enqueue(OutgoingMail.of(
                        account.getEmail(),
                        account.getLocale(),
                        "accounts-verification",
                        "accounts.mail.verification.subject",
                        model(account, Purpose.VERIFY))
                .withSecretLink(AccountSecretLinks.purpose(Purpose.VERIFY), account.getId()));
    }

    /** Whether a verification link is still valid (the page then offers to confirm the address). */
    @Transactional(readOnly = true)
    public boolean verificationLinkValid(String token) {
        return tokens.findValid(token, Set.of(Purpose.VERIFY)).isPresent();
    }

    /**
     * Verifies the address through its link and the password chosen at the sign-up; the link is used up. Empty when
     * the link is unknown, used or expired (the page then offers to send a new one). The password is asked so that
     * whoever signed up with someone else's address cannot have its owner activate the account by following the
     * link (a wrong password is refused and leaves the link usable; the owner may choose a password of their own
     * through the forgotten-password page, which verifies the address too).
     */
    @Transactional
    public Optional<AccountView> verifyEmail(String token, String rawPassword) {
        Optional<Account> pending = tokens.findValid(token, Set.of(Purpose.VERIFY))
                .flatMap(t -> accounts.findById(t.accountId()))
                .filter(Account::isEnabled);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        if (rawPassword == null
                || !pending.get().hasPassword()
                || !encoder.matches(rawPassword, pending.get().getPasswordHash())) {
            throw RefusedChange.onField("password", "accounts.signup.verify.wrongPassword");
        }
        Optional<PasswordTokens.ValidToken> used = tokens.consume(token, Set.of(Purpose.VERIFY));
        if (used.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> found = accounts.findById(used.get().accountId()).filter(Account::isEnabled);
        found.ifPresent(account -> {
            if (account.verifyEmail()) {
                accounts.saveAndFlush(account);
                audit.record(AuditRecord.of(TYPE, account.getId(), "EMAIL_VERIFIED")
                        .byAccount(account.getId())
                        .change("emailVerified", false, true));
            }
        });
        return found.map(AccountView::of);
    }

    /** The account a still-valid link is for (the form is shown only then). */
    @Transactional(readOnly = true)
    public Optional<AccountView> accountForToken(String token) {
        return tokens.findValid(token, PASSWORD_PURPOSES)
                .flatMap(t -> accounts.findById(t.accountId()))
                .filter(Account::isEnabled)
                .map(AccountView::of);
    }

    /** Sets the password through a link; the link is used up. Empty when the link is unknown, used or expired. */
    @Transactional
    public Optional<AccountView> setPassword(String token, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw RefusedChange.of("accounts.error.password.short", MIN_PASSWORD_LENGTH);
        }
        Optional<PasswordTokens.ValidToken> used = tokens.consume(token, PASSWORD_PURPOSES);
        if (used.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> found = accounts.findById(used.get().accountId()).filter(Account::isEnabled);
        found.ifPresent(account -> {
            account.setPasswordHash(encoder.encode(rawPassword));
            // the link reached the address: it is verified
            account.verifyEmail();
            accounts.saveAndFlush(account);
            tokens.revokeAll(account.getId());
            audit.record(AuditRecord.of(TYPE, account.getId(), "PASSWORD_SET")
                    .byAccount(account.getId())
                    .because(used.get().purpose().name()));
        });
        return found.map(AccountView::of);
    }

    /**
     * A signed-in user changes their own password; the current one is required. The credentials version moves on,
     * so the user's other sessions end at their next request; pending set-password links are revoked. Audited
     * without any secret.
     */
    @Transactional
    public AccountView changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = load(accountId);
        if (!account.isEnabled()
                || !account.hasPassword()
                || currentPassword == null
                || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw RefusedChange.of("accounts.error.password.current");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw RefusedChange.of("accounts.error.password.short", MIN_PASSWORD_LENGTH);
        }
        account.setPasswordHash(encoder.encode(newPassword));
        accounts.saveAndFlush(account);
        tokens.revokeAll(account.getId());
        audit.record(AuditRecord.of(TYPE, account.getId(), "PASSWORD_CHANGED"));
        return AccountView.of(account);
    }

    @Transactional(readOnly = true)
    public boolean enabledAdminExists() {
        return accounts.existsEnabledWithRole(Role.ADMIN);
    }

    /**
     * Creates the first administrator of a production installation (without password) and returns the
     * one-time set-password link. It is not e-mailed: the caller writes it to a file only the server's user
     * can read (see {@link FirstAdminLinkFile}).
     */
    @Transactional
    public String createFirstAdmin(String email) {
        String normalized = Account.normalizeEmail(email);
        Account account = accounts.findByEmail(normalized).orElse(null);
        if (account == null) {
            account = new Account(normalized, normalized, Locale.FRENCH, Set.of(Role.ADMIN));
            accounts.saveAndFlush(account);
            audit.record(AuditRecord.of(TYPE, account.getId(), "FIRST_ADMIN_CREATED")
                    .by("system")
                    .personalChange("email", null, normalized)
                    .change("roles", null, Set.of(Role.ADMIN)));
        } else {
            Set<Role> before = sorted(account.getRoles());
            Set<Role> roles = new TreeSet<>(account.getRoles());
            roles.add(Role.ADMIN);
            account.changeRoles(roles);
            account.reactivate();
            accounts.saveAndFlush(account);
            audit.record(AuditRecord.of(TYPE, account.getId(), "FIRST_ADMIN_PROMOTED")
                    .by("system")
                    .change("roles", before, sorted(account.getRoles())));
        }
        return links.link(tokens.issue(account.getId(), Purpose.FIRST_ADMIN));
    }

    /**
     * A new set-password link (valid one hour, older reset links revoked) for an enabled administrator who lost
     * access: {@code java -jar ambassade.jar admin reset-link <email>}. Refuses any other address with the same
     * exception, whether it is unknown, disabled or not an administrator.
     */
    @Transactional
    public String issueAdministratorResetLink(String email) {
        Account account = Optional.ofNullable(email)
                .filter(e -> !e.isBlank())
                .flatMap(e -> accounts.findByEmail(Account.normalizeEmail(e)))
                .filter(Account::isEnabled)
                .filter(a -> a.hasRole(Role.ADMIN))
                .orElseThrow(() -> RefusedChange.of("accounts.error.notAnAdministrator"));
        String link = links.link(tokens.issue(account.getId(), Purpose.RESET));
        audit.record(
                AuditRecord.of(TYPE, account.getId(), "ADMIN_RESET_LINK_ISSUED").by("command line"));
        return link;
    }

    /** Creates a demo account with a known password unless it exists (idempotent). */
    @Transactional
    public boolean ensureDemoAccount(String email, String displayName, Set<Role> roles, String rawPassword) {
        String normalized = Account.normalizeEmail(email);
        Optional<Account> existing = accounts.findByEmail(normalized);
        if (existing.isPresent()) {
            reactivateDemoAccount(existing.get());
            return false;
        }
        Account account = new Account(normalized, displayName, Locale.FRENCH, roles);
        account.markAsDemo();
        account.setPasswordHash(encoder.encode(rawPassword));
        accounts.saveAndFlush(account);
        audit.record(AuditRecord.of(TYPE, account.getId(), "DEMO_CREATED")
                .by("system")
                .change("roles", null, sorted(roles)));
        return true;
    }

    /** Back in demo mode, a demo login disabled by a run without demo data works again. */
    private void reactivateDemoAccount(Account account) {
        if (account.isDemo() && !account.isEnabled()) {
            account.reactivate();
            accounts.saveAndFlush(account);
            audit.record(AuditRecord.of(TYPE, account.getId(), "DEMO_REACTIVATED")
                    .by("system")
                    .change("enabled", false, true));
        }
    }

    /**
     * Without demo data, every account created by the demo seeding is disabled (kept, audited). Idempotent:
     * returns how many were enabled.
     */
    @Transactional
    public int disableDemoAccounts() {
        List<Account> enabled = accounts.findByDemoTrueAndEnabledTrueOrderById();
        for (Account account : enabled) {
            account.deactivate();
            accounts.saveAndFlush(account);
            audit.record(AuditRecord.of(TYPE, account.getId(), "DEMO_DISABLED")
                    .by("system")
                    .because("demo data off")
                    .change("enabled", true, false));
        }
        return enabled.size();
    }

    /** Whether this address belongs to a demo login (which must never become the first administrator). */
    @Transactional(readOnly = true)
    public boolean isDemoAccount(String email) {
        return email != null
                && !email.isBlank()
                && accounts.findByEmail(Account.normalizeEmail(email))
                        .map(Account::isDemo)
                        .orElse(false);
    }

    @Transactional
    public void link(long accountId, long providerId) {
        Account account = load(accountId);
        Set<Long> before = account.getEstablishments();
        if (account.link(providerId)) {
            accounts.saveAndFlush(account);
            audit.record(AuditRecord.of(TYPE, accountId, "ESTABLISHMENT_LINKED")
                    .change("establishments", before, account.getEstablishments()));
        }
    }

    @Transactional
    public void unlink(long accountId, long providerId) {
        Account account = load(accountId);
        Set<Long> before = account.getEstablishments();
        if (account.unlink(providerId)) {
            accounts.saveAndFlush(account);
            audit.record(AuditRecord.of(TYPE, accountId, "ESTABLISHMENT_UNLINKED")
                    .change("establishments", before, account.getEstablishments()));
        }
    }

    /** The account with this id; {@link NotFoundException} if none. */
    @Transactional(readOnly = true)
    public AccountView require(long id) {
        return AccountView.of(load(id));
    }

    /** The account with this id, if any (one primary-key query: the security filter calls it on each request). */
    @Transactional(readOnly = true)
    public Optional<AccountView> find(long id) {
        return accounts.findById(id).map(AccountView::of);
    }

    /** The account with this e-mail (compared normalised, {@link Email#normalize}), if any; empty for a blank one. */
    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByEmail(Account.normalizeEmail(email)).map(AccountView::of);
    }

    /** Users who manage the establishment, by e-mail. */
    @Transactional(readOnly = true)
    public List<AccountView> linkedTo(long providerId) {
        return accounts.findByEstablishment(providerId).stream()
                .map(AccountView::of)
                .toList();
    }

    /** Enabled users holding the role, by id. */
    @Transactional(readOnly = true)
    public List<AccountView> withRole(Role role) {
        return accounts.findEnabledByRole(role).stream().map(AccountView::of).toList();
    }

    /** A page of the user list, by e-mail. */
    @Transactional(readOnly = true)
    public Page<AccountView> list(Pageable pageable) {
        return accounts.findAllByOrderByEmailAsc(pageable).map(AccountView::of);
    }

    Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
    }

    private static void requireVersion(Account account, long expected) {
        if (account.getVersion() != expected) {
            throw new StaleEdit("accounts.error.stale", "account " + account.getId(), expected, account.getVersion());
        }
    }

    private static boolean isSelf(Account account, String actorEmail) {
        return actorEmail != null && account.getEmail().equalsIgnoreCase(actorEmail.trim());
    }

    private static Set<Role> sorted(Collection<Role> roles) {
        return new TreeSet<>(roles);
    }

    private Map<String, Object> existingAccountModel(Account account) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("displayName", account.getDisplayName());
        model.put("email", account.getEmail());
        model.put("loginUrl", links.page("/login"));
        model.put("forgotUrl", links.page("/password/forgot"));
        return model;
    }

    /** The invitation's model: {@code nextQuery} is appended to the set-password link ({@code &next=…} or empty). */
    private static Map<String, Object> invitationModel(Account account, String next) {
        Map<String, Object> model = model(account, Purpose.INVITE);
        model.put("nextQuery", fr.ambassade.accounts.LocalRedirect.queryPart(next));
        return model;
    }

    private static Map<String, Object> model(Account account, Purpose purpose) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("displayName", account.getDisplayName());
        model.put("email", account.getEmail());
        model.put("validityHours", purpose.validity().toHours());
        model.put("validityDays", purpose.validity().toDays());
        return model;
    }
}
