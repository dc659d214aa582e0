/**
 * Destination settings chosen by the director: name, brand, tagline, logo and colours, languages, time
 * zone, contact details, brand values, the versioned evaluation grid and charter, pass threshold and
 * renewal period. These are defaults an OT changes, not rules of the product. Read them through
 * {@link fr.ambassade.settings.DestinationSettings}; changes are announced by
 * {@link fr.ambassade.settings.DestinationSettingsChanged}.
 */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.settings;
