package fr.ambassade.providers.importing;

import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.Provider;
import fr.ambassade.providers.domain.ProviderDetails;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderRepository;
import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of records, in the caller's transaction: matches each record with an existing provider (by its
 * keys, in order), skips it when its content hash did not change, else creates it or updates it field by field,
 * keeping staff corrections. Existing providers are found with one query per identifier scheme for the whole
 * batch, and only changed ones are loaded as entities.
 */
@Component
class ProviderImportWriter {

    /** Outcome of one record. */
    enum Result {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    record Written(Result result, List<ImportRunItem> items) {}

    /** A record whose commune was resolved. */
    record Resolved(ImportRecord record, String communeCode, String communeName, boolean outsideTerritory) {

        String hash() {
            return record.contentHash() + (outsideTerritory ? ":outside" : "");
        }
    }

    private record Match(long providerId, String hash) {}

    @PersistenceContext
    private EntityManager em;

    private final ProviderRepository providers;
    private final JdbcTemplate jdbc;

    ProviderImportWriter(ProviderRepository providers, JdbcTemplate jdbc) {
        this.providers = providers;
        this.jdbc = jdbc;
    }

    /** Writes the batch; must run in a transaction. One entry per record, in order. */
    List<Written> write(List<Resolved> batch) {
        // the index is updated after commit without waiting for Lucene: imports write thousands of providers
        Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        Map<ExternalId, Match> known = lookup(batch);
        Map<ExternalId, Provider> claimed = new HashMap<>();
        Map<Long, Provider> loaded = new HashMap<>();
        List<Long> toLoad = new ArrayList<>();
        for (Resolved r : batch) {
            Match m = firstMatch(r.record(), known);
            if (m != null && !Objects.equals(m.hash(), r.hash())) {
                toLoad.add(m.providerId());
            }
        }
        if (!toLoad.isEmpty()) {
            providers.findAllById(toLoad).forEach(p -> loaded.put(p.getId(), p));
        }
        List<Written> out = new ArrayList<>(batch.size());
        for (Resolved r : batch) {
            out.add(writeOne(r, known, claimed, loaded));
        }
        em.flush();
        return out;
    }

    private Written writeOne(
            Resolved r, Map<ExternalId, Match> known, Map<ExternalId, Provider> claimed, Map<Long, Provider> loaded) {
        ImportRecord rec = r.record();
        Provider inBatch = null;
        for (ExternalId key : rec.keys()) {
            inBatch = claimed.get(key);
            if (inBatch != null) {
                break;
            }
        }
        Match match = inBatch == null ? firstMatch(rec, known) : null;
        if (match != null && Objects.equals(match.hash(), r.hash())) {
            return new Written(Result.UNCHANGED, List.of());
        }
        ProviderDetails incoming;
        try {
            // the provider's own normalisation (trimmed, lower-case languages…) so that imported values compare
            // equal to what the provider then holds
            incoming = new Provider(details(r)).details();
        } catch (RefusedChange e) {
            return new Written(
                    null, List.of(rec.item(ItemOutcome.REJECTED, "INVALID_VALUE", null, e.messageKey(), null)));
        }
        Provider p = inBatch != null ? inBatch : match != null ? loaded.get(match.providerId()) : null;
        List<ImportRunItem> items = new ArrayList<>();
        Result result;
        if (p == null) {
            p = new Provider(incoming);
            p.replaceLabels(rec.labels());
            p.replacePhotos(rec.photos());
            for (Map.Entry<String, String> field :
                    ImportedFields.of(incoming, rec.labels()).entrySet()) {
                p.recordImportedValue(field.getKey(), ImportedFields.stored(field.getValue()));
            }
            p.recordImportHash(r.hash());
            for (ExternalId key : rec.keys()) {
                if (!known.containsKey(key) && !claimed.containsKey(key)) {
                    p.addExternalId(key);
                }
            }
            em.persist(p);
            result = Result.CREATED;
        } else {
            merge(p, r, incoming, items);
            for (ExternalId key : rec.keys()) {
                Match owner = known.get(key);
                Provider claimer = claimed.get(key);
                boolean free = (owner == null || owner.providerId() == Objects.requireNonNullElse(p.getId(), -1L))
                        && (claimer == null || claimer == p);
                if (free && !p.getExternalIds().contains(key)) {
                    p.addExternalId(key);
                }
            }
            result = Result.UPDATED;
        }
        for (ExternalId key : rec.keys()) {
            claimed.putIfAbsent(key, p);
        }
        Long id = p.getId();
        for (ImportRunItem flag : rec.flags()) {
            items.add(new ImportRunItem(
                    flag.position(),
                    flag.recordIdentity(),
                    flag.recordName(),
                    flag.outcome(),
                    flag.reasonCode(),
                    flag.field(),
                    flag.detail(),
                    id));
        }
        List<ImportRunItem> withIds = new ArrayList<>(items.size());
        for (ImportRunItem i : items) {
            withIds.add(
                    i.providerId() != null
                            ? i
                            : new ImportRunItem(
                                    i.position(),
                                    i.recordIdentity(),
                                    i.recordName(),
                                    i.outcome(),
                                    i.reasonCode(),
                                    i.field(),
                                    i.detail(),
                                    id));
        }
        return new Written(result, withIds);
    }

