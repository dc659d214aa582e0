package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationState;
import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;

/** An application on a committee's agenda, and the decision taken on it with its reasons. */
@Entity
@Table(name = "committee_agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    private int position;

    @Enumerated(EnumType.STRING)
    private ApplicationState decision;

    private String reasons;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_account_id")
    private Long decidedByAccountId;

    protected AgendaItem() {}

    AgendaItem(long applicationId, int position) {
        this.applicationId = applicationId;
        this.position = position;
    }

    void decide(ApplicationState decision, String reasons, Long by, Instant now) {
        if (!EnumSet.of(ApplicationState.ACCEPTED, ApplicationState.DECLINED, ApplicationState.DEFERRED)
                .contains(decision)) {
            throw RefusedChange.onField("decision", "selection.error.decisionUnknown");
        }
        if (isDecided()) {
            throw RefusedChange.of("selection.error.alreadyDecided");
        }
        if (reasons == null || reasons.isBlank()) {
            throw RefusedChange.onField("reasons", "selection.error.reasonsRequired");
        }
        this.decision = decision;
        this.reasons = reasons.strip();
        this.decidedAt = now;
        this.decidedByAccountId = by;
    }

    boolean isDecided() {
        return decision != null;
    }

    long getApplicationId() {
        return applicationId;
    }

    AgendaItemView toView() {
        return new AgendaItemView(applicationId, position, decision, reasons, decidedAt, decidedByAccountId);
    }
}
