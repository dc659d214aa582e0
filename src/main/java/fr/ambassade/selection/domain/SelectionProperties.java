package fr.ambassade.selection.domain;

import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.settings.SelectionRules;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The selection's rules an OT may change, read from the destination settings the director edits
 * ({@code /admin/settings/selection}, {@link DestinationSettings#selectionRules()}): each getter reads the current
 * value (cached 10 s by the settings module, at once after a change on the same node), so a change applies to the
 * next request without a restart. The single place where the selection module reads them.
 *
 * <p>They were installation properties ({@code ambassade.selection.*}) before; those are no longer read (a warning
 * at start says so when one is still set).
 */
@Component
public class SelectionProperties {

    private static final Logger log = LoggerFactory.getLogger(SelectionProperties.class);

    static final List<String> FORMER_PROPERTIES = List.of(
            "ambassade.selection.reapply-delay-months",
            "ambassade.selection.animator-may-decline-without-visit",
            "ambassade.selection.committee-skippable-for-passing-renewals",
            "ambassade.selection.retention-years");

    private final DestinationSettings settings;

    SelectionProperties(DestinationSettings settings, Environment environment) {
        this.settings = settings;
        for (String property : FORMER_PROPERTIES) {
            if (environment.containsProperty(property)) {
                log.warn(
                        "{} is no longer read: the selection rules are destination settings, set by the director in"
                                + " /admin/settings/selection",
                        property);
            }
        }
    }

    /** How long a declined provider waits before applying again, in months (12 by default, 0–60). */
    public Integer reapplyDelayMonths() {
        return rules().reapplyDelayMonths();
    }

    /**
     * Whether the animator, not only the director, may decline from SUBMITTED or UNDER_REVIEW without a visit (false
     * by default).
     */
    public boolean animatorMayDeclineWithoutVisit() {
        return rules().animatorMayDeclineWithoutVisit();
    }

    /** Whether a renewal whose evaluation passes may be accepted without a committee (false by default). */
    public boolean committeeSkippableForPassingRenewals() {
        return rules().committeeSkippableForPassingRenewals();
    }

    /**
     * How long a declined or withdrawn application keeps the candidate's personal fields, in years (3 by default,
     * 1–10).
     */
    public Integer retentionYears() {
        return rules().retentionYears();
    }

    /** All four at once, read together (one consistent reading). */
    public SelectionRules rules() {
        return settings.selectionRules();
    }
}
