package fr.ambassade.selection.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.mail.MailOutbox;
import fr.ambassade.mail.OutgoingMail;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.security.Role;
import java.time.LocalDate;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the animators, on a deferral's review date, that the file waits to be reopened: once per application and
 * review date, even with several nodes or a restart in between. ShedLock keeps the nodes from running the round
 * together; the row {@code deferral_reminder (application_id, review_date)}, inserted in the transaction of its
 * e-mails, makes each reminder exactly once (a second insert finds the row and sends nothing).
 */
@Component
class DeferralReminders {

    static final String LOCK = "selection.deferral-reminders";
    static final String TEMPLATE = "selection-deferral-reminder";

    private final ApplicationRepository applications;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MailOutbox outbox;
    private final Accounts accounts;
    private final Providers providers;
    private final DisplayTime displayTime;

    DeferralReminders(
            ApplicationRepository applications,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            MailOutbox outbox,
            Accounts accounts,
            Providers providers,
            DisplayTime displayTime) {
        this.applications = applications;
        this.jdbc = jdbc;
        this.tx = tx;
        this.outbox = outbox;
        this.accounts = accounts;
        this.providers = providers;
        this.displayTime = displayTime;
    }

    /** Every hour on one node (a reminder goes out on the morning of its day, or soon after a restart). */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void remindDue() {
        remindDueBy(displayTime.today());
    }

    /** Sends the reminders due by {@code today} that were not sent; returns how many applications were reminded. */
    int remindDueBy(LocalDate today) {
        int sent = 0;
        for (Application a : tx.execute(s -> applications.deferredDueBy(today))) {
            Boolean done = tx.execute(s -> remind(a.getId(), a.getReviewDate(), a.getProviderId()));
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(long applicationId, LocalDate reviewDate, Long providerId) {
        int inserted = jdbc.update(
                "insert into deferral_reminder (application_id, review_date) values (?, ?) on conflict do nothing",
                applicationId,
                reviewDate);
        if (inserted == 0) {
            return false;
        }
        String providerName = providerId == null
                ? ""
                : providers.byId(providerId).map(ProviderSummary::name).orElse("");
        for (AccountRef animator : accounts.withRole(Role.ANIMATOR)) {
            outbox.enqueue(OutgoingMail.of(
                    animator.email(),
                    animator.locale(),
                    TEMPLATE,
                    "selection.mail.deferralReminder.subject",
                    Map.of(
                            "displayName",
                            animator.displayName(),
                            "providerName",
                            providerName,
                            "applicationId",
                            String.valueOf(applicationId),
                            "reviewDate",
                            displayTime.date(
                                    reviewDate.atStartOfDay(displayTime.zone()).toInstant(), animator.locale())),
                    providerName));
        }
        return true;
    }
}
