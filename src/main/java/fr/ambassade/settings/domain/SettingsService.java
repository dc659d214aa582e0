package fr.ambassade.settings.domain;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.settings.BrandValue;
import fr.ambassade.settings.Charter;
import fr.ambassade.settings.ColourPair;
import fr.ambassade.settings.Destination;
import fr.ambassade.settings.DestinationSettings;
import fr.ambassade.settings.DestinationSettingsChanged;
import fr.ambassade.settings.DestinationSettingsChanged.Part;
import fr.ambassade.settings.Grid;
import fr.ambassade.settings.GridCriterion;
import fr.ambassade.settings.SelectionRules;
import fr.ambassade.shared.DestinationTimeZone;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.NotFoundException;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.Slug;
import fr.ambassade.shared.StaleEdit;
import fr.ambassade.shared.security.ActingUser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The settings: reads (behind a short cache, the public site reads them on every page) and the
 * director's changes, each audited and announced with {@link DestinationSettingsChanged}.
 */
@Service
public class SettingsService implements DestinationSettings, DestinationTimeZone {

    // several nodes may run: another node's change shows here after at most this long
    private static final Duration CACHE_TTL = Duration.ofSeconds(10);

    private final DestinationRepository destinations;
    private final LogoRepository logos;
    private final BrandValueRepository values;
    private final GridVersionRepository grids;
    private final CharterVersionRepository charters;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    private volatile Cached cache;

    private static final Destination UNCONFIGURED = new Destination(
            "Ambassade",
            "Ambassade",
            MultilingualText.empty(),
            new fr.ambassade.settings.Contact(null, null, null, null),
            new ColourPair("#1d1d1b", "#ffffff"),
            new ColourPair("#ffffff", "#8a1538"),
            List.of("fr", "en", "nl"),
            DestinationTimeZone.DEFAULT,
            java.math.BigDecimal.valueOf(60),
            36,
            null,
            null,
            null,
            -1);

    private record Cached(
            Destination destination, SelectionRules selectionRules, List<BrandValue> values, Instant at) {}

