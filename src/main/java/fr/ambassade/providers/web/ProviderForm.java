package fr.ambassade.providers.web;

import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.domain.ContactPerson;
import fr.ambassade.providers.domain.ProviderDetails;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.ValidEmail;
import fr.ambassade.shared.ValidInseeCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The create/edit form of a provider (one form for both; {@code version} is null on creation). */
public class ProviderForm {

    static final List<String> ACCESSIBILITY = List.of("MOTOR", "HEARING", "VISUAL", "MENTAL");
    static final List<String> DESCRIPTION_LANGUAGES = List.of("fr", "en", "nl");
    static final int BLANK_CONTACT_ROWS = 2;

    private Long version;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private ProviderCategory category;

    @Size(max = 200)
    private String subtype;

    @ValidInseeCode
    private String communeCode;

    @Size(max = 200)
    private String communeName;

    @Size(max = 300)
    private String street;

    @Size(max = 10)
    private String postalCode;

    @Size(max = 200)
    private String locality;

    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;

    @Size(max = 40)
    private String phone;

    @ValidEmail
    @Size(max = Email.MAX_LENGTH)
    private String email;

    @Pattern(regexp = "^(https?://[^\\s/]+\\S*)?$", flags = Pattern.Flag.CASE_INSENSITIVE)
    @Size(max = 500)
    private String website;

    @Pattern(regexp = "^([a-zA-Z]{2}([\\s,;]+[a-zA-Z]{2})*)?\\s*$")
    private String languages;

    private List<String> accessibilityFlags = new ArrayList<>();

    @Size(max = 2000)
    private String accessibilityNotes;

    private Map<String, String> descriptions = new LinkedHashMap<>();

    @Size(max = 5000)
    private String staffNotes;

    private boolean outsideTerritory;

    @Valid
    private List<ContactForm> contacts = new ArrayList<>();

    /**
     * Codes of the labels and classifications ticked; {@code null} when the request had no label checkboxes at
     * all (then the labels are left as they are). The form sends the {@code _labels} marker, so that unticking
     * every box gives an empty list.
     */
    private List<String> labels;

    public static ProviderForm empty() {
        ProviderForm f = new ProviderForm();
        f.padContacts();
        return f;
    }

    public static ProviderForm of(ProviderView p) {
        ProviderForm f = new ProviderForm();
        f.version = p.version();
        f.name = p.name();
        f.category = p.category();
        f.subtype = p.subtype();
        f.communeCode = p.communeCode();
        f.communeName = p.communeName();
        f.street = p.street();
        f.postalCode = p.postalCode();
        f.locality = p.locality();
        f.latitude = p.latitude();
        f.longitude = p.longitude();
        f.phone = p.phone();
        f.email = p.email();
        f.website = p.website();
        f.languages = String.join(", ", p.languages());
        f.accessibilityFlags = new ArrayList<>(p.accessibilityFlags());
        f.accessibilityNotes = p.accessibilityNotes();
        f.descriptions = new LinkedHashMap<>(p.descriptions());
        f.staffNotes = p.staffNotes();
        f.outsideTerritory = p.outsideTerritory();
        f.labels = new ArrayList<>();
        p.labels().forEach(l -> f.labels.add(l.getCode()));
        for (ContactPerson c : p.contacts()) {
            ContactForm cf = new ContactForm();
            cf.setName(c.getName());
            cf.setRole(c.getRole());
            cf.setEmail(c.getEmail());
            cf.setPhone(c.getPhone());
            f.contacts.add(cf);
        }
        f.padContacts();
        return f;
    }

    /** Adds empty rows so that staff can add contacts without JavaScript. */
    void padContacts() {
        contacts.removeIf(ContactForm::isBlank);
        for (int i = 0; i < BLANK_CONTACT_ROWS; i++) {
            contacts.add(new ContactForm());
        }
    }

    boolean coordinatesIncomplete() {
        return (latitude == null) != (longitude == null);
    }

    ProviderDetails toDetails() {
        Map<String, String> texts = new LinkedHashMap<>();
        descriptions.forEach((lang, text) -> {
            if (DESCRIPTION_LANGUAGES.contains(lang) || (lang != null && lang.matches("[a-z]{2}"))) {
                texts.put(lang, text);
            }
        });
        List<String> langs = languages == null
                ? List.of()
                : Arrays.stream(languages.split("[\\s,;]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        List<String> flags = accessibilityFlags == null
                ? List.of()
                : accessibilityFlags.stream().filter(ACCESSIBILITY::contains).toList();
        return new ProviderDetails(
                name,
                category,
                subtype,
                communeCode,
                communeName,
                street,
                postalCode,
                locality,
                latitude,
                longitude,
                phone,
                email,
                website,
                langs,
                flags,
                accessibilityNotes,
                texts,
                staffNotes,
                outsideTerritory);
    }

    /**
     * The labels ticked, named from {@code known} (the provider's own labels, then the DATAtourisme catalogue);
     * a code known to neither cannot have been offered by the form and is left out. {@code null}: unchanged.
     */
    List<ProviderLabel> toLabels(Map<String, ProviderLabel> known) {
        if (labels == null) {
            return null;
        }
        List<ProviderLabel> out = new ArrayList<>();
        for (String code : labels) {
            ProviderLabel l = code == null ? null : known.get(code);
            if (l != null && !out.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    List<ContactPerson> toContacts() {
        return contacts.stream()
                .filter(c -> !c.isBlank())
                .map(c -> new ContactPerson(c.getName(), c.getRole(), c.getEmail(), c.getPhone()))
                .toList();
    }

    public static class ContactForm {
        @Size(max = 200)
        private String name;

        @Size(max = 200)
        private String role;

        @ValidEmail
        private String email;

        @Size(max = 40)
        private String phone;

        boolean isBlank() {
            return blank(name) && blank(role) && blank(email) && blank(phone);
        }

        boolean nameMissing() {
            return blank(name) && !isBlank();
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
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

    public String getSubtype() {
        return subtype;
    }

    public void setSubtype(String subtype) {
        this.subtype = subtype;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getCommuneName() {
        return communeName;
    }

    public void setCommuneName(String communeName) {
        this.communeName = communeName;
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

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
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

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public List<String> getAccessibilityFlags() {
        return accessibilityFlags;
    }

    public void setAccessibilityFlags(List<String> accessibilityFlags) {
        this.accessibilityFlags = accessibilityFlags;
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public void setAccessibilityNotes(String accessibilityNotes) {
        this.accessibilityNotes = accessibilityNotes;
    }

    public Map<String, String> getDescriptions() {
        return descriptions;
    }

    public void setDescriptions(Map<String, String> descriptions) {
        this.descriptions = descriptions;
    }

    public String getStaffNotes() {
        return staffNotes;
    }

    public void setStaffNotes(String staffNotes) {
        this.staffNotes = staffNotes;
    }

    public boolean isOutsideTerritory() {
        return outsideTerritory;
    }

    public void setOutsideTerritory(boolean outsideTerritory) {
        this.outsideTerritory = outsideTerritory;
    }

    public List<ContactForm> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactForm> contacts) {
        this.contacts = contacts;
    }
}
