package fr.ambassade.settings.domain;

import fr.ambassade.settings.ColourPair;
import fr.ambassade.settings.Contact;
import fr.ambassade.settings.SelectionRules;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.MultilingualTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;

/** The single settings row. Its invariants are checked by {@link SettingsRules} before any change. */
@Entity
@Table(name = "destination")
class DestinationEntity {

    static final short SINGLETON_ID = 1;

    @Id
    private Short id;

    private String name;

    @Column(name = "brand_name")
    private String brandName;

    @Convert(converter = MultilingualTextConverter.class)
    @Column(name = "tagline", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private MultilingualText tagline;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_address")
    private String contactAddress;

    @Column(name = "contact_website")
    private String contactWebsite;

    @Column(name = "text_colour")
    private String textColour;

    @Column(name = "background_colour")
    private String backgroundColour;

    @Column(name = "accent_text_colour")
    private String accentTextColour;

    @Column(name = "accent_background_colour")
    private String accentBackgroundColour;

    @Column(name = "public_languages")
    private String publicLanguages;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "pass_threshold_percent")
    private BigDecimal passThresholdPercent;

    @Column(name = "renewal_months")
    private int renewalMonths;

    @Column(name = "reapply_delay_months")
    private int reapplyDelayMonths = SelectionRules.DEFAULTS.reapplyDelayMonths();

    @Column(name = "animator_may_decline_without_visit")
    private boolean animatorMayDeclineWithoutVisit = SelectionRules.DEFAULTS.animatorMayDeclineWithoutVisit();

    @Column(name = "committee_skippable_for_passing_renewals")
    private boolean committeeSkippableForPassingRenewals =
            SelectionRules.DEFAULTS.committeeSkippableForPassingRenewals();

    @Column(name = "retention_years")
    private int retentionYears = SelectionRules.DEFAULTS.retentionYears();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected DestinationEntity() {}

    static DestinationEntity create(GeneralSettings general, ColourPair colours, ColourPair accent, String by) {
        SettingsRules.checkGeneral(general);
        SettingsRules.checkColours(colours, accent);
        DestinationEntity d = new DestinationEntity();
        d.id = SINGLETON_ID;
        d.apply(general);
        d.applyColours(colours, accent);
        d.touch(by);
        return d;
    }

    void change(GeneralSettings general, String by) {
        SettingsRules.checkGeneral(general);
        apply(general);
        touch(by);
    }

    void changeColours(ColourPair colours, ColourPair accent, String by) {
        SettingsRules.checkColours(colours, accent);
        applyColours(colours, accent);
        touch(by);
    }

    void changeSelectionRules(SelectionRules rules, String by) {
        SettingsRules.checkSelection(rules);
        reapplyDelayMonths = rules.reapplyDelayMonths();
        animatorMayDeclineWithoutVisit = rules.animatorMayDeclineWithoutVisit();
        committeeSkippableForPassingRenewals = rules.committeeSkippableForPassingRenewals();
        retentionYears = rules.retentionYears();
        touch(by);
    }

    void touch(String by) {
        updatedAt = Instant.now();
        updatedBy = by;
    }

    private void apply(GeneralSettings g) {
        name = g.name().strip();
        brandName = g.brandName().strip();
        tagline = g.tagline();
        Contact c = g.contact();
        contactEmail = c.email();
        contactPhone = c.phone();
        contactAddress = c.address();
        contactWebsite = c.website();
        publicLanguages = String.join(",", g.publicLanguages());
        timeZone = g.timeZone().getId();
        passThresholdPercent = g.passThresholdPercent();
        renewalMonths = g.renewalMonths();
    }

    private void applyColours(ColourPair colours, ColourPair accent) {
        textColour = colours.text();
        backgroundColour = colours.background();
        accentTextColour = accent.text();
        accentBackgroundColour = accent.background();
    }

    GeneralSettings general() {
        return new GeneralSettings(
                name,
                brandName,
                tagline,
                contact(),
                languages(),
                ZoneId.of(timeZone),
                passThresholdPercent,
                renewalMonths);
    }

    Contact contact() {
        return new Contact(contactEmail, contactPhone, contactAddress, contactWebsite);
    }

    List<String> languages() {
        return Arrays.stream(publicLanguages.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    SelectionRules selectionRules() {
        return new SelectionRules(
                reapplyDelayMonths,
                animatorMayDeclineWithoutVisit,
                committeeSkippableForPassingRenewals,
                retentionYears);
    }

    ColourPair colours() {
        return new ColourPair(textColour, backgroundColour);
    }

    ColourPair accent() {
        return new ColourPair(accentTextColour, accentBackgroundColour);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
