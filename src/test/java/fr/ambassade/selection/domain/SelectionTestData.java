package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.shared.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Applications for the tests of other modules (membership's renewal pages), built by {@link SelectionFixture}. */
@Component
public class SelectionTestData {

    private final SelectionFixture f;

    SelectionTestData(SelectionFixture f) {
        this.f = f;
    }

    /**
     * A NEW application of the provider by this provider user (a manager of it), evaluated and ACCEPTED by a committee:
     * motivation {@link #MOTIVATION}, self-assessment "Notre façon de vivre &lt;value code&gt;" for every value.
     */
    public ApplicationView accepted(long providerId, long applicantAccountId, String applicantEmail) {
        SelectionFixture.Who candidate =
                new SelectionFixture.Who(applicantAccountId, applicantEmail, EnumSet.of(Role.PROVIDER));
        SelectionFixture.Who animator = f.staff(Role.ANIMATOR);
        ApplicationView evaluated = f.evaluated(candidate, providerId, animator);
        CommitteeSessionView session = f.as(
                animator,
                () -> f.committees.create(new Commands.NewCommitteeSession(
                        LocalDate.now().minusDays(1), "Salle du conseil", Set.of(animator.id()), List.of())));
        f.as(animator, () -> f.committees.addToAgenda(session.id(), evaluated.id(), evaluated.version()));
        long version = f.applications.get(evaluated.id()).version();
        return f.as(
                animator,
                () -> f.committees.decide(new Commands.CommitteeDecision(
                        session.id(),
                        evaluated.id(),
                        version,
                        ApplicationState.ACCEPTED,
                        "Accepté",
                        null,
                        null,
                        null)));
    }

    /** The motivation of the applications this class builds. */
    public static final String MOTIVATION = "Partager le bassin minier";

    public ApplicationView application(long id) {
        return f.applications.get(id);
    }

    /** The brand values' codes, in order. */
    public List<String> valueCodes() {
        return f.settings.values().stream().map(v -> v.code()).toList();
    }
}
