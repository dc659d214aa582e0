package fr.ambassade.selection.domain;

import fr.ambassade.settings.GridCriterion;
import fr.ambassade.shared.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Data for the staff screens' page tests (application file, visits, evaluation), built by {@link SelectionFixture}. */
@Component
public class StaffScreensFixture {

    private final SelectionFixture f;

    StaffScreensFixture(SelectionFixture f) {
        this.f = f;
    }

    /** A staff account: its id and e-mail (the login of a page test). */
    public record Staff(long id, String email, Role role) {}

    /** An application to work on: its id, the establishment's name, the candidate's e-mail. */
    public record File(long id, String providerName, String candidateEmail) {}

    public Staff staff(Role role) {
        SelectionFixture.Who w = f.staff(role);
        return new Staff(w.id(), w.email(), role);
    }

    public File submitted(String prefix) {
        long provider = f.provider(prefix);
        SelectionFixture.Who candidate = f.candidate(Locale.ENGLISH, provider);
        ApplicationView a = f.submitted(candidate, provider);
        return new File(a.id(), f.providers.get(provider).name(), candidate.email());
    }

    public File underReview(String prefix, Staff animator) {
        long provider = f.provider(prefix);
        SelectionFixture.Who candidate = f.candidate(Locale.ENGLISH, provider);
        ApplicationView a = f.underReview(candidate, provider, who(animator));
        return new File(a.id(), f.providers.get(provider).name(), candidate.email());
    }

    /** Submitted, reviewed, visited, scored 3 everywhere by one evaluator and closed by the animator: EVALUATED. */
    public File evaluated(String prefix, Staff animator) {
        long provider = f.provider(prefix);
        SelectionFixture.Who candidate = f.candidate(Locale.ENGLISH, provider);
        ApplicationView a = f.evaluated(candidate, provider, who(animator));
        return new File(a.id(), f.providers.get(provider).name(), candidate.email());
    }

    /** Evaluated, put on a committee's agenda and deferred by the director (conditions, review in 30 days). */
    public File deferred(String prefix, Staff animator) {
        File evaluated = evaluated(prefix, animator);
        SelectionFixture.Who director = f.staff(Role.DIRECTOR);
        CommitteeSessionView session = f.as(
                who(animator),
                () -> f.committees.create(new Commands.NewCommitteeSession(
                        java.time.LocalDate.now(), "Salle du conseil", java.util.Set.of(director.id()), List.of())));
        f.as(
                who(animator),
                () -> f.committees.addToAgenda(
                        session.id(),
                        evaluated.id(),
                        f.applications.get(evaluated.id()).version()));
        f.as(
                director,
                () -> f.committees.decide(new Commands.CommitteeDecision(
                        session.id(),
                        evaluated.id(),
                        f.applications.get(evaluated.id()).version(),
                        fr.ambassade.selection.ApplicationState.DEFERRED,
                        "Labels à confirmer",
                        Map.of(),
                        "Envoyer le label Accueil Vélo",
                        java.time.LocalDate.now().plusDays(30))));
        return evaluated;
    }

    /** The audit actions of the application, oldest first. */
    public List<String> auditActions(long applicationId) {
        return f.audit(applicationId).stream()
                .map(r -> (String) r.get("action"))
                .toList();
    }

    /** The subjects of the e-mails queued for this address, oldest first. */
    public List<String> mailSubjectsTo(String email) {
        return f.mailsTo(email).stream().map(m -> (String) m.get("subject")).toList();
    }

    /** A DEFERRED application (evaluated, then deferred by a committee). */
    public File deferred(String prefix) {
        long provider = f.provider(prefix);
        SelectionFixture.Who candidate = f.candidate(Locale.ENGLISH, provider);
        ApplicationView a = f.deferred(candidate, provider, f.staff(Role.ANIMATOR));
        return new File(a.id(), f.providers.get(provider).name(), candidate.email());
    }

    /** An EVALUATED renewal of an ambassador establishment, scored {@code score} everywhere (3 passes, 0 fails). */
    public record Renewal(File file, long providerId) {}

    public Renewal evaluatedRenewal(String prefix, int score) {
        long provider = f.providers
                .save(fr.ambassade.providers.ProviderMother.aProvider()
                        .named(fr.ambassade.providers.ProviderMother.unique(prefix))
                        .status(fr.ambassade.providers.NetworkStatus.AMBASSADOR))
                .id();
        SelectionFixture.Who candidate = f.candidate(Locale.ENGLISH, provider);
        ApplicationView a = f.evaluatedRenewal(candidate, provider, f.staff(Role.ANIMATOR), score);
        return new Renewal(new File(a.id(), f.providers.get(provider).name(), candidate.email()), provider);
    }

    /** Turns the committee-skippable setting on or off (tests turn it back off after them). */
    public void committeeSkippableForPassingRenewals(boolean on) {
        f.committeeSkippableForPassingRenewals(on);
    }

    /** The audit entries of the application: action, actor, reason, changes. */
    public List<Map<String, Object>> audit(long applicationId) {
        return f.audit(applicationId);
    }

    /** Mails queued for the address, oldest first: template, locale, subject, text body, html body. */
    public List<Map<String, Object>> mailsTo(String email) {
        return f.mailsTo(email);
    }

    /** A visit of an application under review, scheduled by the animator for these evaluators; its id. */
    public long visit(File file, Staff animator, Staff... evaluators) {
        SelectionFixture.Who[] who = new SelectionFixture.Who[evaluators.length];
        for (int i = 0; i < evaluators.length; i++) {
            who[i] = who(evaluators[i]);
        }
        return f.visit(f.applications.get(file.id()), who(animator), who).id();
    }

    /** The evaluator declares no conflict and submits {@code score} everywhere, each evidence {@code note}. */
    public void submit(long visitId, Staff evaluator, int score, String note) {
        VisitView v = f.visits.visit(visitId);
        Map<Long, ScoreEntry> sheet = new java.util.LinkedHashMap<>();
        for (GridCriterion c : f.criteria(v)) {
            sheet.put(c.id(), ScoreEntry.of(score, note));
        }
        f.evaluate(who(evaluator), v, sheet);
    }

    /** The evaluator declares no conflict (and scores nothing yet). */
    public void declareNoConflict(long visitId, Staff evaluator) {
        f.as(who(evaluator), () -> f.visits.declare(new Commands.ConflictDeclaration(visitId, false, null)));
    }

    /** The criteria of the visit's grid. */
    public List<GridCriterion> criteria(long visitId) {
        return f.criteria(f.visits.visit(visitId));
    }

    /** The code of the first brand value. */
    public String firstValueCode() {
        return f.settings.values().get(0).code();
    }

    public ApplicationView application(long id) {
        return f.applications.get(id);
    }

    public VisitView visit(long id) {
        return f.visits.visit(id);
    }

    /** The calendar parts of the e-mails to this address, oldest first. */
    public List<String> calendarsTo(String email) {
        return f.jdbc.queryForList(
                "select convert_from(a.content, 'UTF8') from outbox_mail_attachment a join outbox_mail m on m.id ="
                        + " a.mail_id where m.recipient = ? and a.content_type like 'text/calendar%' order by"
                        + " m.created_at, m.id",
                String.class, email);
    }

    private static SelectionFixture.Who who(Staff s) {
        return new SelectionFixture.Who(s.id(), s.email(), java.util.EnumSet.of(s.role()));
    }
}
