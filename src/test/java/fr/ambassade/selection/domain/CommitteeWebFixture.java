package fr.ambassade.selection.domain;

import fr.ambassade.selection.domain.SelectionFixture.Who;
import fr.ambassade.shared.security.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Data for the committee's page tests (outside this package), built by {@link SelectionFixture}. */
@Component
public class CommitteeWebFixture {

    private final SelectionFixture f;

    CommitteeWebFixture(SelectionFixture f) {
        this.f = f;
    }

    /** An EVALUATED application (scored 3 everywhere, recommended) of a new provider, and its candidate's e-mail. */
    public record Evaluated(long id, long version, String establishment, String candidateEmail) {}

    public Evaluated evaluated(String prefix) {
        long provider = f.provider(prefix);
        Who candidate = f.candidate(Locale.FRENCH, provider);
        ApplicationView a = f.evaluated(candidate, provider, f.staff(Role.ANIMATOR));
        return new Evaluated(a.id(), a.version(), f.providers.get(provider).name(), candidate.email());
    }

    /** A staff account: its id and e-mail. */
    public record Staff(long id, String email, String name) {}

    public Staff staff(Role role) {
        Who w = f.staff(role);
        return new Staff(w.id(), w.email(), "Test " + w.email());
    }

    /** A session in {@code days} days (negative: held), with a staff member and an external one. */
    public CommitteeSessionView session(int days, Staff member, String external) {
        Who animator = f.staff(Role.ANIMATOR);
        return f.as(
                animator,
                () -> f.committees.create(new Commands.NewCommitteeSession(
                        LocalDate.now().plusDays(days),
                        LocalTime.of(14, 30),
                        "Salle du conseil",
                        Set.of(member.id()),
                        List.of(external))));
    }

    /** Puts the application on the session's agenda (as an animator); returns the application's new version. */
    public long putOnAgenda(long sessionId, Evaluated a) {
        Who animator = f.staff(Role.ANIMATOR);
        f.as(
                animator,
                () -> f.committees.addToAgenda(
                        sessionId, a.id(), f.applications.get(a.id()).version()));
        return f.applications.get(a.id()).version();
    }

    public ApplicationView application(long id) {
        return f.applications.get(id);
    }

    public CommitteeSessionView get(long sessionId) {
        return f.committees.get(sessionId);
    }

    public List<Map<String, Object>> mailsTo(String email) {
        return f.mailsTo(email);
    }

    /** The code of the first brand value (the decline feedback's key). */
    public String firstValueCode() {
        return f.settings.values().get(0).code();
    }
}
