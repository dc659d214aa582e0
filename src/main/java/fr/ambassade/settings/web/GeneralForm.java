package fr.ambassade.settings.web;

import fr.ambassade.settings.Contact;
import fr.ambassade.settings.Destination;
import fr.ambassade.settings.domain.GeneralSettings;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.ValidEmail;
import fr.ambassade.shared.ValidMultilingualText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Name, brand, tagline, contact, languages, time zone, threshold and renewal period. */
public class GeneralForm {

    private long version;

    @NotBlank(message = "{settings.error.required}")
    @Size(max = 200, message = "{settings.error.tooLong}")
    private String name;

    @NotBlank(message = "{settings.error.required}")
    @Size(max = 120, message = "{settings.error.tooLong}")
    private String brandName;

    @ValidMultilingualText(max = 300, tooLongMessage = "{settings.error.tooLong}")
    private MultilingualText.Form tagline = new MultilingualText.Form();

    @ValidEmail(message = "{settings.error.email}")
    @Size(max = 200, message = "{settings.error.tooLong}")
    private String contactEmail;

    @Size(max = 40, message = "{settings.error.tooLong}")
    @Pattern(regexp = "^$|^[+0-9 ().-]{6,40}$", message = "{settings.error.phone}")
    private String contactPhone;

    @Size(max = 300, message = "{settings.error.tooLong}")
    private String contactAddress;

    @Size(max = 300, message = "{settings.error.tooLong}")
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{settings.error.website}")
    private String contactWebsite;

    /** Languages besides French (always on). */
    private List<String> otherLanguages = new ArrayList<>();

    @NotBlank(message = "{settings.error.timeZone}")
    private String timeZone;

    @NotNull(message = "{settings.error.threshold}")
    @DecimalMin(value = "0", message = "{settings.error.threshold}")
    @DecimalMax(value = "100", message = "{settings.error.threshold}")
    private BigDecimal passThresholdPercent;

    @NotNull(message = "{settings.error.renewalMonths}")
    @Min(value = 1, message = "{settings.error.renewalMonths}")
    @Max(value = 120, message = "{settings.error.renewalMonths}")
    private Integer renewalMonths;

    static GeneralForm from(Destination d) {
        GeneralForm f = new GeneralForm();
        f.version = d.version();
        f.name = d.name();
        f.brandName = d.brandName();
        f.tagline = MultilingualText.Form.of(d.tagline());
        f.contactEmail = d.contact().email();
        f.contactPhone = d.contact().phone();
        f.contactAddress = d.contact().address();
        f.contactWebsite = d.contact().website();
        f.otherLanguages = new ArrayList<>(
                d.publicLanguages().stream().filter(l -> !l.equals("fr")).toList());
        f.timeZone = d.timeZone().getId();
        f.passThresholdPercent = d.passThresholdPercent().stripTrailingZeros();
        if (f.passThresholdPercent.scale() < 0) {
            f.passThresholdPercent = f.passThresholdPercent.setScale(0);
        }
        f.renewalMonths = d.renewalMonths();
        return f;
    }

    /** A time zone id Java knows ("Europe/Paris", "America/Martinique"…). */
    boolean hasValidTimeZone() {
        try {
            ZoneId.of(timeZone.strip());
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }

    GeneralSettings toSettings() {
        List<String> languages = new ArrayList<>(List.of("fr"));
        for (String l : List.of("en", "nl")) {
            if (otherLanguages != null && otherLanguages.contains(l)) {
                languages.add(l);
            }
        }
        return new GeneralSettings(
                name,
                brandName,
                tagline.toText(),
                new Contact(contactEmail, contactPhone, contactAddress, contactWebsite),
                languages,
                ZoneId.of(timeZone.strip()),
                passThresholdPercent,
                renewalMonths);
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

    public String getBrandName() {
        return brandName;
    }

    public void setBrandName(String brandName) {
        this.brandName = brandName;
    }

    public MultilingualText.Form getTagline() {
        return tagline;
    }

    public void setTagline(MultilingualText.Form tagline) {
        this.tagline = tagline;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
    }

    public String getContactWebsite() {
        return contactWebsite;
    }

    public void setContactWebsite(String contactWebsite) {
        this.contactWebsite = contactWebsite;
    }

    public List<String> getOtherLanguages() {
        return otherLanguages;
    }

    public void setOtherLanguages(List<String> otherLanguages) {
        this.otherLanguages = otherLanguages;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public BigDecimal getPassThresholdPercent() {
        return passThresholdPercent;
    }

    public void setPassThresholdPercent(BigDecimal passThresholdPercent) {
        this.passThresholdPercent = passThresholdPercent;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public void setRenewalMonths(Integer renewalMonths) {
        this.renewalMonths = renewalMonths;
    }
}
