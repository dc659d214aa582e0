package fr.ambassade.providers.domain;

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
 * Writes a batch of imported providers, in the caller's transaction: matches each one with an existing provider (by
 * its keys, in order), skips it when its content hash did not change, else creates it or updates it field by field,
 * keeping staff corrections. Existing providers are found with one query per identifier scheme for the whole
 * batch, and only changed ones are loaded as entities. The import ({@code providers/importing}) reads the files,
 * resolves communes and writes the run's report from the {@link Written} outcomes.
 */
@Component
public class ProviderImports {

    /** One provider as a source describes it, commune resolved. */
    public record Imported(
            List<ExternalId> keys,
            ProviderDetails details,
            List<ProviderLabel> labels,
            List<PhotoRef> photos,
            String hash) {

        public Imported {
            keys = List.copyOf(keys);
            labels = List.copyOf(labels);
            photos = List.copyOf(photos);
        }
    }

    /** What became of one record. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        /** A value the provider refuses ({@link #refusal} names it): nothing written. */
        REFUSED
    }

    /** A field staff corrected by hand, kept although the source says otherwise. */
    public record KeptCorrection(String field, String detail) {}

    /**
     * The outcome of one record.
     *
     * @param providerId the provider written (or matched), null when unchanged or refused
     * @param refusal the message key of the refused value ({@link Outcome#REFUSED}), else null
     */
    public record Written(Outcome outcome, Long providerId, String refusal, List<KeptCorrection> corrections) {

        public Written {
            corrections = List.copyOf(corrections);
        }
    }

    private record Match(long providerId, String hash) {}

    @PersistenceContext
    private EntityManager em;

    private final ProviderRepository providers;
    private final JdbcTemplate jdbc;

    ProviderImports(ProviderRepository providers, JdbcTemplate jdbc) {
        this.providers = providers;
        this.jdbc = jdbc;
    }

    /** Writes the batch; must run in a transaction. One entry per record, in order. */
    public List<Written> write(List<Imported> batch) {
        // the index is updated after commit without waiting for Lucene: imports write thousands of providers
        Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        Map<ExternalId, Match> known = lookup(batch);
        Map<ExternalId, Provider> claimed = new HashMap<>();
        Map<Long, Provider> loaded = new HashMap<>();
        List<Long> toLoad = new ArrayList<>();
        for (Imported r : batch) {
            Match m = firstMatch(r, known);
            if (m != null && !Objects.equals(m.hash(), r.hash())) {
                toLoad.add(m.providerId());
            }
        }
        if (!toLoad.isEmpty()) {
            providers.findAllById(toLoad).forEach(p -> loaded.put(p.getId(), p));
        }
        List<Written> out = new ArrayList<>(batch.size());
        for (Imported r : batch) {
            out.add(writeOne(r, known, claimed, loaded));
        }
        em.flush();
        return out;
    }

    private Written writeOne(
            Imported rec, Map<ExternalId, Match> known, Map<ExternalId, Provider> claimed, Map<Long, Provider> loaded) {
        Provider inBatch = null;
        for (ExternalId key : rec.keys()) {
            inBatch = claimed.get(key);
            if (inBatch != null) {
                break;
            }
        }
        Match match = inBatch == null ? firstMatch(rec, known) : null;
        if (match != null && Objects.equals(match.hash(), rec.hash())) {
            return new Written(Outcome.UNCHANGED, null, null, List.of());
        }
        ProviderDetails incoming;
        try {
            // the provider's own normalisation (trimmed, lower-case languages…) so that imported values compare
            // equal to what the provider then holds
            incoming = new Provider(rec.details()).details();
        } catch (RefusedChange e) {
            return new Written(Outcome.REFUSED, null, e.messageKey(), List.of());
        }
        Provider p = inBatch != null ? inBatch : match != null ? loaded.get(match.providerId()) : null;
        List<KeptCorrection> kept = new ArrayList<>();
        Outcome result;
        if (p == null) {
            p = new Provider(incoming);
            p.replaceLabels(rec.labels());
            p.replacePhotos(rec.photos());
            for (Map.Entry<String, String> field :
                    ImportedFields.of(incoming, rec.labels()).entrySet()) {
                p.recordImportedValue(field.getKey(), ImportedFields.stored(field.getValue()));
            }
            p.recordImportHash(rec.hash());
            for (ExternalId key : rec.keys()) {
                if (!known.containsKey(key) && !claimed.containsKey(key)) {
                    p.addExternalId(key);
                }
            }
            em.persist(p);
            result = Outcome.CREATED;
        } else {
            merge(p, rec, incoming, kept);
            for (ExternalId key : rec.keys()) {
                Match owner = known.get(key);
                Provider claimer = claimed.get(key);
                boolean free = (owner == null || owner.providerId() == Objects.requireNonNullElse(p.getId(), -1L))
                        && (claimer == null || claimer == p);
                if (free && !p.getExternalIds().contains(key)) {
                    p.addExternalId(key);
                }
            }
            result = Outcome.UPDATED;
        }
        for (ExternalId key : rec.keys()) {
            claimed.putIfAbsent(key, p);
        }
        return new Written(result, p.getId(), null, kept);
    }

    /**
     * Field by field: a field whose current value still is the last imported one takes the new value; one that
     * differs was corrected by staff and keeps its value (listed in the report when the source says otherwise).
     * The new value always becomes the last imported one.
     */
    private static void merge(Provider p, Imported rec, ProviderDetails incoming, List<KeptCorrection> corrections) {
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
                    corrections.add(
                            new KeptCorrection(field, "kept: " + abbreviate(c) + " | imported: " + abbreviate(i)));
                }
            }
            p.recordImportedValue(field, ImportedFields.stored(i));
        }
        if (!result.containsKey("name") || !result.containsKey("category")) {
            // a staff value can only be missing if staff emptied it, which the forms refuse; be safe anyway
            result.putIfAbsent("name", in.get("name"));
            result.putIfAbsent("category", in.get("category"));
        }
        boolean outside = kept.contains(ImportedFields.COMMUNE_CODE)
                ? currentDetails.outsideTerritory()
                : rec.details().outsideTerritory();
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
        p.recordImportHash(rec.hash());
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

    private static Match firstMatch(Imported rec, Map<ExternalId, Match> known) {
        for (ExternalId key : rec.keys()) {
            Match m = known.get(key);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Providers already holding one of the batch's identifiers, with their import hash: one query per scheme. */
    private Map<ExternalId, Match> lookup(List<Imported> batch) {
        Map<ExternalIdScheme, Set<String>> values = new HashMap<>();
        for (Imported r : batch) {
            for (ExternalId key : r.keys()) {
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
