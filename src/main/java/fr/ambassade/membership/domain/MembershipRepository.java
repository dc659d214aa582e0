package fr.ambassade.membership.domain;

import fr.ambassade.membership.MembershipStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m where m.providerId = ?1 and m.status in ?2")
    Optional<Membership> findByProviderAndStatusIn(long providerId, Collection<MembershipStatus> statuses);

    default Optional<Membership> findLive(long providerId) {
        return findByProviderAndStatusIn(providerId, MembershipStatus.LIVE);
    }

    @Query("select m from Membership m where m.status in ?1 order by m.startDate, m.id")
    List<Membership> findByStatusIn(Collection<MembershipStatus> statuses);

    @Query(
            value = "select new fr.ambassade.membership.domain.MembershipSince(m.providerId, m.startDate) "
                    + "from Membership m where m.status = ?1 order by m.startDate, m.id",
            countQuery = "select count(m) from Membership m where m.status = ?1")
    Page<MembershipSince> sinceWithStatus(MembershipStatus status, Pageable page);

    @Query("select m from Membership m where m.providerId = ?1 order by m.startDate desc, m.id desc")
    List<Membership> findByProvider(long providerId);

    @Query("select m.status, count(m) from Membership m group by m.status")
    List<Object[]> countByStatus();

    @Query("select m.id from Membership m where m.status in ?1 order by m.id")
    List<Long> idsWithStatusIn(Collection<MembershipStatus> statuses);
}
