package fr.ambassade.settings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GridVersionRepository extends JpaRepository<GridVersionEntity, Long> {
    Optional<GridVersionEntity> findFirstByOrderByNumberDesc();

    Optional<GridVersionEntity> findByNumber(int number);

    @Query("select g.number from GridVersionEntity g order by g.number desc")
    List<Integer> numbers();
}
