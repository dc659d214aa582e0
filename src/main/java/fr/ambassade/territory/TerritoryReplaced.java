package fr.ambassade.territory;

import java.util.List;

/**
 * Published (in the replacing transaction) when an administrator replaces the territory. Modules that hold
 * things located in communes flag those lying in {@code leftCodes}; they never delete them.
 *
 * @param leftCodes INSEE codes of the communes that were in the territory and no longer are
 * @param joinedCodes INSEE codes of the communes that were not in the territory and now are
 * @param actor the user name of the administrator who replaced it
 */
public record TerritoryReplaced(List<String> leftCodes, List<String> joinedCodes, String actor) {

    public TerritoryReplaced {
        leftCodes = List.copyOf(leftCodes);
        joinedCodes = List.copyOf(joinedCodes);
    }
}
