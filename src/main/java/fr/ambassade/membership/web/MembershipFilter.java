package fr.ambassade.membership.web;

import fr.ambassade.membership.MembershipStatus;

/** The memberships list's filter (GET parameters; an unknown status is ignored and named, shared/web/ListFilters). */
public class MembershipFilter {

    private MembershipStatus status;

    public MembershipStatus getStatus() {
        return status;
    }

    public void setStatus(MembershipStatus status) {
        this.status = status;
    }
}
