package fr.ambassade.providers;

/**
 * A provider's network status changed ({@link NetworkStatus#canBecome}), or a merge gave the survivor the status of
 * the merged record. Published by the providers module in the change's transaction.
 *
 * @param providerId the provider (a survivor, never a merged record)
 * @param from the status before
 * @param to the status now
 * @param byAccountId the account of the user who acted, {@code null} when no user acted (a process, a command line)
 */
public record ProviderNetworkStatusChanged(long providerId, NetworkStatus from, NetworkStatus to, Long byAccountId) {}
