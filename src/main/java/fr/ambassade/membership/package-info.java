/**
 * Membership: the ambassador title of a provider — the charter signature after an accepted application, the
 * membership's status (ACTIVE, SUSPENDED, WITHDRAWN, LAPSED) and the network status it gives the provider, yearly
 * commitments, renewal reminders and lapses, and the public list of ambassadors. It learns about applications from the
 * selection module's events ({@link fr.ambassade.selection.ApplicationDecided},
 * {@link fr.ambassade.selection.ApplicationSubmitted}); {@link fr.ambassade.membership.Memberships} is its facade.
 */
@org.springframework.modulith.ApplicationModule
package fr.ambassade.membership;
