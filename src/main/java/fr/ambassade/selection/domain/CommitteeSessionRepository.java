package fr.ambassade.selection.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeSessionRepository extends JpaRepository<CommitteeSession, Long> {

    List<CommitteeSession> findAllByOrderByHeldOnDesc();
}