    SettingsService(
            DestinationRepository destinations,
            LogoRepository logos,
            BrandValueRepository values,
            GridVersionRepository grids,
            CharterVersionRepository charters,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.destinations = destinations;
        this.logos = logos;
        this.values = values;
        this.grids = grids;
        this.charters = charters;
        this.audit = audit;
        this.events = events;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Destination current() {
        return cached().destination();
    }

    @Override
    public SelectionRules selectionRules() {
        return cached().selectionRules();
    }

    @Override
    public List<BrandValue> values() {
        return cached().values();
    }

    @Override
    public Optional<BrandValue> value(String code) {
        return values().stream().filter(v -> v.code().equals(code)).findFirst();
    }

    @Override
    public ZoneId zoneId() {
        return current().timeZone();
    }

    @Override
    @Transactional(readOnly = true)
    public Grid currentGrid() {
        return grids.findFirstByOrderByNumberDesc()
                .map(GridVersionEntity::toGrid)
                .orElse(Grid.none());
    }

    @Override
    @Transactional(readOnly = true)
    public Grid grid(int version) {
        return grids.findByNumber(version)
                .map(GridVersionEntity::toGrid)
                .orElseThrow(() -> new NotFoundException("grid version " + version));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> gridVersions() {
        return grids.numbers();
    }

    @Override
    @Transactional(readOnly = true)
    public Charter currentCharter() {
        return charters.findFirstByOrderByNumberDesc()
                .map(CharterVersionEntity::toCharter)
                .orElse(Charter.none());
    }

    @Override
    @Transactional(readOnly = true)
    public Charter charter(int version) {
        return charters.findByNumber(version)
                .map(CharterVersionEntity::toCharter)
                .orElseThrow(() -> new NotFoundException("charter version " + version));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> charterVersions() {
        return charters.numbers();
    }

    /** The optimistic-locking version of a value, for its edit form. */
    @Transactional(readOnly = true)
    public long valueVersion(long id) {
        return values.findById(id)
                .map(BrandValueEntity::version)
                .orElseThrow(() -> new NotFoundException("value " + id));
    }

    /** The logo bytes and type, if any. */
    @Transactional(readOnly = true)
    public Optional<CheckedLogo> logo() {
        return logos.findById(DestinationEntity.SINGLETON_ID).map(l -> new CheckedLogo(l.content(), l.mediaType()));
    }

    public boolean isConfigured() {
        return destinations.existsById(DestinationEntity.SINGLETON_ID);
    }

    private Cached cached() {
        Cached c = cache;
        if (c == null || c.at().plus(CACHE_TTL).isBefore(Instant.now())) {
            c = load();
            cache = c;
        }
        return c;
    }

    private Cached load() {
        Optional<DestinationEntity> found = destinations.findById(DestinationEntity.SINGLETON_ID);
        if (found.isEmpty()) {
            // only before the first start's seeding has run: not cached
            return new Cached(UNCONFIGURED, SelectionRules.DEFAULTS, List.of(), Instant.EPOCH);
        }
        DestinationEntity d = found.get();
        Optional<LogoEntity> logo = logos.findById(DestinationEntity.SINGLETON_ID);
        GeneralSettings g = d.general();
        Destination destination = new Destination(
                g.name(),
                g.brandName(),
                g.tagline(),
                g.contact(),
                d.colours(),
                d.accent(),
                g.publicLanguages(),
                g.timeZone(),
                g.passThresholdPercent(),
                g.renewalMonths(),
                logo.map(LogoEntity::mediaType).orElse(null),
                logo.map(LogoEntity::updatedAt).orElse(null),
                d.updatedAt(),
                d.version());
        List<BrandValue> list = values.findAllByOrderByPositionAscIdAsc().stream()
                .map(BrandValueEntity::toValue)
                .toList();
        return new Cached(destination, d.selectionRules(), list, Instant.now());
    }

    // ---------------------------------------------------------------- changes

    /** Creates the destination when none exists (first start). */
    @Transactional
    public void initialise(GeneralSettings general, ColourPair colours, ColourPair accent) {
        if (destinations.existsById(DestinationEntity.SINGLETON_ID)) {
            return;
        }
        DestinationEntity d = destinations.save(DestinationEntity.create(general, colours, accent, "system"));
        audit.record(
                AuditRecord.of("Destination", d.general().name(), "CREATED").by("system"));
        cache = null;
    }

    @Transactional
    public void changeGeneral(long expectedVersion, GeneralSettings general) {
        DestinationEntity d = load(expectedVersion);
        GeneralSettings before = d.general();
        d.change(general, actor());
        destinations.flush();
        GeneralSettings after = d.general();
        audit.record(AuditRecord.of("Destination", DestinationEntity.SINGLETON_ID, "SETTINGS_CHANGED")
                .change("name", before.name(), after.name())
                .change("brandName", before.brandName(), after.brandName())
                .change("tagline", before.tagline(), after.tagline())
                .change(
                        "contactEmail",
                        before.contact().email(),
                        after.contact().email())
                .change(
                        "contactPhone",
                        before.contact().phone(),
                        after.contact().phone())
                .change(
                        "contactAddress",
                        before.contact().address(),
                        after.contact().address())
                .change(
                        "contactWebsite",
                        before.contact().website(),
                        after.contact().website())
                .change("publicLanguages", before.publicLanguages(), after.publicLanguages())
                .change("timeZone", before.timeZone(), after.timeZone())
                .change(
                        "passThresholdPercent",
                        before.passThresholdPercent().stripTrailingZeros().toPlainString(),
                        after.passThresholdPercent().stripTrailingZeros().toPlainString())
                .change("renewalMonths", before.renewalMonths(), after.renewalMonths()));
        changed(Part.GENERAL, d.version());
    }

    @Transactional
    public void changeSelectionRules(long expectedVersion, SelectionRules rules) {
        DestinationEntity d = load(expectedVersion);
        SelectionRules before = d.selectionRules();
        d.changeSelectionRules(rules, actor());
        destinations.flush();
        SelectionRules after = d.selectionRules();
        audit.record(AuditRecord.of("Destination", DestinationEntity.SINGLETON_ID, "SELECTION_RULES_CHANGED")
                .change("reapplyDelayMonths", before.reapplyDelayMonths(), after.reapplyDelayMonths())
                .change(
                        "animatorMayDeclineWithoutVisit",
                        before.animatorMayDeclineWithoutVisit(),
                        after.animatorMayDeclineWithoutVisit())
                .change(
                        "committeeSkippableForPassingRenewals",
                        before.committeeSkippableForPassingRenewals(),
                        after.committeeSkippableForPassingRenewals())
                .change("retentionYears", before.retentionYears(), after.retentionYears()));
        changed(Part.SELECTION, d.version());
    }

    @Transactional
    public void changeColours(long expectedVersion, ColourPair colours, ColourPair accent) {
        DestinationEntity d = load(expectedVersion);
        ColourPair beforeColours = d.colours();
        ColourPair beforeAccent = d.accent();
        d.changeColours(colours, accent, actor());
        destinations.flush();
        audit.record(AuditRecord.of("Destination", DestinationEntity.SINGLETON_ID, "COLOURS_CHANGED")
                .change("colours", beforeColours, d.colours())
                .change("accent", beforeAccent, d.accent()));
        changed(Part.APPEARANCE, d.version());
    }

    /** Stores a logo that passed {@link LogoCheck#check(byte[])}. */
    @Transactional
    public void changeLogo(long expectedVersion, CheckedLogo logo) {
        DestinationEntity d = load(expectedVersion);
        Optional<LogoEntity> existing = logos.findById(DestinationEntity.SINGLETON_ID);
        String before = existing.map(l -> l.mediaType() + " " + l.content().length + " B")
                .orElse(null);
        if (existing.isPresent()) {
            existing.get().replace(logo);
        } else {
            logos.save(new LogoEntity(logo));
        }
        d.touch(actor());
        destinations.flush();
        audit.record(AuditRecord.of("Destination", DestinationEntity.SINGLETON_ID, "LOGO_CHANGED")
                .change("logo", before, logo.mediaType() + " " + logo.content().length + " B"));
        changed(Part.LOGO, d.version());
    }

    @Transactional
    public void removeLogo(long expectedVersion) {
        DestinationEntity d = load(expectedVersion);
        logos.findById(DestinationEntity.SINGLETON_ID).ifPresent(l -> {
            audit.record(AuditRecord.of("Destination", DestinationEntity.SINGLETON_ID, "LOGO_REMOVED")
                    .change("logo", l.mediaType() + " " + l.content().length + " B", null));
            logos.delete(l);
        });
        d.touch(actor());
        destinations.flush();
        changed(Part.LOGO, d.version());
    }

    // ---------------------------------------------------------------- values

    @Transactional
    public BrandValue addValue(String code, MultilingualText name, MultilingualText description) {
        String slug = code == null || code.isBlank()
                ? Slug.fromOrDefault(name.get("fr"), "valeur").value()
                : code.strip();
        if (!Slug.isValid(slug) || slug.length() > 60) {
            throw new RefusedChange("code", "settings.error.code");
        }
        if (values.findByCode(slug).isPresent()) {
            throw new RefusedChange("code", "settings.error.code.taken", slug);
        }
        int position = values.findAllByOrderByPositionAscIdAsc().stream()
                        .mapToInt(BrandValueEntity::position)
                        .max()
                        .orElse(0)
                + 1;
        BrandValueEntity v = values.saveAndFlush(new BrandValueEntity(slug, position, name, description));
        audit.record(AuditRecord.of("BrandValue", slug, "CREATED")
                .change("name", null, name)
                .change("description", null, description));
        changed(Part.VALUES, v.version());
        return v.toValue();
    }

    @Transactional
    public void changeValue(long id, long expectedVersion, MultilingualText name, MultilingualText description) {
        BrandValueEntity v = values.findById(id).orElseThrow(() -> new NotFoundException("value " + id));
        if (v.version() != expectedVersion) {
            throw new StaleEdit("settings.error.stale", "value " + id, expectedVersion, v.version());
        }
        MultilingualText beforeName = v.name();
        MultilingualText beforeDescription = v.description();
        v.change(name, description);
        values.flush();
        audit.record(AuditRecord.of("BrandValue", v.code(), "CHANGED")
                .change("name", beforeName, name)
                .change("description", beforeDescription, description));
        changed(Part.VALUES, v.version());
    }

    /** Moves a value one place up (-1) or down (+1). */
    @Transactional
    public void moveValue(long id, int direction) {
        List<BrandValueEntity> list = new ArrayList<>(values.findAllByOrderByPositionAscIdAsc());
        int index = indexOf(list, id);
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= list.size()) {
            return;
        }
        List<String> before = list.stream().map(BrandValueEntity::code).toList();
        BrandValueEntity moved = list.remove(index);
        list.add(target, moved);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
        values.flush();
        audit.record(AuditRecord.of("BrandValue", moved.code(), "REORDERED")
                .change(
                        "order",
                        before,
                        list.stream().map(BrandValueEntity::code).toList()));
        changed(Part.VALUES, 0);
    }

    /** Removes a value the current grid does not use (older grid versions keep its code for the record). */
    @Transactional
    public void removeValue(long id) {
        BrandValueEntity v = values.findById(id).orElseThrow(() -> new NotFoundException("value " + id));
        if (currentGrid().criteria().stream().anyMatch(c -> c.valueCode().equals(v.code()))) {
            throw new RefusedChange(
                    null, "settings.error.value.usedByGrid", v.name().get("fr"));
        }
        values.delete(v);
        values.flush();
        audit.record(AuditRecord.of("BrandValue", v.code(), "REMOVED").change("name", v.name(), null));
        changed(Part.VALUES, 0);
    }

    private static int indexOf(List<BrandValueEntity> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        throw new NotFoundException("value " + id);
    }

    // ---------------------------------------------------------------- grid and charter

    /**
     * Writes the next grid version.
     *
     * @param basedOnVersion the version the director started from; another version written meanwhile makes
     *     this stale
     * @return the new version number
     */
    @Transactional
    public int writeGrid(int basedOnVersion, List<CriterionDraft> criteria) {
        Grid current = currentGrid();
        if (current.version() != basedOnVersion) {
            throw new StaleEdit("settings.error.stale", "grid", (long) basedOnVersion, (long) current.version());
        }
        checkGrid(criteria);
        List<GridCriterionEntity> entities = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDraft c = criteria.get(i);
            entities.add(new GridCriterionEntity(i + 1, c.valueCode(), c.label(), c.weight(), c.mandatory()));
        }
        int number = current.version() + 1;
        GridVersionEntity saved = grids.saveAndFlush(new GridVersionEntity(number, actor(), entities));
        audit.record(AuditRecord.of("Grid", number, "VERSION_CREATED")
                .change(
                        "criteria",
                        describe(current.criteria()),
                        describe(saved.toGrid().criteria())));
        changed(Part.GRID, number);
        return number;
    }

    void checkGrid(List<CriterionDraft> criteria) {
        if (criteria.isEmpty()) {
            throw new RefusedChange(null, "settings.error.grid.empty");
        }
        Set<String> codes = values().stream().map(BrandValue::code).collect(Collectors.toSet());
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDraft c = criteria.get(i);
            String prefix = "criteria[" + i + "].";
            if (c.label() == null || !c.label().hasFrench()) {
                throw new RefusedChange(prefix + "labelFr", "settings.error.required");
            }
            if (c.weight() == null || c.weight().signum() <= 0) {
                throw new RefusedChange(prefix + "weight", "settings.error.weight");
            }
            if (c.valueCode() == null || !codes.contains(c.valueCode())) {
                throw new RefusedChange(prefix + "valueCode", "settings.error.valueCode");
            }
        }
    }

