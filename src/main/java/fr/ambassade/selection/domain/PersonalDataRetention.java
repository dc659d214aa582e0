package fr.ambassade.selection.domain;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.selection.ApplicationState;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the candidate's personal fields (and the photos: rows, then their files once committed) of declined and
 * withdrawn applications once the retention period ({@link SelectionProperties#retentionYears()}, a destination
 * setting, 3 years by default) has passed since the decision; the decision,
 * its dates and the score stay for the statistics. Daily, on one node (erasing twice would change nothing).
 */
@Component
class PersonalDataRetention {

    static final String LOCK = "selection.personal-data-retention";

    private final ApplicationRepository applications;
    private final SelectionProperties properties;
    private final ApplicationPhotos photos;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    PersonalDataRetention(
            ApplicationRepository applications,
            ApplicationPhotos photos,
            SelectionProperties properties,
            AuditLog audit,
            TransactionTemplate tx) {
        this.applications = applications;
        this.photos = photos;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
    }

    @Scheduled(fixedDelay = 86_400_000, initialDelay = 300_000)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void eraseExpired() {
        eraseDecidedBefore(cutoff());
    }

    /** Files decided before this instant are past the retention period (the destination's setting, read now). */
    Instant cutoff() {
        return ZonedDateTime.now().minusYears(properties.retentionYears()).toInstant();
    }

    /** Erases the files declined or withdrawn before {@code before}; returns their ids. */
    List<Long> eraseDecidedBefore(Instant before) {
        return tx.execute(s -> {
            List<Application> due =
                    applications.toErase(EnumSet.of(ApplicationState.DECLINED, ApplicationState.WITHDRAWN), before);
            Instant now = Instant.now();
            for (Application a : due) {
                a.erasePersonalData(now);
                int erasedPhotos = photos.eraseAll(a.getId());
                audit.record(AuditRecord.of(ApplicationChanges.AUDIT_TYPE, a.getId(), "PERSONAL_DATA_ERASED")
                        .by("system")
                        .change("photos", erasedPhotos, 0)
                        .because("retention of " + properties.retentionYears() + " years"));
            }
            return due.stream().map(Application::getId).toList();
        });
    }
}
