package fr.ambassade.providers;

/** Where a provider stands in the ambassadors network (changed by the selection and membership processes). */
public enum NetworkStatus {
    NONE,
    CANDIDATE,
    AMBASSADOR,
    FORMER
}
