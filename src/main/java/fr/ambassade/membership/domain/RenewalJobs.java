package fr.ambassade.membership.domain;

import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.membership.Memberships;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.shared.DisplayTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled work on renewals, once across nodes: the reminders 90 and 30 days before the renewal date, and the
 * lapse of titles not renewed in time. Each round takes a ShedLock lock (it decides from the state of every
 * membership); each reminder is, in addition, a row per membership, kind and due date inserted if absent in the
 * transaction that queues its e-mails, so that it goes exactly once even if two rounds overlap (a lock expired on a
 * slow node) or a node restarts in the middle.
 */
@Component
public class RenewalJobs {

    /** A reminder and how many days before the renewal date it is due. */
    enum Reminder {
        D90(90),
        D30(30);

        final int daysBefore;

        Reminder(int daysBefore) {
            this.daysBefore = daysBefore;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RenewalJobs.class);

    private final MembershipRepository memberships;
    private final MembershipService service;
    private final MembershipMails mails;
    private final Providers providers;
    private final DisplayTime displayTime;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    RenewalJobs(
            MembershipRepository memberships,
            MembershipService service,
            MembershipMails mails,
            Providers providers,
            DisplayTime displayTime,
            JdbcTemplate jdbc,
            TransactionTemplate tx) {
        this.memberships = memberships;
        this.service = service;
        this.mails = mails;
        this.providers = providers;
        this.displayTime = displayTime;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Scheduled(
            cron = "${ambassade.membership.renewal-cron:0 15 * * * *}",
            zone = "${ambassade.default-time-zone:Europe/Paris}")
    @SchedulerLock(name = "membership.renewals", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        LocalDate today = displayTime.today();
        int sent = sendReminders(today);
        int lapsed = lapse(today);
        if (sent > 0 || lapsed > 0) {
            log.info("Renewals: {} reminders sent, {} memberships lapsed", sent, lapsed);
        }
    }

    /**
     * Sends the reminders due on {@code today}: for each live membership without a renewal in progress, the latest
     * reminder whose day has come (a membership first seen 20 days before its date gets the 30-day reminder only).
     *
     * @return how many reminders were sent now (not how many e-mails)
     */
    public int sendReminders(LocalDate today) {
        int sent = 0;
        for (long id : memberships.idsWithStatusIn(MembershipStatus.LIVE)) {
            Boolean done = tx.execute(s -> remind(id, today));
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(long id, LocalDate today) {
        Membership m = memberships.findById(id).orElse(null);
        if (m == null || !m.status().isLive() || m.renewalInProgress()) {
            return false;
        }
        LocalDate renewal = m.nextRenewalDate();
        if (!today.isBefore(renewal.plusDays(1))) {
            return false; // the date has passed: the lapse takes over
        }
        Reminder due = null;
        for (Reminder r : Reminder.values()) {
            if (!today.isBefore(renewal.minusDays(r.daysBefore))) {
                due = r; // D30 wins over D90 when both have come
            }
        }
        if (due == null) {
            return false;
        }
        LocalDate dueDate = renewal.minusDays(due.daysBefore);
        int inserted = jdbc.update(
                "insert into membership_reminder (membership_id, kind, due_date, sent_at) values (?, ?, ?, ?) "
                        + "on conflict do nothing",
                id,
                due.name(),
                dueDate,
                java.sql.Timestamp.from(Instant.now()));
        if (inserted == 0) {
            return false; // sent already (by this node before a restart, or by another node)
        }
        String name = providers.byId(m.providerId()).map(ProviderSummary::name).orElse("#" + m.providerId());
        int days = due.daysBefore;
        mails.toEstablishment(
                m.providerId(),
                null,
                "membership-renewal-reminder",
                "membership.mail.reminder.subject",
                locale -> Map.of(
                        "providerName",
                        name,
                        "days",
                        days,
                        "renewalDate",
                        displayTime.localDate(renewal, locale),
                        "link",
                        mails.link(Memberships.RENEWAL_START_PATH)),
                name);
        return true;
    }

    /**
     * Marks LAPSED the ACTIVE memberships whose renewal date has passed with no renewal submitted in time; the
     * provider becomes a former ambassador.
     *
     * @return how many lapsed
     */
    public int lapse(LocalDate today) {
        int lapsed = 0;
        List<Long> ids = memberships.idsWithStatusIn(java.util.EnumSet.of(MembershipStatus.ACTIVE));
        for (long id : ids) {
            Boolean done;
            try {
                done = tx.execute(s -> {
                    Membership m = memberships.findById(id).orElse(null);
                    if (m == null || !m.isDueToLapse(today)) {
                        return false;
                    }
                    m.lapse(today, Instant.now(), "renewal date " + m.nextRenewalDate() + " passed");
                    service.lapsed(m);
                    return true;
                });
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                done = false; // another node lapsed it at the same moment
            }
            if (Boolean.TRUE.equals(done)) {
                lapsed++;
            }
        }
        return lapsed;
    }
}
