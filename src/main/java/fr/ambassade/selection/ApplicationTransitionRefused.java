package fr.ambassade.selection;

import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.RefusedTransition;

/**
 * A transition the application's state does not allow (submitting a file already submitted, deciding one that is not
 * in committee…): a {@link RefusedChange} of the whole change, so a page shows its message and the API answers 409.
 * The message key explains the rule ({@code selection.refused.<transition>}); the state it was in is an argument.
 */
public class ApplicationTransitionRefused extends RefusedChange implements RefusedTransition {

    private final ApplicationState from;
    private final String transition;

    public ApplicationTransitionRefused(ApplicationState from, String transition, String messageKey) {
        super(null, messageKey, from);
        this.from = from;
        this.transition = transition;
    }

    /** The state the application was in. */
    public ApplicationState from() {
        return from;
    }

    /** The transition that was refused (a name of the domain's transitions, e.g. {@code SUBMIT}). */
    public String transition() {
        return transition;
    }

    @Override
    public String fromState() {
        return from.name();
    }

    @Override
    public String transitionName() {
        return transition;
    }
}
