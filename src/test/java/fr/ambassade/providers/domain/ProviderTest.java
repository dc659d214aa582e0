package fr.ambassade.providers.domain;

import static fr.ambassade.providers.NetworkStatus.AMBASSADOR;
import static fr.ambassade.providers.NetworkStatus.CANDIDATE;
import static fr.ambassade.providers.NetworkStatus.FORMER;
import static fr.ambassade.providers.NetworkStatus.NONE;
import static fr.ambassade.providers.ProviderMother.aProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.NetworkStatusChangeRefusedException;
import fr.ambassade.shared.RefusedChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The provider's own rules, without Spring nor database. */
class ProviderTest {

    @Nested
    class Update {

        @Test
        void replacesTheEditableFieldsCleaningWhatWasTyped() {
            Provider p = ProviderFixtures.entity(aProvider().named("Estaminet"));

            p.update(aProvider()
                    .named("  Estaminet du Beffroi  ")
                    .subtype("  ")
                    .email(" contact@beffroi.test ")
                    .speaking("FR", "en", "fr", " ")
                    .description("fr", "  Bières  ")
                    .description("en", " ")
                    .details());

            assertThat(p.getName()).isEqualTo("Estaminet du Beffroi");
            assertThat(p.getSubtype()).isNull();
            assertThat(p.getEmail()).isEqualTo("contact@beffroi.test");
            assertThat(p.getLanguages()).containsExactly("fr", "en");
            assertThat(p.getDescriptions()).containsExactlyEntriesOf(Map.of("fr", "Bières"));
        }

        @Test
        void keepsAllOrNothingWhenRefused() {
            Provider p = ProviderFixtures.entity(aProvider().named("Estaminet").email("old@beffroi.test"));

            assertThatThrownBy(() -> p.update(
                            aProvider().named("Renamed").email("not an address").details()))
                    .isInstanceOfSatisfying(
                            RefusedChange.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("providers.error.email"));

            assertThat(p.getName()).isEqualTo("Estaminet");
            assertThat(p.getEmail()).isEqualTo("old@beffroi.test");
        }

        @ParameterizedTest
        @CsvSource({
            "blank name, providers.error.nameBlank",
            "no category, providers.error.categoryMissing",
            "latitude only, providers.error.coordinatesBoth",
            "latitude out of range, providers.error.coordinatesRange",
            "bad e-mail, providers.error.email",
            "bad commune code, providers.error.communeCode",
            "website not http, providers.error.website"
        })
        void refusesBrokenInvariants(String broken, String messageKey) {
            Provider p = ProviderFixtures.entity(aProvider());
            ProviderDetails details = switch (broken) {
                case "blank name" -> aProvider().named(" ").details();
                case "no category" -> aProvider().ofCategory(null).details();
                case "latitude only" -> aProvider().at(50.5, null).details();
                case "latitude out of range" -> aProvider().at(91.0, 2.6).details();
                case "bad e-mail" -> aProvider().email("contact@beffroi").details();
                case "bad commune code" -> aProvider().inCommune("6211").details();
                case "website not http" ->
                    aProvider().website("javascript:alert(1)").details();
                default -> throw new IllegalArgumentException(broken);
            };

            assertThatThrownBy(() -> p.update(details))
                    .isInstanceOfSatisfying(
                            RefusedChange.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
        }
    }

    @Nested
    class Absorb {

        @Test
        void fillsOnlyTheEmptyFieldsAndKeepsItsOwnValues() {
            Provider survivor = ProviderFixtures.entity(aProvider()
                    .withId(1)
                    .named("Gîte du Terril")
                    .email("gite@terril.test")
                    .withoutCoordinates());
            Provider merged = ProviderFixtures.entity(aProvider()
                    .withId(2)
                    .named("Gite du terril")
                    .email("other@terril.test")
                    .phone("03 21 00 00 00")
                    .website("https://terril.test/")
                    .at(50.5, 2.6));

            survivor.absorb(merged);

            assertThat(survivor.getName()).isEqualTo("Gîte du Terril");
            assertThat(survivor.getEmail()).isEqualTo("gite@terril.test");
            assertThat(survivor.getPhone()).isEqualTo("03 21 00 00 00");
            assertThat(survivor.getWebsite()).isEqualTo("https://terril.test/");
            assertThat(survivor.getLatitude()).isEqualTo(50.5);
            assertThat(survivor.getLongitude()).isEqualTo(2.6);
        }

