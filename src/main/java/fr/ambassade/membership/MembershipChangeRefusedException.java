package fr.ambassade.membership;

import fr.ambassade.shared.RefusedChange;

/**
 * A change of membership status that {@link MembershipStatus#canBecome} refuses (reinstating an active membership,
 * suspending a withdrawn one…): a {@link RefusedChange} of the whole change (a page shows it as a message, an API
 * answers 409), with the two statuses as arguments.
 */
public class MembershipChangeRefusedException extends RefusedChange {

    public static final String MESSAGE_KEY = "membership.error.transition";

    private final MembershipStatus from;
    private final MembershipStatus to;

    public MembershipChangeRefusedException(MembershipStatus from, MembershipStatus to) {
        super(null, MESSAGE_KEY, from, to);
        this.from = from;
        this.to = to;
    }

    public MembershipStatus from() {
        return from;
    }

    public MembershipStatus to() {
        return to;
    }
}
