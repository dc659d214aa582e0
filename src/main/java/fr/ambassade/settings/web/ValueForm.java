package fr.ambassade.settings.web;

import fr.ambassade.settings.BrandValue;
import fr.ambassade.shared.MultilingualText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A brand value: its code (fixed once created), name and short text in FR/EN/NL. */
public class ValueForm {

    private long version;

    @Size(max = 60, message = "{settings.error.tooLong}")
    @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$", message = "{settings.error.code}")
    private String code;

    @NotBlank(message = "{settings.error.required}")
    @Size(max = 120, message = "{settings.error.tooLong}")
    private String nameFr;

    @Size(max = 120, message = "{settings.error.tooLong}")
    private String nameEn;

    @Size(max = 120, message = "{settings.error.tooLong}")
    private String nameNl;

    @Size(max = 600, message = "{settings.error.tooLong}")
    private String descriptionFr;

    @Size(max = 600, message = "{settings.error.tooLong}")
    private String descriptionEn;

    @Size(max = 600, message = "{settings.error.tooLong}")
    private String descriptionNl;

    static ValueForm from(BrandValue v, long version) {
        ValueForm f = new ValueForm();
        f.version = version;
        f.code = v.code();
        f.nameFr = v.name().fr();
        f.nameEn = v.name().en();
        f.nameNl = v.name().nl();
        f.descriptionFr = v.description().fr();
        f.descriptionEn = v.description().en();
        f.descriptionNl = v.description().nl();
        return f;
    }

    MultilingualText name() {
        return MultilingualText.of(nameFr, nameEn, nameNl);
    }

    MultilingualText description() {
        return MultilingualText.of(descriptionFr, descriptionEn, descriptionNl);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameNl() { return nameNl; }
    public void setNameNl(String nameNl) { this.nameNl = nameNl; }
    public String getDescriptionFr() { return descriptionFr; }
    public void setDescriptionFr(String descriptionFr) { this.descriptionFr = descriptionFr; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(String descriptionNl) { this.descriptionNl = descriptionNl; }
}
