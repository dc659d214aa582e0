package fr.ambassade.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Memberships for the tests of other packages (selection's pages): built by {@link MembershipFixtures}. */
@Component
public class MembershipTestData {

    private final MembershipFixtures fixtures;

    MembershipTestData(MembershipFixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** An ACTIVE membership started on {@code start} for {@code months}; its id. */
    public long activeMembership(long providerId, LocalDate start, int months) {
        return fixtures.membership(providerId, start, months);
    }

    /** The membership's next renewal date, read from the database. */
    public LocalDate nextRenewalDate(long membershipId) {
        return fixtures.memberships.findById(membershipId).orElseThrow().nextRenewalDate();
    }

    /** The membership's audit entries: action and reason. */
    public List<Map<String, Object>> audit(long membershipId) {
        return fixtures.jdbc.queryForList(
                "select action, reason from audit_entry where object_type = ? and object_id = ? order by id",
                MembershipService.AUDIT_TYPE,
                String.valueOf(membershipId));
    }
}
