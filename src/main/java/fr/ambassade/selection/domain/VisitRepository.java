package fr.ambassade.selection.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByApplicationIdOrderByIdDesc(long applicationId);

    /** The visits this account evaluates (cancelled ones left out), by start. */
    @org.springframework.data.jpa.repository.Query(
            "select v from Visit v join v.evaluators e where e = :accountId and v.cancelledAt is null"
                    + " order by v.startsAt")
    List<Visit> findOpenOrPastOfEvaluator(@org.springframework.data.repository.query.Param("accountId") long accountId);
}