        @Test
        void unitesCollectionsAndNotesAndLeavesTheOtherAsARedirect() {
            Provider survivor = ProviderFixtures.entity(aProvider()
                    .withId(1)
                    .speaking("fr")
                    .label("qt", "Qualité Tourisme")
                    .contact("Anne", "gérante")
                    .photo("https://terril.test/a.jpg")
                    .staffNotes("Vu en mars.")
                    .description("fr", "Le gîte."));
            Provider merged = ProviderFixtures.entity(aProvider()
                    .withId(2)
                    .speaking("fr", "nl")
                    .label("qt", "Qualité Tourisme")
                    .label("av", "Accueil Vélo")
                    .contact("Anne", "gérante")
                    .contact("Marc", "cuisinier")
                    .photo("https://terril.test/b.jpg")
                    .staffNotes("Doublon DATAtourisme.")
                    .description("fr", "Autre texte.")
                    .description("en", "The cottage."));

            survivor.absorb(merged);

            assertThat(survivor.getLanguages()).containsExactly("fr", "nl");
            assertThat(survivor.getLabels()).extracting(ProviderLabel::getCode).containsExactlyInAnyOrder("qt", "av");
            assertThat(survivor.getContacts())
                    .extracting(ContactPerson::getName)
                    .containsExactly("Anne", "Marc");
            assertThat(survivor.getPhotos()).hasSize(2);
            assertThat(survivor.getStaffNotes()).isEqualTo("Vu en mars.\n\nDoublon DATAtourisme.");
            assertThat(survivor.getDescriptions())
                    .containsEntry("fr", "Le gîte.")
                    .containsEntry("en", "The cottage.");
            assertThat(merged.getMergedIntoId()).isEqualTo(1L);
            assertThat(merged.isMerged()).isTrue();
            assertThat(merged.getLabels()).isEmpty();
            assertThat(merged.getContacts()).isEmpty();
            assertThat(merged.getPhotos()).isEmpty();
        }

        @Test
        void takesTheOtherRecordsNetworkStatusOnlyWhenItHasNone() {
            Provider none = ProviderFixtures.entity(aProvider().withId(1));
            none.absorb(ProviderFixtures.entity(aProvider().withId(2).status(AMBASSADOR)));
            assertThat(none.getNetworkStatus()).isEqualTo(AMBASSADOR);

            Provider candidate = ProviderFixtures.entity(aProvider().withId(3).status(CANDIDATE));
            candidate.absorb(ProviderFixtures.entity(aProvider().withId(4).status(FORMER)));
            assertThat(candidate.getNetworkStatus()).isEqualTo(CANDIDATE);
        }

        @Test
        void refusesItselfAndRecordsAlreadyMerged() {
            Provider a = ProviderFixtures.entity(aProvider().withId(1));
            Provider b = ProviderFixtures.entity(aProvider().withId(2));
            Provider c = ProviderFixtures.entity(aProvider().withId(3));

            assertThatThrownBy(() -> a.absorb(a)).hasMessage("providers.error.mergeSelf");
            a.absorb(b);
            assertThatThrownBy(() -> c.absorb(b)).hasMessage("providers.error.alreadyMerged");
            assertThatThrownBy(() -> b.absorb(c)).hasMessage("providers.error.alreadyMerged");
        }
    }

    @Nested
    class NetworkStatusChanges {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            "NONE, CANDIDATE", // applies
            "CANDIDATE, AMBASSADOR", // accepted
            "CANDIDATE, NONE", // declined or withdrawn
            "CANDIDATE, FORMER", // a former ambassador's new application declined
            "AMBASSADOR, FORMER", // membership withdrawn or lapsed
            "FORMER, CANDIDATE"
        }) // a former ambassador applies again
        void followTheWaysOfTheNetwork(NetworkStatus from, NetworkStatus to) {
            Provider p = ProviderFixtures.entity(aProvider().status(from));

            p.changeNetworkStatus(to);

            assertThat(p.getNetworkStatus()).isEqualTo(to);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(NetworkStatus.class)
        void anyOtherChangeIsRefusedAndChangesNothing(NetworkStatus from) {
            List<NetworkStatus> refused = new ArrayList<>();
            for (NetworkStatus to : NetworkStatus.values()) {
                if (!from.canBecome(to)) {
                    refused.add(to);
                }
            }
            for (NetworkStatus to : refused) {
                Provider p = ProviderFixtures.entity(aProvider().status(from));
                assertThatThrownBy(() -> p.changeNetworkStatus(to))
                        .isInstanceOfSatisfying(NetworkStatusChangeRefusedException.class, e -> {
                            assertThat(e.from()).isEqualTo(from);
                            assertThat(e.to()).isEqualTo(to);
                            assertThat(e.messageKey()).isEqualTo("providers.error.networkStatus");
                        });
                assertThat(p.getNetworkStatus()).isEqualTo(from);
            }
            assertThat(refused).contains(from);
        }

        @Test
        void theRefusedChangesAreExactlyTheOnesOutsideTheWays() {
            assertThat(EnumSet.allOf(NetworkStatus.class).stream().filter(NONE::canBecome))
                    .containsExactly(CANDIDATE);
            assertThat(EnumSet.allOf(NetworkStatus.class).stream().filter(AMBASSADOR::canBecome))
                    .containsExactly(FORMER);
            assertThat(EnumSet.allOf(NetworkStatus.class).stream().filter(FORMER::canBecome))
                    .containsExactly(CANDIDATE);
            assertThat(EnumSet.allOf(NetworkStatus.class).stream().filter(CANDIDATE::canBecome))
                    .containsExactly(NONE, AMBASSADOR, FORMER);
        }
    }
}
