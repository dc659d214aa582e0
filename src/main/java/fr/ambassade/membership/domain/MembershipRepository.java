package fr.ambassade.membership.domain;

import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.membership.MembershipSummary;
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

    /**
     * The summaries of the memberships in these statuses, the latest charter version signed included, in one query
     * (reading it from each membership's signatures would cost a query per membership: the dashboard reads about a
     * thousand).
     */
    @Query("select new fr.ambassade.membership.MembershipSummary(m.id, m.providerId, m.status, m.startDate,"
            + " m.nextRenewalDate, m.scorePercent, m.gridVersion,"
            + " coalesce((select max(s.charterVersion) from m.signatures s), 0),"
            + " case when m.renewalApplicationId is null then false else true end)"
            + " from Membership m where m.status in ?1 order by m.startDate, m.id")
    List<MembershipSummary> summariesWithStatusIn(Collection<MembershipStatus> statuses);

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
