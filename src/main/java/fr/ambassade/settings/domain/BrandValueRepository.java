package fr.ambassade.settings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BrandValueRepository extends JpaRepository<BrandValueEntity, Long> {
    List<BrandValueEntity> findAllByOrderByPositionAscIdAsc();

    Optional<BrandValueEntity> findByCode(String code);
}
