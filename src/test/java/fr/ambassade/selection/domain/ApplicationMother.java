package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data: {@code anApplication().forProvider(42).inState(IN_COMMITTEE)} builds an application (not saved) that went
 * the usual way to that state, each step by the staff account {@link #STAFF}.
 */
public final class ApplicationMother {

    public static final List<String> VALUES = List.of("accueil", "authenticite", "engagement");
    public static final long STAFF = 7L;
    public static final long CANDIDATE = 9L;

    private ApplicationKind kind = ApplicationKind.NEW;
    private Long providerId = 42L;
    private Long applicantAccountId = CANDIDATE;
    private String email = "candidat@example.test";
    private String language = "fr";
    private String motivation = "Faire découvrir le bassin minier";
    private final Map<String, String> selfAssessment = new LinkedHashMap<>();

    private ApplicationMother() {
        VALUES.forEach(v -> selfAssessment.put(v, "Ce que nous faisons pour " + v));
    }

    public static ApplicationMother anApplication() {
        return new ApplicationMother();
    }

    public ApplicationMother renewal() {
        this.kind = ApplicationKind.RENEWAL;
        return this;
    }

    public ApplicationMother forProvider(Long id) {
        this.providerId = id;
        return this;
    }

    public ApplicationMother byApplicant(Long accountId, String email, String language) {
        this.applicantAccountId = accountId;
        this.email = email;
        this.language = language;
        return this;
    }

    public ApplicationMother withoutMotivation() {
        this.motivation = null;
        return this;
    }

    public ApplicationMother withoutSelfAssessment(String value) {
        selfAssessment.remove(value);
        return this;
    }

    /** A draft with every field filled in (unless removed). */
    Application draft() {
        Application a = new Application(kind, null, applicantAccountId, null, email, language, CANDIDATE, now());
        a.editDraft(motivation, selfAssessment, providerId, now());
        return a;
    }

    Application inState(ApplicationState state) {
        Application a = draft();
        if (state == ApplicationState.DRAFT) {
            return a;
        }
        if (state == ApplicationState.WITHDRAWN) {
            a.withdraw("changed our mind", CANDIDATE, now());
            return a;
        }
        a.submit(VALUES, CANDIDATE, now());
        if (state == ApplicationState.SUBMITTED) {
            return a;
        }
        a.startReview(STAFF, now(), null);
        if (state == ApplicationState.UNDER_REVIEW) {
            return a;
        }
        a.visitScheduled(STAFF, now(), null);
        if (state == ApplicationState.VISIT_SCHEDULED) {
            return a;
        }
        a.evaluated(new BigDecimal("72.50"), 1, "Recommandée", STAFF, now());
        if (state == ApplicationState.EVALUATED) {
            return a;
        }
        a.putOnAgenda(STAFF, now(), "committee 1");
        switch (state) {
            case IN_COMMITTEE -> {}
            case ACCEPTED -> a.accept(STAFF, now(), "unanimous");
            case DECLINED -> a.decline(Map.of("accueil", "Accueil à renforcer"), STAFF, now(), "not yet");
            case DEFERRED -> a.defer("Terminer les travaux", today().plusMonths(3), today(), STAFF, now(), "works");
            default -> throw new IllegalArgumentException(state.name());
        }
        return a;
    }

    static Instant now() {
        return Instant.now();
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
