package fr.ambassade.membership.domain;

import fr.ambassade.accounts.AccountRef;
import fr.ambassade.accounts.Accounts;
import fr.ambassade.accounts.CurrentUser;
import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.membership.CommitmentKind;
import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.ProviderSummary;
import fr.ambassade.providers.Providers;
import fr.ambassade.selection.ApplicationDecided;
import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import fr.ambassade.selection.ApplicationSubmitted;
import fr.ambassade.settings.Charter;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.shared.DisplayTime;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.StaleEdit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memberships: offers opened by accepted applications, charter signatures, status changes (each audited, e-mailed to
 * the establishment's managers and followed by the provider's network status, in the same transaction), renewals and
 * yearly commitments.
 */
@Service
public class MembershipService {

    static final String AUDIT_TYPE = "Membership";
    private static final Logger log = LoggerFactory.getLogger(MembershipService.class);

    private final MembershipRepository memberships;
    private final MembershipOfferRepository offers;
    private final Providers providers;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final DestinationSettings settings;
    private final AuditLog audit;
    private final MembershipMails mails;
    private final DisplayTime displayTime;
    private final JdbcTemplate jdbc;

    MembershipService(
            MembershipRepository memberships,
            MembershipOfferRepository offers,
            Providers providers,
            Accounts accounts,
            CurrentUser currentUser,
            DestinationSettings settings,
            AuditLog audit,
            MembershipMails mails,
            DisplayTime displayTime,
            JdbcTemplate jdbc) {
        this.memberships = memberships;
        this.offers = offers;
        this.providers = providers;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.settings = settings;
        this.audit = audit;
        this.mails = mails;
        this.displayTime = displayTime;
        this.jdbc = jdbc;
    }

    // ================================================================== what the selection module tells

    /**
     * An application was decided. Accepted new: an offer awaiting the charter signature. Accepted renewal: the next
     * renewal date moves on. Declined renewal: the title lapses at its date (at once when it has passed). Idempotent
     * (a delivery may come again).
     */
    @Transactional
    public void applicationDecided(ApplicationDecided decided) {
        if (decided.kind() == ApplicationKind.NEW && decided.decision() == ApplicationState.ACCEPTED) {
            offer(decided);
        } else if (decided.kind() == ApplicationKind.RENEWAL) {
            renewalDecided(decided);
        }
    }

    private void offer(ApplicationDecided decided) {
        if (offers.findByApplicationId(decided.applicationId()).isPresent()) {
            return;
        }
        if (memberships.findLive(decided.providerId()).isPresent()) {
            log.warn(
                    "Application {} accepted for provider {} that already holds the title: no offer",
                    decided.applicationId(),
                    decided.providerId());
            return;
        }
        MembershipOffer offer = offers.saveAndFlush(new MembershipOffer(
                decided.providerId(),
                decided.applicationId(),
                decided.applicantAccountId(),
                decided.scorePercent(),
                decided.gridVersion(),
                Instant.now()));
        audit.record(withActor(AuditRecord.of(AUDIT_TYPE, "offer-" + offer.id(), "OFFERED"), decided.byAccountId())
                .because("application " + decided.applicationId() + " accepted")
                .forEstablishment(decided.providerId()));
        String name = providerName(decided.providerId());
        mails.toEstablishment(
                decided.providerId(),
                decided.applicantAccountId(),
                "membership-offer",
                "membership.mail.offer.subject",
                locale -> Map.of("providerName", name, "link", mails.link("/espace/adhesion")),
                name);
    }

