package fr.ambassade.providers.importing.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.providers.importing.datatourisme.TypeMapping.Classification;
import fr.ambassade.providers.importing.datatourisme.TypeMapping.Decision;
import fr.ambassade.providers.importing.datatourisme.TypeMapping.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeMappingTest {

    private static Classification classify(String... types) {
        return TypeMapping.classify(List.of(types));
    }

    @Test
    void eventsAndToursAreSkippedWithAReason() {
        Classification concert = classify("Concert", "CulturalEvent", "EntertainmentAndEvent", "PointOfInterest");
        assertThat(concert.decision()).isEqualTo(Decision.SKIP_EVENT);
        assertThat(concert.isProvider()).isFalse();
        assertThat(concert.category()).isNull();
        assertThat(concert.reason()).contains("event");
        // a market held in a garden is still an event
        assertThat(classify("Market", "SaleEvent", "ParkAndGarden").decision()).isEqualTo(Decision.SKIP_EVENT);
        Classification walk = classify("olo:OrderedList", "PointOfInterest", "Tour", "WalkingTour");
        assertThat(walk.decision()).isEqualTo(Decision.SKIP_TOUR);
        assertThat(walk.reason()).contains("tour");
    }

    @Test
    void practicalServicesAreNotProviders() {
        assertThat(classify("Parking", "Transport", "PlaceOfInterest").decision())
                .isEqualTo(Decision.SKIP_NOT_A_PROVIDER);
        assertThat(classify("PublicLavatories", "ConvenientService").decision())
                .isEqualTo(Decision.SKIP_NOT_A_PROVIDER);
    }

    @Test
    void mostTellingClassWins() {
        assertThat(classify(
                        "Accommodation",
                        "BistroOrWineBar",
                        "FoodEstablishment",
                        "Hotel",
                        "HotelRestaurant",
                        "HotelTrade",
                        "Restaurant"))
                .extracting(Classification::category, Classification::subtype)
                .containsExactly(ProviderCategory.ACCOMMODATION, "hotel-restaurant");
        assertThat(classify("Practice", "Producer", "Product", "Tasting", "TastingProvider", "WineCellar"))
                .extracting(Classification::category, Classification::subtype)
                .containsExactly(ProviderCategory.PRODUCER, "winery");
        assertThat(classify(
                        "Abbey",
                        "Aqueduct",
                        "Church",
                        "Cloister",
                        "CulturalSite",
                        "PigeonLoft",
                        "ReligiousSite",
                        "RemarkableBuilding",
                        "TechnicalHeritage"))
                .extracting(Classification::subtype)
                .isEqualTo("abbey");
        assertThat(classify("Abbey", "CulturalSite", "Museum", "ParkAndGarden", "ReligiousSite"))
                .extracting(Classification::subtype)
                .isEqualTo("museum");
        assertThat(classify("Course", "Practice", "Product", "SportsAndLeisurePlace"))
                .extracting(Classification::category, Classification::subtype)
                .containsExactly(ProviderCategory.ACTIVITY, "course");
        assertThat(classify("CraftsmanShop", "Store"))
                .extracting(Classification::category)
                .isEqualTo(ProviderCategory.CRAFT);
        assertThat(classify("LocalProductsShop", "Store"))
                .extracting(Classification::category)
                .isEqualTo(ProviderCategory.SHOP);
        // a cave that is also listed as a cultural site is a cave
        assertThat(classify("CaveSinkholeOrAven", "CulturalSite", "NaturalHeritage"))
                .extracting(Classification::subtype)
                .isEqualTo("cave");
        assertThat(classify("CamperVanArea", "CampingAndCaravanning", "Accommodation"))
                .extracting(Classification::subtype)
                .isEqualTo("camper-van-area");
    }

    @Test
    void parentClassesAloneStillMap() {
        assertThat(classify("Accommodation").subtype()).isEqualTo("accommodation");
        assertThat(classify("FoodEstablishment").category()).isEqualTo(ProviderCategory.FOOD);
        assertThat(classify("CulturalSite").category()).isEqualTo(ProviderCategory.HERITAGE_SITE);
    }

    @Test
    void unknownClassesAreOther() {
        Classification c = classify("PointOfInterest", "PlaceOfInterest", "SomethingNew");
        assertThat(c.decision()).isEqualTo(Decision.PROVIDER);
        assertThat(c.category()).isEqualTo(ProviderCategory.OTHER);
        assertThat(c.subtype()).isEqualTo("other");
        assertThat(c.matchedType()).isNull();
    }

    @Test
    void tableIsConsistent() {
        Set<String> types = new HashSet<>();
        for (Rule rule : TypeMapping.rules()) {
            assertThat(types.add(rule.type()))
                    .as("listed once: %s", rule.type())
                    .isTrue();
            if (rule.decision() == Decision.PROVIDER) {
                assertThat(rule.category()).isNotNull();
                assertThat(rule.subtype()).matches("[a-z]+(-[a-z]+)*");
            } else {
                assertThat(rule.category()).isNull();
            }
        }
        for (ProviderCategory category : ProviderCategory.values()) {
            assertThat(TypeMapping.rules()).anyMatch(r -> r.category() == category);
        }
    }

    @Test
    void documentationListsEveryRule() throws IOException {
        String doc = Files.readString(Path.of("docs/datatourisme-mapping.md"));
        for (Rule rule : TypeMapping.rules()) {
            assertThat(doc)
                    .as("docs/datatourisme-mapping.md mentions %s", rule.type())
                    .contains("`" + rule.type() + "`");
        }
    }
}
