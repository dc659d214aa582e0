/**
 * The territory of the destination: the national list of communes (INSEE COG) and the communes that make
 * up the territory, with their outlines. Other modules read it through {@link fr.ambassade.territory.Territory}
 * and learn of a change of territory from {@link fr.ambassade.territory.TerritoryReplaced}.
 */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.territory;
