package fr.ambassade.accounts.domain;

import fr.ambassade.shared.Email;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A person who logs in. Staff roles combine; provider users are linked to the establishments they manage. */
@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Created by the demo seeding (public password): disabled whenever the application runs without demo data. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    /** False for an account created by the public sign-up until its owner opens the verification link. */
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified = true;

    @Version
    private long version;

    /** Bumped by every password change: sessions that logged in with an older value end (AccountRefreshFilter). */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_establishment", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "provider_id", nullable = false)
    private Set<Long> establishments = new LinkedHashSet<>();

    protected Account() {}

    public Account(String email, String displayName, Locale locale, Set<Role> roles) {
        this.email = Email.of(normalizeEmail(email)).value();
        rename(displayName);
        changeLocale(locale);
        changeRoles(roles);
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    /** The address as stored and compared ({@link Email#normalize}), for lookups; not checked against the rule. */
    public static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("email required");
        }
        return Email.normalize(email);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("display name required");
        }
        this.displayName = newName.trim();
    }

    /** French, English or Dutch (Dutch only for the e-mails: the back office speaks French or English). */
    public void changeLocale(Locale newLocale) {
        String language = newLocale == null ? "fr" : newLocale.getLanguage();
        this.locale = "en".equals(language) || "nl".equals(language) ? language : "fr";
    }

    /** A sign-up: the account may not log in before its e-mail is verified. Set once, at creation. */
    void awaitEmailVerification() {
        this.emailVerified = false;
    }

    /** The owner opened the verification link (or set a password through a link sent to the address). */
    boolean verifyEmail() {
        if (emailVerified) {
            return false;
        }
        this.emailVerified = true;
        return true;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw RefusedChange.of("accounts.error.roles.empty");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Sets (or clears) the password; the other sessions of the account end at their next request. */
    public void setPasswordHash(String hash) {
        this.passwordHash = hash;
        this.credentialsVersion++;
    }

    public void deactivate() {
        this.enabled = false;
    }

    public void reactivate() {
        this.enabled = true;
    }

    /** Marks an account created by the demo seeding; set once, at creation. */
    void markAsDemo() {
        this.demo = true;
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean link(long providerId) {
        return establishments.add(providerId);
    }

    public boolean unlink(long providerId) {
        return establishments.remove(providerId);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Set<Long> getEstablishments() {
        return Collections.unmodifiableSet(new TreeSet<>(establishments));
    }
}
