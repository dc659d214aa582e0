package fr.ambassade.providers;

/**
 * The provider {@code mergedId} was merged into {@code survivorId} (two records of one establishment): the merged
 * record now only redirects to the survivor, which took over its identifiers, contacts, photos and linked accounts.
 * Published by the providers module in the merge's transaction; modules that keep provider ids (applications,
 * memberships, experiences, registrations) listen after commit and move what they hold onto the survivor.
 *
 * @param survivorId the provider that remains
 * @param mergedId the provider merged into it
 * @param byAccountId the account of the staff member who merged, {@code null} when no user acted (a command line)
 */
public record ProviderMerged(long survivorId, long mergedId, Long byAccountId) {}
