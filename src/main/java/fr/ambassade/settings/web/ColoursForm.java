package fr.ambassade.settings.web;

import fr.ambassade.settings.ColourPair;
import fr.ambassade.settings.Destination;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The two colour pairs; the contrast rule itself is the domain's (SettingsRules). */
public class ColoursForm {

    private static final String HEX = "^\\s*#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\s*$";

    private long version;

    @NotBlank(message = "{settings.error.colour}")
    @Pattern(regexp = HEX, message = "{settings.error.colour}")
    private String textColour;

    @NotBlank(message = "{settings.error.colour}")
    @Pattern(regexp = HEX, message = "{settings.error.colour}")
    private String backgroundColour;

    @NotBlank(message = "{settings.error.colour}")
    @Pattern(regexp = HEX, message = "{settings.error.colour}")
    private String accentTextColour;

    @NotBlank(message = "{settings.error.colour}")
    @Pattern(regexp = HEX, message = "{settings.error.colour}")
    private String accentBackgroundColour;

    static ColoursForm from(Destination d) {
        ColoursForm f = new ColoursForm();
        f.version = d.version();
        f.textColour = d.colours().text();
        f.backgroundColour = d.colours().background();
        f.accentTextColour = d.accent().text();
        f.accentBackgroundColour = d.accent().background();
        return f;
    }

    ColourPair colours() {
        return new ColourPair(textColour, backgroundColour);
    }

    ColourPair accent() {
        return new ColourPair(accentTextColour, accentBackgroundColour);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTextColour() {
        return textColour;
    }

    public void setTextColour(String textColour) {
        this.textColour = textColour;
    }

    public String getBackgroundColour() {
        return backgroundColour;
    }

    public void setBackgroundColour(String backgroundColour) {
        this.backgroundColour = backgroundColour;
    }

    public String getAccentTextColour() {
        return accentTextColour;
    }

    public void setAccentTextColour(String accentTextColour) {
        this.accentTextColour = accentTextColour;
    }

    public String getAccentBackgroundColour() {
        return accentBackgroundColour;
    }

    public void setAccentBackgroundColour(String accentBackgroundColour) {
        this.accentBackgroundColour = accentBackgroundColour;
    }
}
