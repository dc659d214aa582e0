package fr.ambassade.selection.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findByVisitIdOrderById(long visitId);

    List<Evaluation> findByVisitIdInOrderById(java.util.Collection<Long> visitIds);

    Optional<Evaluation> findByVisitIdAndEvaluatorAccountId(long visitId, long evaluatorAccountId);
}
