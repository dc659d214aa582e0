package fr.ambassade.providers.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProviderRepository extends JpaRepository<Provider, Long> {

    @Query("select p from Provider p join p.externalIds e where e.scheme = :scheme and e.value = :value")
    Optional<Provider> findByExternalId(@Param("scheme") ExternalIdScheme scheme, @Param("value") String value);

    Optional<Provider> findFirstByNameAndCommuneCode(String name, String communeCode);

    List<Provider> findByIdIn(List<Long> ids);

    long countByDemoTrue();
}