    private void renewalDecided(ApplicationDecided decided) {
        Optional<Membership> live = memberships.findLive(decided.providerId());
        if (live.isEmpty()) {
            log.warn(
                    "Renewal {} decided for provider {} without a live membership",
                    decided.applicationId(),
                    decided.providerId());
            return;
        }
        Membership m = live.get();
        Instant at = Instant.now();
        int months = settings.current().renewalMonths();
        switch (decided.decision()) {
            case ACCEPTED -> {
                if (m.history().stream()
                        .anyMatch(h -> h.kind().equals("RENEWED")
                                && h.detail().startsWith("application " + decided.applicationId() + ":"))) {
                    return; // delivered again
                }
                m.renewalAccepted(
                        decided.applicationId(),
                        decided.scorePercent(),
                        decided.gridVersion(),
                        months,
                        at,
                        decided.byAccountId());
                audit.record(withActor(AuditRecord.of(AUDIT_TYPE, m.id(), "RENEWED"), decided.byAccountId())
                        .because("application " + decided.applicationId() + " accepted")
                        .change("nextRenewalDate", m.nextRenewalDate().minusMonths(months), m.nextRenewalDate())
                        .forEstablishment(m.providerId()));
                String name = providerName(m.providerId());
                mails.toEstablishment(
                        m.providerId(),
                        null,
                        "membership-renewed",
                        "membership.mail.renewed.subject",
                        locale -> Map.of(
                                "providerName",
                                name,
                                "renewalDate",
                                displayTime.localDate(m.nextRenewalDate(), locale)),
                        name);
            }
            case DECLINED -> {
                MembershipStatus before = m.status();
                boolean lapsedNow =
                        m.renewalDeclined(decided.applicationId(), displayTime.today(), at, decided.byAccountId());
                audit.record(withActor(AuditRecord.of(AUDIT_TYPE, m.id(), "RENEWAL_DECLINED"), decided.byAccountId())
                        .because("application " + decided.applicationId() + " declined")
                        .change("status", before, m.status())
                        .forEstablishment(m.providerId()));
                if (lapsedNow) {
                    lapsed(m);
                }
            }
            default -> {
                // a deferral keeps the renewal in progress until it is decided
            }
        }
    }

    /** A renewal was submitted: remember it, so that the title stays active past its date until the decision. */
    @Transactional
    public void applicationSubmitted(ApplicationSubmitted submitted) {
        if (submitted.kind() != ApplicationKind.RENEWAL) {
            return;
        }
        memberships
                .findLive(submitted.providerId())
                .ifPresentOrElse(
                        m -> m.renewalSubmitted(
                                submitted.applicationId(),
                                submitted
                                        .submittedAt()
                                        .atZone(displayTime.zone())
                                        .toLocalDate(),
                                Instant.now(),
                                submitted.applicantAccountId()),
                        () -> log.warn(
                                "Renewal {} submitted for provider {} without a live membership",
                                submitted.applicationId(),
                                submitted.providerId()));
    }

    /**
     * A provider was merged into another: its memberships and open offers move onto the survivor (former ones keep
     * their history there). When both held a live title, the survivor keeps its own and the merged record's stays
     * where it is, for staff to withdraw (logged): two live titles cannot be one. Idempotent.
     */
    @Transactional
    public void providerMerged(long mergedId, long survivorId) {
        boolean survivorLive = memberships.findLive(survivorId).isPresent();
        boolean mergedLive = memberships.findLive(mergedId).isPresent();
        int moved = jdbc.update(
                "update membership set provider_id = ?, updated_at = now(), version = version + 1 where provider_id = ?"
                        + (survivorLive ? " and status not in ('ACTIVE', 'SUSPENDED')" : ""),
                survivorId,
                mergedId);
        jdbc.update(
                "update membership_offer set provider_id = ? where provider_id = ? and signed_at is null",
                survivorId,
                mergedId);
        if (survivorLive && mergedLive) {
            log.warn(
                    "Providers {} and {} merged while both held the title: the membership of {} stays on it",
                    mergedId,
                    survivorId,
                    mergedId);
        }
        if (moved > 0) {
            audit.record(AuditRecord.of(AUDIT_TYPE, "provider-" + survivorId, "MOVED_ON_MERGE")
                    .by("system")
                    .because("provider " + mergedId + " merged into " + survivorId)
                    .forEstablishment(survivorId));
        }
    }

    // ================================================================== charter

    /** What the current user has to sign for their establishments (first signatures and new versions). */
    @Transactional(readOnly = true)
    public List<SignatureTask> tasksFor(Collection<Long> providerIds, String language) {
        List<SignatureTask> out = new ArrayList<>();
        for (long id : providerIds) {
            task(id, language).ifPresent(out::add);
        }
        return out;
    }

