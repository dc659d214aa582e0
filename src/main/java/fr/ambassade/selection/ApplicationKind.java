package fr.ambassade.selection;

/** Why an application exists: a provider asks for the title, or an ambassador renews it. */
public enum ApplicationKind {
    /** A provider applies for the title (on their own or invited by staff). */
    NEW,
    /** An ambassador's membership comes up for renewal: a visit and the evaluation again. */
    RENEWAL
}
