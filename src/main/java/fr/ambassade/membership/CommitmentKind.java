package fr.ambassade.membership;

/** The yearly commitments of an ambassador that staff follow (ticked per year on the membership). */
public enum CommitmentKind {
    /** Took part in at least one network event this year (the events module will fill it later). */
    NETWORK_EVENT,
    /** The profile was reviewed in the last 6 months. */
    PROFILE_REVIEWED,
    /** Shows the brand sticker. */
    SHOWS_STICKER
}
