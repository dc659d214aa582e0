package fr.ambassade.mail.outbox;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Staff put a FAILED e-mail back in the queue; the decision is audited with the change. */
@Component
public class OutboxRequeue {

    public enum Result {
        REQUEUED,
        NOT_FAILED,
        NOT_FOUND
    }

    private final OutboxRepository outbox;
    private final AuditLog audit;

    OutboxRequeue(OutboxRepository outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Result requeue(UUID id) {
        if (outbox.findById(id).isEmpty()) {
            return Result.NOT_FOUND;
        }
        if (!outbox.requeue(id)) {
            return Result.NOT_FAILED;
        }
        audit.record(AuditRecord.of("OutboxMail", id, "REQUEUE").change("status", "FAILED", "PENDING"));
        return Result.REQUEUED;
    }
}
