package fr.ambassade.settings.domain;

import fr.ambassade.settings.SelectionRules;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of a test under other selection rules (the destination settings the director edits), then puts the
 * previous rules back, since all integration tests share one database:
 * {@code selectionRules.with(r -> r.withCommitteeSkippableForPassingRenewals(true), () -> …)}.
 */
@Component
public class SelectionRulesFixture {

    private final SettingsService settings;

    SelectionRulesFixture(SettingsService settings) {
        this.settings = settings;
    }

    public void with(UnaryOperator<SelectionRules> change, Runnable body) {
        with(change, () -> {
            body.run();
            return null;
        });
    }

    public <T> T with(UnaryOperator<SelectionRules> change, Supplier<T> body) {
        SelectionRules before = settings.selectionRules();
        set(change.apply(before));
        try {
            return body.get();
        } finally {
            set(before);
        }
    }

    /** Sets the rules (from the current settings version). */
    public void set(SelectionRules rules) {
        settings.changeSelectionRules(settings.current().version(), rules);
    }
}
