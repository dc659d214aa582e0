package fr.ambassade.settings.domain;

import fr.ambassade.settings.ColourPair;
import fr.ambassade.settings.SelectionRules;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.RefusedChange;
import java.math.BigDecimal;

/** The invariants of the settings, checked by the domain whatever the caller (forms, seeders, tests). */
public final class SettingsRules {

    public static final int MIN_RENEWAL_MONTHS = 1;
    public static final int MAX_RENEWAL_MONTHS = 120;

    private SettingsRules() {}

    static void checkGeneral(GeneralSettings g) {
        if (g.name() == null || g.name().isBlank()) {
            throw new RefusedChange("name", "settings.error.required");
        }
        if (g.brandName() == null || g.brandName().isBlank()) {
            throw new RefusedChange("brandName", "settings.error.required");
        }
        if (g.timeZone() == null) {
            throw new RefusedChange("timeZone", "settings.error.timeZone");
        }
        if (g.publicLanguages().isEmpty() || !g.publicLanguages().get(0).equals("fr")) {
            throw new RefusedChange("publicLanguages", "settings.error.languages");
        }
        for (String l : g.publicLanguages()) {
            if (!MultilingualText.LANGUAGES.contains(l)) {
                throw new RefusedChange("publicLanguages", "settings.error.languages");
            }
        }
        checkThreshold(g.passThresholdPercent());
        if (g.renewalMonths() < MIN_RENEWAL_MONTHS || g.renewalMonths() > MAX_RENEWAL_MONTHS) {
            throw new RefusedChange(
                    "renewalMonths", "settings.error.renewalMonths", MIN_RENEWAL_MONTHS, MAX_RENEWAL_MONTHS);
        }
    }

    static void checkSelection(SelectionRules r) {
        if (r.reapplyDelayMonths() < SelectionRules.MIN_REAPPLY_DELAY_MONTHS
                || r.reapplyDelayMonths() > SelectionRules.MAX_REAPPLY_DELAY_MONTHS) {
            throw new RefusedChange(
                    "reapplyDelayMonths",
                    "settings.error.reapplyDelayMonths",
                    SelectionRules.MIN_REAPPLY_DELAY_MONTHS,
                    SelectionRules.MAX_REAPPLY_DELAY_MONTHS);
        }
        if (r.retentionYears() < SelectionRules.MIN_RETENTION_YEARS
                || r.retentionYears() > SelectionRules.MAX_RETENTION_YEARS) {
            throw new RefusedChange(
                    "retentionYears",
                    "settings.error.retentionYears",
                    SelectionRules.MIN_RETENTION_YEARS,
                    SelectionRules.MAX_RETENTION_YEARS);
        }
    }

    static void checkThreshold(BigDecimal threshold) {
        if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RefusedChange("passThresholdPercent", "settings.error.threshold");
        }
    }

    /**
     * Text on background and text on accent must reach WCAG AA (4.5:1); the accent is also the link
     * colour on the page background, so that pair is checked too.
     */
    public static void checkColours(ColourPair colours, ColourPair accent) {
        checkPair(colours, "textColour");
        checkPair(accent, "accentTextColour");
        checkPair(new ColourPair(accent.background(), colours.background()), "accentBackgroundColour");
    }

    private static void checkPair(ColourPair pair, String field) {
        double ratio = pair.contrastRatio();
        if (ratio < ColourPair.AA_NORMAL_TEXT) {
            // rounded down, so that a refused 4.499 never reads as "4.50"
            throw new RefusedChange(
                    field,
                    "settings.error.contrast",
                    pair.text(),
                    pair.background(),
                    Math.floor(ratio * 100) / 100,
                    ColourPair.AA_NORMAL_TEXT);
        }
    }
}
