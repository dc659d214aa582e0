package fr.ambassade.selection;

import fr.ambassade.shared.RefusedChange;
import java.util.List;

/**
 * An application submitted without everything it needs: a {@link RefusedChange} (message
 * {@code selection.error.incomplete}) that lists each missing field, so that a page shows a message beside each one.
 * Fields are form paths: {@code motivation}, {@code providerId} (the establishment), {@code selfAssessment[<value
 * code>]} (a brand value without its self-assessment).
 */
public class ApplicationIncomplete extends RefusedChange {

    private final List<String> missingFields;

    public ApplicationIncomplete(List<String> missingFields) {
        super(null, "selection.error.incomplete", missingFields.size());
        this.missingFields = List.copyOf(missingFields);
    }

    public List<String> missingFields() {
        return missingFields;
    }
}