    /** What there is to sign for the establishment, if anything. */
    @Transactional(readOnly = true)
    public Optional<SignatureTask> task(long providerId, String language) {
        Charter charter = settings.currentCharter();
        if (charter.isEmpty()) {
            return Optional.empty();
        }
        if (!offers.findOpen(providerId).isEmpty()) {
            return Optional.of(new SignatureTask(
                    providerId, providerName(providerId), SignatureTask.Kind.FIRST, CharterText.of(charter, language)));
        }
        return memberships
                .findLive(providerId)
                .filter(m -> !m.hasSigned(charter.version()))
                .map(m -> new SignatureTask(
                        providerId,
                        providerName(providerId),
                        SignatureTask.Kind.NEW_VERSION,
                        CharterText.of(charter, language)));
    }

    /**
     * The current user signs the charter in force for the establishment: the typed name must be their account name
     * (ignoring case and accents) and the consent given. A first signature opens the membership ACTIVE and makes the
     * provider an ambassador; a new version is added to the live membership.
     */
    @Transactional
    public void sign(long providerId, SignCommand command) {
        AccountRef signer = currentUser.current().orElseThrow(() -> new NotFoundException("no signed-in user"));
        Charter charter = settings.currentCharter();
        if (charter.isEmpty()) {
            throw new NotFoundException("no charter");
        }
        if (command.charterVersion() != charter.version()) {
            throw new StaleEdit("membership.error.charterChanged", "charter", (long) command.charterVersion(), (long)
                    charter.version());
        }
        if (!MultilingualText.LANGUAGES.contains(command.language())) {
            throw new IllegalArgumentException("unknown language " + command.language());
        }
        if (!SignerName.matches(command.fullName(), signer.displayName())) {
            throw RefusedChange.onField("fullName", "membership.error.name");
        }
        if (!command.consent()) {
            throw RefusedChange.onField("consent", "membership.error.consent");
        }
        CharterText text = CharterText.of(charter, command.language());
        Instant at = Instant.now();
        CharterSignature signature = new CharterSignature(
                charter.version(),
                command.language(),
                text.sha256(),
                signer.id(),
                command.fullName().strip(),
                at);
        List<MembershipOffer> open = offers.findOpen(providerId);
        if (!open.isEmpty()) {
            MembershipOffer offer = open.get(0);
            int months = settings.current().renewalMonths();
            Membership m = memberships.saveAndFlush(Membership.open(
                    providerId,
                    offer.applicationId(),
                    displayTime.today(),
                    months,
                    offer.scorePercent(),
                    offer.gridVersion(),
                    signature,
                    at));
            open.forEach(o -> o.signed(m.id(), at));
            audit.record(AuditRecord.of(AUDIT_TYPE, m.id(), "OPENED")
                    .byAccount(signer.id())
                    .because("charter v" + charter.version() + " signed")
                    .change("status", null, MembershipStatus.ACTIVE)
                    .change("charterSha256", null, text.sha256())
                    .forEstablishment(providerId));
            providers.changeNetworkStatus(
                    providerId, NetworkStatus.AMBASSADOR, "charter signed, membership " + m.id() + " active");
            String name = providerName(providerId);
            mails.toEstablishment(
                    providerId,
                    null,
                    "membership-welcome",
                    "membership.mail.welcome.subject",
                    locale -> Map.of(
                            "providerName", name,
                            "startDate", displayTime.localDate(m.startDate(), locale),
                            "renewalDate", displayTime.localDate(m.nextRenewalDate(), locale)),
                    name);
            return;
        }
        Membership m = memberships.findLive(providerId).orElseThrow(() -> new NotFoundException("nothing to sign"));
        int signedBefore = m.latestCharterVersionSigned();
        m.sign(signature, at);
        audit.record(AuditRecord.of(AUDIT_TYPE, m.id(), "CHARTER_SIGNED")
                .byAccount(signer.id())
                .because("charter v" + charter.version() + " signed")
                .change("charterVersion", signedBefore, charter.version())
                .change("charterSha256", null, text.sha256())
                .forEstablishment(providerId));
    }