    /** Writes the next charter version; returns its number. */
    @Transactional
    public int writeCharter(int basedOnVersion, List<MultilingualText> commitments) {
        Charter current = currentCharter();
        if (current.version() != basedOnVersion) {
            throw new StaleEdit("settings.error.stale", "charter", (long) basedOnVersion, (long) current.version());
        }
        if (commitments.isEmpty()) {
            throw new RefusedChange(null, "settings.error.charter.empty");
        }
        for (int i = 0; i < commitments.size(); i++) {
            if (!commitments.get(i).hasFrench()) {
                throw new RefusedChange("commitments[" + i + "].fr", "settings.error.required");
            }
        }
        List<CharterCommitmentEntity> entities = new ArrayList<>();
        for (int i = 0; i < commitments.size(); i++) {
            entities.add(new CharterCommitmentEntity(i + 1, commitments.get(i)));
        }
        int number = current.version() + 1;
        charters.saveAndFlush(new CharterVersionEntity(number, actor(), entities));
        audit.record(AuditRecord.of("Charter", number, "VERSION_CREATED")
                .change("commitments", current.commitments(), commitments));
        changed(Part.CHARTER, number);
        return number;
    }

    private static List<String> describe(List<GridCriterion> criteria) {
        return criteria.stream()
                .map(c -> c.valueCode() + ":" + c.label().get("fr") + " ×"
                        + c.weight().stripTrailingZeros().toPlainString() + (c.mandatory() ? " (mandatory)" : ""))
                .toList();
    }

    // ---------------------------------------------------------------- helpers

    private DestinationEntity load(long expectedVersion) {
        DestinationEntity d = destinations
                .findById(DestinationEntity.SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("The destination settings are not initialised yet"));
        if (d.version() != expectedVersion) {
            throw new StaleEdit("settings.error.stale", "destination settings", expectedVersion, d.version());
        }
        return d;
    }

    private void changed(Part part, long version) {
        cache = null;
        // a read between now and the commit would cache the old values again
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache = null;
                }
            });
        }
        events.publishEvent(new DestinationSettingsChanged(part, version, actor()));
    }

    private static String actor() {
        return ActingUser.nameOrSystem();
    }
}
