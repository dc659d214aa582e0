package fr.ambassade.settings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CharterVersionRepository extends JpaRepository<CharterVersionEntity, Long> {
    Optional<CharterVersionEntity> findFirstByOrderByNumberDesc();

    Optional<CharterVersionEntity> findByNumber(int number);

    @Query("select c.number from CharterVersionEntity c order by c.number desc")
    List<Integer> numbers();
}
