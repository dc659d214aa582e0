package fr.ambassade.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's accepted candidate has an offer awaiting the charter signature, made once, audited. */
@IntegrationTest
class MembershipDemoOfferTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MembershipDemoData demo;

    @Autowired
    MembershipService service;

    private List<Map<String, Object>> demoOffers() {
        return jdbc.queryForList("select o.id, o.provider_id, o.signed_at, o.score_percent from membership_offer o"
                + " join application a on a.id = o.application_id where a.demo and a.kind = 'NEW'"
                + " and a.state = 'ACCEPTED' and o.signed_at is null");
    }

    @Test
    void theAcceptedDemoCandidateAwaitsTheCharterSignatureOnce() {
        List<Map<String, Object>> offers = demoOffers();
        assertThat(offers)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.get("score_percent")).isNotNull());
        assertThat(service.awaitingSignature()).isGreaterThanOrEqualTo(offers.size());
        long provider = ((Number) offers.get(0).get("provider_id")).longValue();
        assertThat(jdbc.queryForObject("select count(*) from membership where provider_id = ?", Long.class, provider))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'OFFERED' and object_id = ?",
                        Long.class,
                        "offer-" + offers.get(0).get("id")))
                .isEqualTo(1);

        demo.run(new DefaultApplicationArguments());
        assertThat(demoOffers()).hasSameSizeAs(offers);
    }
}