    /**
     * A new charter version: every ACTIVE ambassador who has not signed it is asked once (one row per membership and
     * version, written with the e-mail).
     *
     * @return how many ambassadors were asked now
     */
    @Transactional
    public int charterPublished(int version) {
        Charter charter = settings.currentCharter();
        if (charter.version() != version) {
            return 0; // a newer version came meanwhile: its own event asks for it
        }
        int asked = 0;
        for (Membership m : memberships.findByStatusIn(EnumSet.of(MembershipStatus.ACTIVE))) {
            if (m.hasSigned(version)) {
                continue;
            }
            int inserted = jdbc.update(
                    "insert into membership_charter_request (membership_id, charter_version, requested_at) "
                            + "values (?, ?, now()) on conflict do nothing",
                    m.id(),
                    version);
            if (inserted == 1) {
                String name = providerName(m.providerId());
                mails.toEstablishment(
                        m.providerId(),
                        null,
                        "membership-charter-new-version",
                        "membership.mail.charter.subject",
                        locale -> Map.of(
                                "providerName",
                                name,
                                "version",
                                version,
                                "link",
                                mails.link("/espace/adhesion/" + m.providerId())),
                        name);
                asked++;
            }
        }
        return asked;
    }

    // ================================================================== staff actions

    @Transactional
    public void suspend(long id, long expectedVersion, String reason) {
        Membership m = load(id, expectedVersion);
        MembershipStatus before = m.status();
        m.suspend(reason, actingAccountId(), Instant.now());
        changed(m, before, "SUSPENDED", reason, "membership-suspended", "membership.mail.suspended.subject");
    }

    @Transactional
    public void reinstate(long id, long expectedVersion, String reason) {
        Membership m = load(id, expectedVersion);
        MembershipStatus before = m.status();
        m.reinstate(reason, actingAccountId(), Instant.now());
        changed(m, before, "REINSTATED", reason, "membership-reinstated", "membership.mail.reinstated.subject");
    }

    @Transactional
    public void withdraw(long id, long expectedVersion, String reason) {
        Membership m = load(id, expectedVersion);
        MembershipStatus before = m.status();
        m.withdraw(reason, actingAccountId(), Instant.now(), displayTime.today());
        changed(m, before, "WITHDRAWN", reason, "membership-withdrawn", "membership.mail.withdrawn.subject");
        followNetworkStatus(m, "membership withdrawn: " + reason.strip());
    }

    @Transactional
    public void commitments(long id, int year, Set<CommitmentKind> kept) {
        Membership m = memberships.findById(id).orElseThrow(() -> new NotFoundException("membership " + id));
        Set<CommitmentKind> before = m.commitmentsOf(year);
        Set<CommitmentKind> after = kept.isEmpty() ? EnumSet.noneOf(CommitmentKind.class) : EnumSet.copyOf(kept);
        m.commitments(year, after, actingAccountId(), Instant.now());
        audit.record(AuditRecord.of(AUDIT_TYPE, m.id(), "COMMITMENTS")
                .because(String.valueOf(year))
                .change("commitments " + year, before, after)
                .forEstablishment(m.providerId()));
    }

    private void changed(
            Membership m, MembershipStatus before, String action, String reason, String template, String subjectKey) {
        audit.record(AuditRecord.of(AUDIT_TYPE, m.id(), action)
                .because(reason.strip())
                .change("status", before, m.status())
                .forEstablishment(m.providerId()));
        String name = providerName(m.providerId());
        String why = reason.strip();
        mails.toEstablishment(
                m.providerId(),
                null,
                template,
                subjectKey,
                locale -> Map.of("providerName", name, "reason", why),
                name);
    }

