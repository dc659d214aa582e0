package fr.ambassade.settings.web;

import fr.ambassade.settings.BrandValue;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.ValidMultilingualText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A brand value: its code (fixed once created), name and short text in FR/EN/NL. */
public class ValueForm {

    private long version;

    @Size(max = 60, message = "{settings.error.tooLong}")
    @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$", message = "{settings.error.code}")
    private String code;

    @ValidMultilingualText(
            max = 120,
            frenchRequired = true,
            requiredMessage = "{settings.error.required}",
            tooLongMessage = "{settings.error.tooLong}")
    private MultilingualText.Form name = new MultilingualText.Form();

    @ValidMultilingualText(max = 600, tooLongMessage = "{settings.error.tooLong}")
    private MultilingualText.Form description = new MultilingualText.Form();

    static ValueForm from(BrandValue v, long version) {
        ValueForm f = new ValueForm();
        f.version = version;
        f.code = v.code();
        f.name = MultilingualText.Form.of(v.name());
        f.description = MultilingualText.Form.of(v.description());
        return f;
    }

    MultilingualText name() {
        return name.toText();
    }

    MultilingualText description() {
        return description.toText();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public MultilingualText.Form getName() {
        return name;
    }

    public void setName(MultilingualText.Form name) {
        this.name = name;
    }

    public MultilingualText.Form getDescription() {
        return description;
    }

    public void setDescription(MultilingualText.Form description) {
        this.description = description;
    }
}
