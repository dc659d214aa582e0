package fr.ambassade.shared;

/**
 * A {@link RefusedChange} that refuses a state transition: the API tells the caller the state the object was in and
 * the transition it asked for (properties {@code state} and {@code transition} of the 409 problem+json).
 */
public interface RefusedTransition {

    /** The state the object was in (an enum constant's name). */
    String fromState();

    /** The transition refused (an enum constant's name, e.g. {@code START_REVIEW}). */
    String transitionName();
}