    /** A lapse by the renewal job: audited, e-mailed, and the provider becomes a former ambassador. */
    void lapsed(Membership m) {
        audit.record(AuditRecord.of(AUDIT_TYPE, m.id(), "LAPSED")
                .by("system")
                .because("renewal date " + m.nextRenewalDate() + " passed without a renewal")
                .change("status", MembershipStatus.ACTIVE, MembershipStatus.LAPSED)
                .forEstablishment(m.providerId()));
        String name = providerName(m.providerId());
        mails.toEstablishment(
                m.providerId(),
                null,
                "membership-lapsed",
                "membership.mail.lapsed.subject",
                locale ->
                        Map.of("providerName", name, "renewalDate", displayTime.localDate(m.nextRenewalDate(), locale)),
                name);
        followNetworkStatus(m, "membership lapsed: not renewed by " + m.nextRenewalDate());
    }

    /** The provider's network status follows the membership's (an ended title makes a former ambassador). */
    void followNetworkStatus(Membership m, String reason) {
        NetworkStatus wanted = m.status().networkStatus();
        providers.byId(m.providerId()).ifPresent(p -> {
            if (p.networkStatus() != wanted) {
                providers.changeNetworkStatus(m.providerId(), wanted, reason);
            }
        });
    }

    private Membership load(long id, long expectedVersion) {
        Membership m = memberships.findById(id).orElseThrow(() -> new NotFoundException("membership " + id));
        if (m.version() != expectedVersion) {
            throw new StaleEdit("membership.error.stale", "membership " + id, expectedVersion, m.version());
        }
        return m;
    }

    private Long actingAccountId() {
        return currentUser.current().map(AccountRef::id).orElse(null);
    }

    private static AuditRecord withActor(AuditRecord record, Long accountId) {
        return accountId == null ? record.by("system") : record.byAccount(accountId);
    }

    private String providerName(long providerId) {
        return providers.byId(providerId).map(ProviderSummary::name).orElse("#" + providerId);
    }

    // ================================================================== reads

    @Transactional(readOnly = true)
    public Map<MembershipStatus, Long> counts() {
        Map<MembershipStatus, Long> out = new LinkedHashMap<>();
        for (MembershipStatus s : MembershipStatus.values()) {
            out.put(s, 0L);
        }
        for (Object[] row : memberships.countByStatus()) {
            out.put((MembershipStatus) row[0], (Long) row[1]);
        }
        return out;
    }

    @Transactional(readOnly = true)
    public long awaitingSignature() {
        return offers.countOpen();
    }

    /** The staff list: memberships of the given status (all when null), soonest renewal first. */
    @Transactional(readOnly = true)
    public Page<MembershipRow> list(MembershipStatus status, Pageable page) {
        List<Membership> all =
                memberships.findByStatusIn(status == null ? EnumSet.allOf(MembershipStatus.class) : EnumSet.of(status));
        List<Membership> sorted = all.stream()
                .sorted(java.util.Comparator.comparing(
                                (Membership m) -> !m.status().isLive())
                        .thenComparing(Membership::nextRenewalDate)
                        .thenComparing(Membership::id))
                .toList();
        int from = (int) Math.min(page.getOffset(), sorted.size());
        int to = Math.min(from + page.getPageSize(), sorted.size());
        List<Membership> slice = sorted.subList(from, to);
        Map<Long, ProviderSummary> names =
                providersOf(slice.stream().map(Membership::providerId).toList());
        int charter = settings.currentCharter().version();
        int year = displayTime.today().getYear();
        List<MembershipRow> rows =
                slice.stream().map(m -> row(m, names, charter, year)).toList();
        return new PageImpl<>(rows, page, sorted.size());
    }

    /** Live memberships that have not signed the charter version in force. */
    @Transactional(readOnly = true)
    public long liveWithoutCurrentCharter() {
        int charter = settings.currentCharter().version();
        if (charter == 0) {
            return 0;
        }
        return memberships.findByStatusIn(MembershipStatus.LIVE).stream()
                .filter(m -> !m.hasSigned(charter))
                .count();
    }

