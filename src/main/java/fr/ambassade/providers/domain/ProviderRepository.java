package fr.ambassade.providers.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    @Query("select p.id from Provider p where p.networkStatus = :status and p.mergedIntoId is null order by p.id")
    java.util.List<Long> idsWithNetworkStatus(fr.ambassade.providers.NetworkStatus status);

    @Query("select p.id, p.communeCode from Provider p where p.id in :ids and p.communeCode is not null")
    java.util.List<Object[]> communeCodesOf(@Param("ids") java.util.Collection<Long> ids);

    @Query("select p from Provider p join p.externalIds e where e.scheme = :scheme and e.value = :value")
    Optional<Provider> findByExternalId(@Param("scheme") ExternalIdScheme scheme, @Param("value") String value);

    Optional<Provider> findFirstByNameAndCommuneCode(String name, String communeCode);

    List<Provider> findByIdIn(List<Long> ids);

    long countByDemoTrue();

    /** {@code pattern}: a {@code %text%} pattern, compared lowercased and unaccented (see {@link ProvidersFacade#candidatesByName}). */
    @Query(
            value =
                    "select * from provider p where p.merged_into_id is null and p.commune_code = :communeCode"
                            + " and unaccent(lower(p.name)) like unaccent(lower(:pattern)) escape '\\' order by p.name, p.id limit :limit",
            nativeQuery = true)
    List<Provider> findByNameLikeInCommune(
            @Param("pattern") String pattern, @Param("communeCode") String communeCode, @Param("limit") int limit);

    /**
     * The merge-chain rule, the only one: the record that stands for {@code provider} is the provider itself, or the
     * record its {@code merged_into_id} links lead to (a survivor merged later into a third record leads there). The
     * walk stops after {@value #MAX_MERGE_LINKS} links, so that corrupted data (a cycle) cannot hang a request.
     */
    default Provider survivorOf(Provider provider) {
        Provider current = provider;
        for (int i = 0; i < MAX_MERGE_LINKS && current.isMerged(); i++) {
            Provider next = findById(current.getMergedIntoId()).orElse(null);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** At most this many merges are followed from a record to its survivor. */
    int MAX_MERGE_LINKS = 20;
}
