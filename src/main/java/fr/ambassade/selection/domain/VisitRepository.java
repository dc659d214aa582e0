package fr.ambassade.selection.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByApplicationIdOrderByIdDesc(long applicationId);
}