    @Transactional(readOnly = true)
    public MembershipDetails details(long id) {
        Membership m = memberships.findById(id).orElseThrow(() -> new NotFoundException("membership " + id));
        int charter = settings.currentCharter().version();
        MembershipRow row = row(
                m,
                providersOf(List.of(m.providerId())),
                charter,
                displayTime.today().getYear());
        Map<Long, String> names = new HashMap<>();
        List<MembershipDetails.HistoryLine> history = m.history().stream()
                .map(h -> new MembershipDetails.HistoryLine(
                        h.at(),
                        h.kind(),
                        h.accountId() == null ? null : names.computeIfAbsent(h.accountId(), this::accountName),
                        h.reason(),
                        h.detail()))
                .toList();
        List<MembershipDetails.SignatureLine> signatures = m.signatures().stream()
                .map(s -> new MembershipDetails.SignatureLine(
                        s.charterVersion(), s.language(), s.textSha256(), s.signerName(), s.signedAt()))
                .toList();
        Map<Integer, Set<CommitmentKind>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        int thisYear = displayTime.today().getYear();
        byYear.put(thisYear, m.commitmentsOf(thisYear));
        for (int y = m.startDate().getYear(); y < thisYear; y++) {
            Set<CommitmentKind> kept = m.commitmentsOf(y);
            if (!kept.isEmpty()) {
                byYear.put(y, kept);
            }
        }
        return new MembershipDetails(row, charter, history, signatures, byYear, m.version());
    }

    private String accountName(long id) {
        try {
            return accounts.require(id).displayName();
        } catch (NotFoundException e) {
            return "#" + id;
        }
    }

    private Map<Long, ProviderSummary> providersOf(List<Long> ids) {
        Map<Long, ProviderSummary> out = new HashMap<>();
        for (ProviderSummary p : providers.byIds(ids)) {
            out.put(p.id(), p);
        }
        return out;
    }

    private static MembershipRow row(Membership m, Map<Long, ProviderSummary> providers, int charter, int year) {
        ProviderSummary p = providers.get(m.providerId());
        return new MembershipRow(
                m.id(),
                m.providerId(),
                p == null ? "#" + m.providerId() : p.name(),
                p == null ? null : p.communeName(),
                m.status(),
                m.startDate(),
                m.nextRenewalDate(),
                m.scorePercent(),
                m.latestCharterVersionSigned(),
                charter == 0 || m.hasSigned(charter),
                m.commitmentsOf(year),
                m.renewalInProgress());
    }

    /** Active ambassadors for the public API, the oldest members first (suspended ones are hidden). */
    @Transactional(readOnly = true)
    public Page<PublicAmbassador> publicAmbassadors(Pageable page) {
        Page<MembershipSince> since = memberships.sinceWithStatus(MembershipStatus.ACTIVE, page);
        Map<Long, ProviderSummary> byId = providersOf(
                since.getContent().stream().map(MembershipSince::providerId).toList());
        return since.map(s -> {
            ProviderSummary p = byId.get(s.providerId());
            return new PublicAmbassador(
                    s.providerId(),
                    p == null ? null : p.name(),
                    p == null ? null : p.communeCode(),
                    p == null ? null : p.communeName(),
                    p == null ? null : p.category(),
                    s.startDate());
        });
    }

    /** For the facade. */
    @Transactional(readOnly = true)
    public List<fr.ambassade.membership.MembershipSummary> summaries(Collection<MembershipStatus> statuses) {
        return memberships.summariesWithStatusIn(statuses);
    }

    @Transactional(readOnly = true)
    public Optional<fr.ambassade.membership.MembershipSummary> liveSummary(long providerId) {
        return memberships.findLive(providerId).map(MembershipService::summary);
    }

    static fr.ambassade.membership.MembershipSummary summary(Membership m) {
        return new fr.ambassade.membership.MembershipSummary(
                m.id(),
                m.providerId(),
                m.status(),
                m.startDate(),
                m.nextRenewalDate(),
                m.scorePercent(),
                m.gridVersion(),
                m.latestCharterVersionSigned(),
                m.renewalInProgress());
    }

    /** Membership id of the provider's live membership (for pages that link to it). */
    @Transactional(readOnly = true)
    public Optional<Long> liveMembershipId(long providerId) {
        return memberships.findLive(providerId).map(Membership::id);
    }
}
