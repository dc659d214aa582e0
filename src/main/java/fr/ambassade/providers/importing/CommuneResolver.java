package fr.ambassade.providers.importing;

import fr.ambassade.territory.CommuneRef;
import fr.ambassade.territory.Territory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the commune of a record for one run, remembering every answer: a flow names a few hundred communes
 * for tens of thousands of records, so each is looked up once. INSEE code first (an arrondissement or delegated
 * commune resolves to its current commune), else postal code + name (normalised by the territory module).
 * Not thread-safe: one per run.
 */
final class CommuneResolver {

    private final Territory territory;
    private final Map<String, Optional<CommuneRef>> byCode = new HashMap<>();
    private final Map<String, Optional<CommuneRef>> byPostalCodeAndName = new HashMap<>();

    CommuneResolver(Territory territory) {
        this.territory = territory;
    }

    Optional<CommuneRef> resolve(String inseeCode, String postalCode, String name) {
        if (inseeCode != null && !inseeCode.isBlank()) {
            String code = inseeCode.strip().toUpperCase(Locale.ROOT);
            Optional<CommuneRef> found = byCode.computeIfAbsent(code, territory::byCode);
            if (found.isPresent()) {
                return found;
            }
        }
        if (postalCode != null && !postalCode.isBlank()) {
            String key = postalCode.strip() + "|" + (name == null ? "" : name.strip());
            return byPostalCodeAndName.computeIfAbsent(
                    key, k -> territory.byPostalCodeAndName(postalCode.strip(), name));
        }
        return Optional.empty();
    }
}
