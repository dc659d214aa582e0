package fr.ambassade.providers;

import static fr.ambassade.providers.ProviderMother.aProvider;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.domain.ProviderFixtures;
import fr.ambassade.providers.domain.ProviderQuery;
import fr.ambassade.providers.domain.ProviderRow;
import fr.ambassade.providers.domain.ProviderSearch;
import fr.ambassade.providers.domain.ProviderView;
import fr.ambassade.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ProviderSearchTest {

    @Autowired
    ProviderFixtures providers;

    @Autowired
    ProviderSearch search;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    fr.ambassade.providers.domain.ProviderService service;

    /** A word no other test uses, to make the provider findable among all others. */
    private static String token() {
        StringBuilder word = new StringBuilder("zq");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }

    private long save(ProviderMother mother) {
        return tx.execute(s -> providers.save(mother.build()).id());
    }

    private List<Long> ids(ProviderQuery q) {
        return search.search(q, PageRequest.of(0, 100)).page().getContent().stream()
                .map(ProviderRow::id)
                .toList();
    }

    @Test
    void findsAccentedNameWithoutAccent() {
        String t = token();
        long id = save(aProvider().named("Château d'Hinges " + t).ofCategory(ProviderCategory.HERITAGE_SITE));
        assertThat(ids(ProviderQuery.text("chateau " + t))).contains(id);
        assertThat(ids(ProviderQuery.text("chateau")).size()).isPositive();
    }

    @Test
    void findsSingularNameFromPlural() {
        String t = token();
        long id = save(aProvider().named("Boulangerie " + t));
        assertThat(ids(ProviderQuery.text("boulangeries " + t))).contains(id);
    }

    @Test
    void findsDespiteTypoAndStopWords() {
        String t = token();
        long id = save(aProvider().named("Musée de la mine " + t).ofCategory(ProviderCategory.HERITAGE_SITE));
        assertThat(ids(ProviderQuery.text("musee de la mne " + t))).contains(id);
        assertThat(ids(ProviderQuery.text("musee de la mne"))).contains(id);
    }

    @Test
    void toleratesTyposOnLongWords() {
        String t = token();
        long id = save(aProvider().named("Chocolaterie " + t).ofCategory(ProviderCategory.SHOP));
        assertThat(ids(ProviderQuery.text("chocolatrie " + t))).contains(id);
    }

    @Test
    void searchesDescriptionsAndCommune() {
        String t = token();
        long id = save(
                aProvider().named("Ferme " + t).inCommune("62516").description("fr", "Fromages de chèvre affinés"));
        assertThat(ids(ProviderQuery.text("fromage chevre " + t))).contains(id);
        assertThat(ids(ProviderQuery.text("lillers " + t))).contains(id);
    }

    @Test
    void filtersByCategoryCommuneLabelStatusTerritoryAndCoordinates() {
        String t = token();
        long inside = save(aProvider()
                .named("Gîte " + t)
                .ofCategory(ProviderCategory.ACCOMMODATION)
                .inCommune("62178")
                .label("kb:LabelRating_AccueilVelo", "Accueil Vélo")
                .status(NetworkStatus.AMBASSADOR));
        long outside = save(aProvider()
                .named("Gîte " + t + " bis")
                .ofCategory(ProviderCategory.ACCOMMODATION)
                .inCommune("62498")
                .outsideTerritory()
                .withoutCoordinates());
        ProviderQuery base = ProviderQuery.text(t);
        assertThat(ids(base)).contains(inside, outside);
        assertThat(ids(base.withCategory(ProviderCategory.FOOD))).doesNotContain(inside, outside);
        assertThat(ids(base.withCommune("62178"))).containsExactly(inside);
        assertThat(ids(base.withLabel("kb:LabelRating_AccueilVelo"))).containsExactly(inside);
        assertThat(ids(base.withStatus(NetworkStatus.AMBASSADOR))).containsExactly(inside);
        assertThat(ids(base.inTerritory(ProviderQuery.Territory.OUTSIDE))).containsExactly(outside);
        assertThat(ids(base.inTerritory(ProviderQuery.Territory.INSIDE))).containsExactly(inside);
        assertThat(ids(base.withoutCoordinatesOnly())).containsExactly(outside);
        assertThat(ids(base.sortedBy(ProviderQuery.Sort.NAME))).containsExactly(inside, outside);
    }

    @Test
    void searchesSubtypeAndLabelNamesWithTypos() {
        String t = token();
        long id = save(aProvider()
                .named("Chez " + t)
                .ofCategory(ProviderCategory.FOOD)
                .subtype("Estaminet")
                .label("kb:LabelRating_AccueilVelo", "Accueil Vélo"));
        assertThat(ids(ProviderQuery.text("estaminets " + t))).contains(id);
        assertThat(ids(ProviderQuery.text("accueil velo " + t))).contains(id);
        // typo in a label name (keywords are searched with typo tolerance, like the name)
        assertThat(ids(ProviderQuery.text("acceuil " + t))).contains(id);
    }

    @Test
    void searchesTheFrenchDescriptionOrTheOnlyOnesThereAre() {
        String t = token();
        long french = save(aProvider()
                .named("Atelier " + t)
                .description("fr", "Poterie et faïence")
                .description("en", "Pottery and earthenware"));
        long englishOnly = save(aProvider().named("Studio " + t).description("en", "Pottery and earthenware"));
        assertThat(ids(ProviderQuery.text("faience " + t))).containsExactly(french);
        // a translation is not searched when there is a French text; an English-only description is
        assertThat(ids(ProviderQuery.text("pottery " + t))).containsExactly(englishOnly);
    }

    @Test
    void listRowsCarryWhatTheListShows() {
        String t = token();
        long id = save(aProvider()
                .named("Gîte " + t)
                .ofCategory(ProviderCategory.ACCOMMODATION)
                .subtype("Gîte rural")
                .inCommune("62178")
                .label("kb:Z", "Zèbre d'or")
                .label("kb:A", "Accueil Vélo")
                .status(NetworkStatus.AMBASSADOR)
                .withoutCoordinates());
        ProviderRow row = search.search(ProviderQuery.text(t), PageRequest.of(0, 10))
                .page()
                .getContent()
                .get(0);
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.name()).isEqualTo("Gîte " + t);
        assertThat(row.subtype()).isEqualTo("Gîte rural");
        assertThat(row.category()).isEqualTo(ProviderCategory.ACCOMMODATION);
        assertThat(row.communeName()).isNotBlank();
        assertThat(row.networkStatus()).isEqualTo(NetworkStatus.AMBASSADOR);
        assertThat(row.hasCoordinates()).isFalse();
        assertThat(row.outsideTerritory()).isFalse();
        assertThat(row.updatedAt()).isNotNull();
        assertThat(row.labels()).extracting(l -> l.getNameFr()).containsExactly("Accueil Vélo", "Zèbre d'or");
    }

    @Test
    void changesOfTheDerivedFieldsReachTheIndex() {
        String t = token();
        long id = save(aProvider().named("Relais " + t).description("fr", "Une halte au bord du canal"));
        assertThat(ids(ProviderQuery.text("paysan " + t))).doesNotContain(id);
        assertThat(ids(ProviderQuery.text("canal " + t))).contains(id);

        ProviderView p = tx.execute(s -> providers.find(id).orElseThrow());
        var d = p.details();
        var changed = new fr.ambassade.providers.domain.ProviderDetails(
                d.name(),
                d.category(),
                "Ferme-auberge",
                d.communeCode(),
                d.communeName(),
                d.street(),
                d.postalCode(),
                d.locality(),
                d.latitude(),
                d.longitude(),
                d.phone(),
                d.email(),
                d.website(),
                d.languages(),
                d.accessibilityFlags(),
                d.accessibilityNotes(),
                java.util.Map.of("fr", "Une halte près du terril"),
                d.staffNotes(),
                d.outsideTerritory());
        service.update(
                id,
                p.version(),
                changed,
                List.of(),
                List.of(new fr.ambassade.providers.domain.ProviderLabel(
                        "kb:LabelRating_AccueilPaysan", "Accueil Paysan", null)));

        // label name and subtype (keywords field) and the new French description are searchable, the old one is not
        assertThat(ids(ProviderQuery.text("paysan " + t))).contains(id);
        assertThat(ids(ProviderQuery.text("auberge " + t))).contains(id);
        assertThat(ids(ProviderQuery.text("terril " + t))).contains(id);
        assertThat(ids(ProviderQuery.text("canal " + t))).doesNotContain(id);
    }

    @Test
    void countsPerCategoryAndStatusCoverTheWholeResultAndFollowChanges() {
        String t = token();
        long a = save(aProvider()
                .named("Estaminet " + t)
                .ofCategory(ProviderCategory.FOOD)
                .status(NetworkStatus.AMBASSADOR));
        save(aProvider()
                .named("Friterie " + t)
                .ofCategory(ProviderCategory.FOOD)
                .status(NetworkStatus.AMBASSADOR));
        save(aProvider().named("Brasserie " + t).ofCategory(ProviderCategory.FOOD));
        save(aProvider()
                .named("Boutique " + t)
                .ofCategory(ProviderCategory.SHOP)
                .status(NetworkStatus.CANDIDATE));

        // a page of 1: the counts are those of the whole result, not of the page
        ProviderSearch.Result r = search.search(ProviderQuery.text(t), PageRequest.of(0, 1));
        assertThat(r.page().getTotalElements()).isEqualTo(4);
        assertThat(r.categories())
                .containsExactlyInAnyOrderEntriesOf(
                        java.util.Map.of(ProviderCategory.FOOD, 3L, ProviderCategory.SHOP, 1L));
        assertThat(r.statuses())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        NetworkStatus.AMBASSADOR, 2L, NetworkStatus.NONE, 1L, NetworkStatus.CANDIDATE, 1L));

        providers.changeNetworkStatus(a, NetworkStatus.FORMER);
        ProviderSearch.Result after = search.search(ProviderQuery.text(t), PageRequest.of(0, 1));
        assertThat(after.statuses())
                .containsEntry(NetworkStatus.AMBASSADOR, 1L)
                .containsEntry(NetworkStatus.FORMER, 1L);
        assertThat(after.categories()).containsEntry(ProviderCategory.FOOD, 3L);
    }
}
