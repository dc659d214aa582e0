package fr.ambassade.selection.domain;

import fr.ambassade.selection.ApplicationKind;
import fr.ambassade.selection.ApplicationState;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    /** The application, its row locked until the end of the transaction (photos are counted under this lock). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> lockById(long id);

    List<Application> findByProviderIdOrderByCreatedAtDescIdDesc(long providerId);

    List<Application> findByStateOrderByUpdatedAtAscIdAsc(ApplicationState state);

    boolean existsByProviderIdAndStateIn(long providerId, Collection<ApplicationState> states);

    boolean existsByProviderIdAndKindAndStateIn(
            long providerId, ApplicationKind kind, Collection<ApplicationState> states);

    boolean existsByProviderIdAndState(long providerId, ApplicationState state);

    Optional<Application> findFirstByProviderIdAndStateOrderByDecidedAtDesc(long providerId, ApplicationState state);

    @Query(
            value = "select a from Application a where (:state is null or a.state = :state)"
                    + " and (:kind is null or a.kind = :kind) order by a.updatedAt desc, a.id desc",
            countQuery = "select count(a) from Application a where (:state is null or a.state = :state)"
                    + " and (:kind is null or a.kind = :kind)")
    org.springframework.data.domain.Page<Application> queue(
            ApplicationState state, ApplicationKind kind, org.springframework.data.domain.Pageable pageable);

    @Query("select a.state, count(a) from Application a group by a.state")
    List<Object[]> countByState();

    @Query("select a from Application a where a.state = fr.ambassade.selection.ApplicationState.DEFERRED"
            + " and a.reviewDate <= :today order by a.reviewDate, a.id")
    List<Application> deferredDueBy(LocalDate today);

    @Query("select a from Application a where a.state in :states and a.decidedAt < :before"
            + " and a.personalDataErasedAt is null order by a.id")
    List<Application> toErase(Collection<ApplicationState> states, Instant before);
}
