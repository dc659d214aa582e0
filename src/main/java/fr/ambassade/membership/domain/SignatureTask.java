package fr.ambassade.membership.domain;

/**
 * A charter the user must sign for one of their establishments: the first signature of an accepted application
 * (which opens the membership), or a new charter version for an ambassador.
 */
public record SignatureTask(long providerId, String providerName, Kind kind, CharterText charter) {

    public enum Kind {
        /** An accepted application: signing opens the membership. */
        FIRST,
        /** A new charter version for an ambassador. */
        NEW_VERSION
    }
}
