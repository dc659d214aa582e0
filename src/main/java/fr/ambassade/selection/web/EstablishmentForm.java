package fr.ambassade.selection.web;

import fr.ambassade.providers.NewEstablishment;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.ValidEmail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new establishment the candidate adds because the directory does not have it. */
public class EstablishmentForm {

    private long version;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private ProviderCategory category;

    @NotBlank
    private String communeCode;

    @Size(max = 200)
    private String street;

    @Pattern(regexp = "|\\d{5}")
    private String postalCode;

    @Size(max = 40)
    private String phone;

    @ValidEmail
    @Size(max = Email.MAX_LENGTH)
    private String email;

    @Pattern(regexp = "|https?://\\S{1,300}")
    private String website;

    NewEstablishment toCommand() {
        return new NewEstablishment(
                name,
                category,
                communeCode,
                null,
                blankToNull(street),
                blankToNull(postalCode),
                blankToNull(phone),
                email == null || email.isBlank() ? null : Email.of(email).value(),
                blankToNull(website));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProviderCategory getCategory() {
        return category;
    }

    public void setCategory(ProviderCategory category) {
        this.category = category;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
