package fr.ambassade.membership.domain;

import fr.ambassade.membership.MembershipStatus;
import fr.ambassade.membership.MembershipSummary;
import fr.ambassade.membership.Memberships;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The {@link Memberships} facade, internal to the module. */
@Service
class MembershipsFacade implements Memberships {

    private final MembershipService service;

    MembershipsFacade(MembershipService service) {
        this.service = service;
    }

    @Override
    public List<MembershipSummary> live() {
        return service.summaries(MembershipStatus.LIVE);
    }

    @Override
    public Optional<MembershipSummary> liveOf(long providerId) {
        return service.liveSummary(providerId);
    }

    @Override
    public Map<MembershipStatus, Long> counts() {
        return service.counts();
    }

    @Override
    public long awaitingSignature() {
        return service.awaitingSignature();
    }
}
