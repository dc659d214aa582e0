package fr.ambassade.territory.domain;

import fr.ambassade.audit.AuditLog;
import fr.ambassade.audit.AuditRecord;
import fr.ambassade.territory.CommuneRef;
import fr.ambassade.territory.Territory;
import fr.ambassade.territory.TerritoryReplaced;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

// Lookups run without a transaction of their own (one query each, or a few that need no snapshot): imports
// call them for every record.
@Service
public class TerritoryService implements Territory {

    /** Outcome of a replacement, for the confirmation message. */
    public record Replacement(int communes, int joined, int left) {}

    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    private final CommuneRepository communes;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    public TerritoryService(CommuneRepository communes, ApplicationEventPublisher events, AuditLog audit) {
        this.communes = communes;
        this.events = events;
        this.audit = audit;
    }

    @Override
    public Optional<CommuneRef> byCode(String insee) {
        if (insee == null || insee.isBlank()) {
            return Optional.empty();
        }
        String code = insee.trim().toUpperCase(java.util.Locale.ROOT);
        return communes.findByCode(code).or(() -> communes.findByAliasCode(code));
    }

    @Override
    public Optional<CommuneRef> byPostalCodeAndName(String postalCode, String name) {
        if (postalCode == null || !POSTAL_CODE.matcher(postalCode.trim()).matches()) {
            return Optional.empty();
        }
        String pc = postalCode.trim();
        String wanted = CommuneNames.normalise(name);
        if (!wanted.isEmpty()) {
            List<CommuneRepository.Candidate> candidates = communes.candidatesByPostalCode(pc);
            Optional<CommuneRef> exact = unique(candidates.stream()
                    .filter(c -> c.normalisedName().equals(wanted))
                    .map(CommuneRepository.Candidate::commune)
                    .toList());
            if (exact.isPresent()) {
                return exact;
            }
            String loose = CommuneNames.withoutArticle(wanted);
            Optional<CommuneRef> withoutArticle = unique(candidates.stream()
                    .filter(c -> CommuneNames.withoutArticle(c.normalisedName()).equals(loose))
                    .map(CommuneRepository.Candidate::commune)
                    .toList());
            if (withoutArticle.isPresent()) {
                return withoutArticle;
            }
            // a wrong or outdated postal code: trust the name if it is unique in the département
            Optional<CommuneRef> inDepartement =
                    unique(communes.byNormalisedNameInDepartements(List.of(wanted), departementsOf(pc)));
            if (inDepartement.isPresent()) {
                return inDepartement;
            }
        }
        // a locality (hamlet, lieu-dit) of a postal code that serves one commune only
        return unique(communes.byPostalCode(pc));
    }

    @Override
    public boolean isInTerritory(String insee) {
        return byCode(insee).map(CommuneRef::inTerritory).orElse(false);
    }

    @Override
    public List<CommuneRef> territoryCommunes() {
        return communes.territoryCommunes();
    }

    @Override
    public List<String> formerTerritoryCodes() {
        return communes.formerTerritoryCodes();
    }

    public String territoryGeoJson() {
        return communes.territoryGeoJson();
    }

    /**
     * Replaces the territory by the communes of the file and publishes {@link TerritoryReplaced}. Every code
     * must be a current commune of the national list; otherwise nothing changes.
     */
    @Transactional
    public Replacement replace(List<TerritoryFeature> features, String actor) {
        return apply(features, actor, true);
    }

    /** Sets the first territory (first start): same checks, no event since nothing lay anywhere yet. */
    @Transactional
    public Replacement initialise(List<TerritoryFeature> features) {
        return apply(features, "system", false);
    }

    private Replacement apply(List<TerritoryFeature> features, String actor, boolean publish) {
        if (features.isEmpty()) {
            throw new TerritoryFileException("territory.file.error.noFeatures");
        }
        communes.lockTerritory();
        List<String> codes = features.stream().map(TerritoryFeature::code).toList();
        Set<String> known = communes.existingCodes(codes);
        if (known.size() < codes.size()) {
            Map<String, CommuneRepository.Alias> aliases = communes.aliases(codes);
            for (TerritoryFeature f : features) {
                if (!known.contains(f.code())) {
                    CommuneRepository.Alias alias = aliases.get(f.code());
                    if (alias != null) {
                        throw new TerritoryFileException(
                                "territory.file.error.aliasCode",
                                f.position(),
                                f.code(),
                                alias.name(),
                                alias.currentCode());
                    }
                    throw new TerritoryFileException("territory.file.error.unknownCode", f.position(), f.code());
                }
            }
        }
        Set<String> before = communes.territoryCodes();
        Set<String> after = new LinkedHashSet<>(codes);
        List<String> joined = new ArrayList<>(after);
        joined.removeAll(before);
        List<String> left = new ArrayList<>(before);
        left.removeAll(after);
        communes.removeFromTerritoryExcept(after);
        communes.putInTerritory(features);
        List<String> leftCodes = left.stream().sorted().toList();
        List<String> joinedCodes = joined.stream().sorted().toList();
        audit.record(AuditRecord.of("territory", "territory", publish ? "replace" : "initialise")
                .by(actor)
                .change("communes", before.size(), after.size())
                .change("joined", null, joinedCodes.isEmpty() ? null : String.join(" ", joinedCodes))
                .change("left", null, leftCodes.isEmpty() ? null : String.join(" ", leftCodes)));
        if (publish) {
            events.publishEvent(new TerritoryReplaced(leftCodes, joinedCodes, actor));
        }
        return new Replacement(after.size(), joined.size(), left.size());
    }

    private static Optional<CommuneRef> unique(List<CommuneRef> found) {
        List<CommuneRef> distinct = found.stream()
                .collect(java.util.stream.Collectors.toMap(
                        CommuneRef::code, c -> c, (a, b) -> a, java.util.LinkedHashMap::new))
                .values()
                .stream()
                .toList();
        return distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
    }

    /** The départements a postal code may belong to (20xxx is Corsica, 97xxx the overseas ones). */
    private static List<String> departementsOf(String postalCode) {
        String two = postalCode.substring(0, 2);
        return switch (two) {
            case "20" -> List.of("2A", "2B");
            case "97", "98" -> List.of(postalCode.substring(0, 3));
            default -> List.of(two);
        };
    }
}