    /**
     * Field by field: a field whose current value still is the last imported one takes the new value; one that
     * differs was corrected by staff and keeps its value (listed in the report when the source says otherwise).
     * The new value always becomes the last imported one.
     */
    private static void merge(Provider p, Resolved r, ProviderDetails incoming, List<ImportRunItem> items) {
        ImportRecord rec = r.record();
        ProviderDetails currentDetails = p.details();
        Map<String, String> current = ImportedFields.of(currentDetails, p.getLabels());
        Map<String, String> in = ImportedFields.of(incoming, rec.labels());
        Map<String, String> last = new HashMap<>(p.getImportedValues());
        Set<String> fields = new LinkedHashSet<>(current.keySet());
        fields.addAll(in.keySet());
        last.keySet().stream().filter(ImportedFields::isKnown).forEach(fields::add);
        Map<String, String> result = new LinkedHashMap<>();
        Set<String> kept = new LinkedHashSet<>();
        for (String field : fields) {
            if (!ImportedFields.isKnown(field)) {
                continue;
            }
            String c = current.get(field);
            String i = in.get(field);
            String l = last.get(field);
            if (Objects.equals(ImportedFields.stored(c), l)) {
                if (i != null) {
                    result.put(field, i);
                }
            } else {
                if (c != null) {
                    result.put(field, c);
                }
                if (!Objects.equals(c, i)) {
                    kept.add(field);
                    items.add(rec.item(
                            ItemOutcome.CORRECTION_KEPT,
                            "STAFF_CORRECTION",
                            field,
                            "kept: " + abbreviate(c) + " | imported: " + abbreviate(i),
                            p.getId()));
                }
            }
            p.recordImportedValue(field, ImportedFields.stored(i));
        }
        if (!result.containsKey("name") || !result.containsKey("category")) {
            // a staff value can only be missing if staff emptied it, which the forms refuse; be safe anyway
            result.putIfAbsent("name", in.get("name"));
            result.putIfAbsent("category", in.get("category"));
        }
        boolean outside =
                kept.contains(ImportedFields.COMMUNE_CODE) ? currentDetails.outsideTerritory() : r.outsideTerritory();
        ProviderDetails merged = ImportedFields.toDetails(result, currentDetails, outside);
        if (!merged.equals(currentDetails)) {
            p.update(merged);
        }
        if (!kept.contains(ImportedFields.LABELS)) {
            Set<ProviderLabel> now = new LinkedHashSet<>(p.getLabels());
            if (!now.equals(new LinkedHashSet<>(rec.labels())) || !sameNames(now, rec.labels())) {
                p.replaceLabels(rec.labels());
            }
        }
        if (!p.getPhotos().equals(rec.photos())) {
            p.replacePhotos(rec.photos());
        }
        p.recordImportHash(r.hash());
    }

    private static boolean sameNames(Set<ProviderLabel> now, List<ProviderLabel> incoming) {
        Map<String, ProviderLabel> byCode = new HashMap<>();
        now.forEach(l -> byCode.put(l.getCode(), l));
        for (ProviderLabel l : incoming) {
            ProviderLabel c = byCode.get(l.getCode());
            if (c == null
                    || !Objects.equals(c.getNameFr(), l.getNameFr())
                    || !Objects.equals(c.getNameEn(), l.getNameEn())) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "∅";
        }
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static ProviderDetails details(Resolved r) {
        ImportRecord rec = r.record();
        return new ProviderDetails(
                rec.name(),
                rec.category(),
                rec.subtype(),
                r.communeCode(),
                r.communeName(),
                rec.street(),
                rec.postalCode(),
                rec.locality(),
                rec.latitude(),
                rec.longitude(),
                rec.phone(),
                rec.email(),
                rec.website(),
                rec.languages(),
                rec.accessibilityFlags(),
                null,
                rec.descriptions(),
                null,
                r.outsideTerritory());
    }

    private static Match firstMatch(ImportRecord rec, Map<ExternalId, Match> known) {
        for (ExternalId key : rec.keys()) {
            Match m = known.get(key);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Providers already holding one of the batch's identifiers, with their import hash: one query per scheme. */
    private Map<ExternalId, Match> lookup(List<Resolved> batch) {
        Map<ExternalIdScheme, Set<String>> values = new HashMap<>();
        for (Resolved r : batch) {
            for (ExternalId key : r.record().keys()) {
                values.computeIfAbsent(key.scheme(), s -> new LinkedHashSet<>()).add(key.value());
            }
        }
        Map<ExternalId, Match> found = new HashMap<>();
        values.forEach((scheme, set) -> jdbc.query(
                "select e.value, p.id, p.import_hash from provider_external_id e join provider p on p.id = e.provider_id "
                        + "where e.scheme = ? and e.value = any(?)",
                rs -> {
                    found.put(new ExternalId(scheme, rs.getString(1)), new Match(rs.getLong(2), rs.getString(3)));
                },
                scheme.name(),
                set.toArray(String[]::new)));
        return found;
    }
}
