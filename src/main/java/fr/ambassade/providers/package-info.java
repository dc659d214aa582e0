/**
 * The providers directory: establishments of the territory (accommodation, food, producers, crafts, activities,
 * heritage sites, shops), fed by DATAtourisme flows, CSV files and staff, with French-aware search, duplicates
 * detection and merge, and exports. {@link fr.ambassade.providers.Providers} is the facade for other modules.
 */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.providers;
