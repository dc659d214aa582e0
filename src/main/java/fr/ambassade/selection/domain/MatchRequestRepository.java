package fr.ambassade.selection.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchRequestRepository extends JpaRepository<MatchRequest, Long> {

    Optional<MatchRequest> findByApplicationIdAndState(long applicationId, MatchRequest.State state);

    Optional<MatchRequest> findFirstByApplicationIdOrderByIdDesc(long applicationId);

    List<MatchRequest> findByStateOrderByRequestedAtAscIdAsc(MatchRequest.State state);
}
