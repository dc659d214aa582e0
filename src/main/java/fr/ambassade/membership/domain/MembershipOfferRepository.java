package fr.ambassade.membership.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipOfferRepository extends JpaRepository<MembershipOffer, Long> {

    Optional<MembershipOffer> findByApplicationId(long applicationId);

    @Query("select o from MembershipOffer o where o.providerId = ?1 and o.signedAt is null order by o.offeredAt desc")
    List<MembershipOffer> findOpen(long providerId);

    @Query("select o from MembershipOffer o where o.providerId in ?1 and o.signedAt is null order by o.offeredAt")
    List<MembershipOffer> findOpenIn(Collection<Long> providerIds);

    @Query("select count(o) from MembershipOffer o where o.signedAt is null")
    long countOpen();
}
