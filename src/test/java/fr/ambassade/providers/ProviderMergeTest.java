package fr.ambassade.providers;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static fr.ambassade.providers.ProviderMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.providers.domain.DuplicateFinder;
import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.providers.domain.ProviderService;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ProviderMergeTest {

    @Autowired
    ProviderFixtures providers;

    @Autowired
    ProviderService service;

    @Autowired
    DuplicateFinder duplicates;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    private long save(ProviderMother mother) {
        return tx.execute(s -> providers.save(mother.build()).id());
    }

    private List<DuplicateFinder.Pair> pairsOf(long a, long b) {
        return duplicates.find(100_000).stream()
                .filter(p -> (p.first().id() == a && p.second().id() == b)
                        || (p.first().id() == b && p.second().id() == a))
                .toList();
    }

    @Test
    void sameNormalisedNameWithin200MetresIsAPossibleDuplicate() {
        String name = unique("Boulangerie du Beffroi");
        long a = save(aProvider().named(name).at(50.5290, 2.6430));
        long b = save(aProvider()
                .named("  " + name.toUpperCase().replace("BOULANGERIE", "BOULANGÉRIE") + " !")
                .at(50.5301, 2.6432));
        long far = save(aProvider().named(name).at(50.5400, 2.6430));
        assertThat(pairsOf(a, b))
                .singleElement()
                .satisfies(p -> assertThat(p.reasons()).contains(DuplicateFinder.Reason.NAME));
        assertThat(pairsOf(a, far)).isEmpty();
    }

    @Test
    void samePhoneOrEmailIsAPossibleDuplicate() {
        String digits = String.valueOf(100_000 + (int) (Math.random() * 899_999));
        String mail = "x" + UUID.randomUUID() + "@example.test";
        long a = save(
                aProvider().named(unique("Ferme A")).phone("03 21 " + digits).email(mail));
        long b = save(
                aProvider().named(unique("Ferme B")).phone("+33 3 21" + digits).email(mail.toUpperCase()));
        assertThat(pairsOf(a, b))
                .singleElement()
                .satisfies(p ->
                        assertThat(p.reasons()).contains(DuplicateFinder.Reason.PHONE, DuplicateFinder.Reason.EMAIL));
    }

    @Test
    void mergeKeepsEveryExternalIdentifierLabelAndContactAndRedirects() {
        String dtA = unique("dt-a");
        String dtB = unique("dt-b");
        String apidae = unique("apidae");
        long survivor = save(aProvider()
                .named(unique("Gîte du Terril"))
                .withoutCoordinates()
                .phone(null)
                .externalId(ExternalIdScheme.DATATOURISME, dtA)
                .label("kb:LabelRating_AccueilVelo", "Accueil Vélo"));
        long merged = save(aProvider()
                .named(unique("Gite du Terril"))
                .at(50.49, 2.55)
                .phone("03 21 00 11 22")
                .externalId(ExternalIdScheme.DATATOURISME, dtB)
                .externalId(ExternalIdScheme.APIDAE, apidae)
                .label("kb:LabelRating_QualiteTourisme", "Qualité Tourisme")
                .contact("Jeanne Martin", "gérante"));

        service.merge(survivor, merged);

        tx.executeWithoutResult(s -> {
            ProviderView kept = providers.find(survivor).orElseThrow();
            assertThat(kept.externalIds())
                    .containsExactlyInAnyOrder(
                            new ExternalId(ExternalIdScheme.DATATOURISME, dtA),
                            new ExternalId(ExternalIdScheme.DATATOURISME, dtB),
                            new ExternalId(ExternalIdScheme.APIDAE, apidae));
            assertThat(kept.labels())
                    .extracting("code")
                    .containsExactlyInAnyOrder("kb:LabelRating_AccueilVelo", "kb:LabelRating_QualiteTourisme");
            assertThat(kept.contacts()).extracting("name").containsExactly("Jeanne Martin");
            assertThat(kept.phone()).isEqualTo("03 21 00 11 22");
            assertThat(kept.latitude()).isEqualTo(50.49);
            ProviderView gone = providers.find(merged).orElseThrow();
            assertThat(gone.mergedIntoId()).isEqualTo(survivor);
            assertThat(gone.externalIds()).isEmpty();
        });
        assertThat(service.survivorOf(merged)).isEqualTo(survivor);
        assertThat(providers.byExternalId(ExternalIdScheme.DATATOURISME, dtB))
                .get()
                .extracting(ProviderView::id)
                .isEqualTo(survivor);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where object_type = 'Provider' and action = 'MERGED' "
                                + "and object_id in (?, ?)",
                        Integer.class,
                        String.valueOf(survivor),
                        String.valueOf(merged)))
                .isEqualTo(2);
        assertThat(pairsOf(survivor, merged)).isEmpty();
        assertThatThrownBy(() -> service.merge(survivor, merged)).isInstanceOf(RefusedChange.class);
    }
}
