package fr.ambassade.territory;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the national list of communes and to the destination's territory. Every lookup hits the
 * database (no per-node cache), so a territory replaced on one node is seen at once by all.
 */
public interface Territory {

    /**
     * The current commune of an INSEE code. Codes of municipal arrondissements (75104 → Paris 75056) and of
     * delegated or associated communes resolve to the current commune they belong to.
     */
    Optional<CommuneRef> byCode(String insee);

    /**
     * Finds a commune from an address's postal code and locality name. Names are compared normalised:
     * case, accents, ligatures (œ → oe), hyphens, apostrophes, "St"/"Ste" for "Saint"/"Sainte", "lès"/"lez",
     * a leading article and a trailing "Cedex" do not matter. A delegated commune's name resolves to its
     * current commune. When the name matches no commune of that postal code, a commune of that name in the
     * same département is taken if it is the only one; failing that, the only commune of that postal code.
     */
    Optional<CommuneRef> byPostalCodeAndName(String postalCode, String name);

    /** Whether the commune of this code (resolved as {@link #byCode}) belongs to the territory. */
    boolean isInTerritory(String insee);

    /** The communes of the territory, ordered by name. */
    List<CommuneRef> territoryCommunes();

    /** INSEE codes of communes that left the territory at a replacement and have not rejoined it. */
    List<String> formerTerritoryCodes();
}
