package fr.ambassade.providers.domain;

import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person to contact at the establishment (personal data: audited without values). */
@Embeddable
public class ContactPerson {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "role")
    private String role;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    protected ContactPerson() {}

    public ContactPerson(String name, String role, String email, String phone) {
        if (name == null || name.isBlank()) {
            throw RefusedChange.of("providers.error.contactNameBlank");
        }
        this.name = name.strip();
        this.role = blankToNull(role);
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactPerson c
                && name.equals(c.name)
                && Objects.equals(role, c.role)
                && Objects.equals(email, c.email)
                && Objects.equals(phone, c.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role, email, phone);
    }

    @Override
    public String toString() {
        return name + (role == null ? "" : " (" + role + ")");
    }
}
