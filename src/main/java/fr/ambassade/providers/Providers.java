package fr.ambassade.providers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The providers directory as seen by other modules. */
public interface Providers {

    /** The provider, following merges (a merged record answers its survivor); empty when unknown. */
    Optional<ProviderSummary> byId(long id);

    /** The providers with these ids (unknown ids are skipped), merged records answered by their survivor. */
    List<ProviderSummary> byIds(Collection<Long> ids);

    /**
     * The commune (INSEE code) of each of these providers, read in one query of two columns (the dashboard's
     * coverage: no whole record is loaded). Unknown ids and providers without a commune are left out; merged records
     * are not followed (callers pass live ids, such as the holders of memberships, which move onto survivors).
     */
    Map<Long, String> communeCodesOf(Collection<Long> ids);

    /** Ids of the providers (never merged records) that have this network status, in id order. */
    List<Long> idsWithNetworkStatus(NetworkStatus status);

    /**
     * The establishments of a commune whose name contains the typed text (case and accents ignored), merged records
     * left out, by name: what a candidate chooses from to say which establishment is theirs.
     */
    List<ProviderSummary> candidatesByName(String name, String communeCode, int limit);

    /**
     * Adds an establishment to the directory on a candidate's behalf (network status {@link NetworkStatus#NONE};
     * the application makes it a candidate when submitted). Audited with the reason, in the caller's transaction.
     */
    ProviderSummary createForCandidate(NewEstablishment establishment, String reason);

    /**
     * Changes where the provider stands in the network (selection, membership); audited with the reason, in the
     * caller's transaction or a new one.
     */
    void changeNetworkStatus(long id, NetworkStatus status, String reason);
}
