/**
 * Selection: applications for the ambassador title (new ones and renewals), visits scored on the values grid by
 * several evaluators, committee sessions and their decisions. {@link fr.ambassade.selection.Selection} is the facade
 * for other modules; {@link fr.ambassade.selection.ApplicationDecided} tells them about each decision.
 */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.selection;
