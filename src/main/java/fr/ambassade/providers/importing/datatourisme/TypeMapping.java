package fr.ambassade.providers.importing.datatourisme;

import static fr.ambassade.providers.ProviderCategory.ACCOMMODATION;
import static fr.ambassade.providers.ProviderCategory.ACTIVITY;
import static fr.ambassade.providers.ProviderCategory.CRAFT;
import static fr.ambassade.providers.ProviderCategory.FOOD;
import static fr.ambassade.providers.ProviderCategory.HERITAGE_SITE;
import static fr.ambassade.providers.ProviderCategory.OTHER;
import static fr.ambassade.providers.ProviderCategory.PRODUCER;
import static fr.ambassade.providers.ProviderCategory.SHOP;

import fr.ambassade.providers.ProviderCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps DATAtourisme classes to a {@link ProviderCategory} and a subtype code. The table is documented in
 * {@code docs/datatourisme-mapping.md}.
 *
 * <p>A DATAtourisme object lists every class up its hierarchy ({@code Hotel}, {@code HotelTrade},
 * {@code Accommodation}, {@code PlaceOfInterest}…). The rules are tried in order and the first class present
 * wins, so specific classes come before their parents and, for objects of several kinds, the more telling kind
 * comes first (a hotel-restaurant is accommodation, a castle with a park is a castle). Events and tours are not
 * providers; nor are practical services (toilets, ATMs, car parks, bus stops) and health places.
 */
public final class TypeMapping {

    public enum Decision {
        PROVIDER,
        /** An event ({@code EntertainmentAndEvent} and its subclasses): belongs to an agenda, not the directory. */
        SKIP_EVENT,
        /** A route ({@code Tour} and its subclasses). */
        SKIP_TOUR,
        /** A practical service or a health place: not an establishment that can become an ambassador. */
        SKIP_NOT_A_PROVIDER
    }

    /**
     * Outcome for one object.
     *
     * @param category {@code null} unless the decision is {@code PROVIDER}
     * @param subtype short code such as {@code hotel}; {@code null} unless the decision is {@code PROVIDER}
     * @param matchedType the DATAtourisme class that decided; {@code null} when none did (fallback)
     * @param reason a short English explanation, for logs and import reports
     */
    public record Classification(
            Decision decision, ProviderCategory category, String subtype, String matchedType, String reason) {

        public boolean isProvider() {
            return decision == Decision.PROVIDER;
        }
    }

    /** One line of the table. {@code category} and {@code subtype} are {@code null} for skip rules. */
    public record Rule(String type, Decision decision, ProviderCategory category, String subtype) {}

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        skip(
                Decision.SKIP_EVENT,
                "EntertainmentAndEvent",
                "BusinessEvent",
                "CulturalEvent",
                "SaleEvent",
                "SocialEvent",
                "SportsEvent",
                "BoardMeeting",
                "Congress",
                "ExecutiveBoardMeeting",
                "Seminar",
                "TrainingWorkshop",
                "WorkMeeting",
                "ArtistSigning",
                "ChildrensEvent",
                "CircusEvent",
                "Commemoration",
                "Concert",
                "Conference",
                "DanceEvent",
                "Exhibition",
                "Festival",
                "Harvest",
                "Opera",
                "Reading",
                "Recital",
                "ScreeningEvent",
                "ShowEvent",
                "TheaterEvent",
                "VisualArtsEvent",
                "BricABrac",
                "FairOrShow",
                "GarageSale",
                "Market",
                "OpenDay",
                "Carnival",
                "LocalAnimation",
                "Parade",
                "PilgrimageAndProcession",
                "ReligiousEvent",
                "TraditionalCelebration",
                "Game",
                "Rally",
                "Rambling",
                "SportsCompetition",
                "SportsDemonstration");
        skip(
                Decision.SKIP_TOUR,
                "Tour",
                "CyclingTour",
                "FluvialTour",
                "HorseTour",
                "RoadTour",
                "UnderwaterRoute",
                "WalkingTour");

        provider(ACCOMMODATION, "HotelRestaurant", "hotel-restaurant");
        provider(ACCOMMODATION, "Hotel", "hotel");
        provider(ACCOMMODATION, "TableHoteGuesthouse", "guesthouse-table");
        provider(ACCOMMODATION, "Guesthouse", "guesthouse");
        provider(ACCOMMODATION, "SelfCateringAccommodation", "gite");
        provider(ACCOMMODATION, "CamperVanArea", "camper-van-area");
        provider(ACCOMMODATION, "Camping", "campsite");
        provider(ACCOMMODATION, "CampingAndCaravanning", "campsite");
        provider(ACCOMMODATION, "ChildrensGite", "childrens-gite");
        provider(ACCOMMODATION, "GroupLodging", "group-lodging");
        provider(ACCOMMODATION, "StopOverOrGroupLodge", "stopover-lodge");
        provider(ACCOMMODATION, "YouthHostelAndInternationalCenter", "youth-hostel");
        provider(ACCOMMODATION, "ClubOrHolidayVillage", "holiday-village");
        provider(ACCOMMODATION, "HolidayCentre", "holiday-centre");
        provider(ACCOMMODATION, "HolidayResort", "tourist-residence");
        provider(ACCOMMODATION, "CollectiveAccommodation", "group-lodging");
        provider(ACCOMMODATION, "HotelTrade", "hotel");
        provider(ACCOMMODATION, "RentalAccommodation", "rental");
        provider(ACCOMMODATION, "Accommodation", "accommodation");

        provider(FOOD, "FarmhouseInn", "farm-inn");
        provider(FOOD, "GourmetRestaurant", "gourmet-restaurant");
        provider(FOOD, "BrasserieOrTavern", "brasserie");
        provider(FOOD, "BoatRestaurant", "boat-restaurant");
        provider(FOOD, "MountainRestaurant", "mountain-restaurant");
        provider(FOOD, "SelfServiceCafeteria", "cafeteria");
        provider(FOOD, "Cabaret", "cabaret");
        provider(FOOD, "Restaurant", "restaurant");
        provider(FOOD, "BistroOrWineBar", "bistro");
        provider(FOOD, "BarOrPub", "bar");
        provider(FOOD, "CafeOrTeahouse", "cafe");
        provider(FOOD, "Cellar", "cellar");
        provider(FOOD, "Bakery", "bakery");
        provider(FOOD, "IceCreamShop", "ice-cream");
        provider(FOOD, "FastFoodRestaurant", "fast-food");
        provider(FOOD, "StreetFood", "food-truck");
        provider(FOOD, "FoodEstablishment", "restaurant");

        provider(PRODUCER, "WineCellar", "winery");
        provider(PRODUCER, "Brewery", "brewery");
        provider(PRODUCER, "Farmer", "farm");
        provider(PRODUCER, "Cooperative", "cooperative");
        provider(PRODUCER, "ProducersGroup", "producers-group");
        provider(PRODUCER, "Trader", "trader");
        provider(PRODUCER, "Producer", "producer");
        provider(PRODUCER, "TastingProvider", "tasting");

        provider(CRAFT, "CraftsmanShop", "craftsman");

        provider(SHOP, "LocalProductsShop", "local-products");
        provider(SHOP, "ArtGalleryOrExhibitionGallery", "art-gallery");
        provider(SHOP, "AntiqueAndSecondhandGoodDealer", "antiques");
        provider(SHOP, "BoutiqueOrLocalShop", "shop");
        provider(SHOP, "DepartmentStore", "department-store");
        provider(SHOP, "HypermarketAndSupermarket", "supermarket");
        provider(SHOP, "ShoppingCentreAndGallery", "shopping-centre");
        provider(SHOP, "Store", "shop");

        provider(HERITAGE_SITE, "Castle", "castle");
        provider(HERITAGE_SITE, "FortifiedCastle", "castle");
        provider(HERITAGE_SITE, "Palace", "palace");
        provider(HERITAGE_SITE, "Chartreuse", "manor");
        provider(HERITAGE_SITE, "Museum", "museum");
        provider(HERITAGE_SITE, "InterpretationCentre", "interpretation-centre");
        provider(HERITAGE_SITE, "Abbey", "abbey");
        provider(HERITAGE_SITE, "Monastery", "monastery");
        provider(HERITAGE_SITE, "Convent", "monastery");
        provider(HERITAGE_SITE, "Cathedral", "cathedral");
        provider(HERITAGE_SITE, "Basilica", "basilica");
        provider(HERITAGE_SITE, "Collegiate", "church");
        provider(HERITAGE_SITE, "Church", "church");
        provider(HERITAGE_SITE, "Chapel", "chapel");
        provider(HERITAGE_SITE, "ReligiousSite", "religious-site");
        provider(HERITAGE_SITE, "Citadel", "fortification");
        provider(HERITAGE_SITE, "Fort", "fortification");
        provider(HERITAGE_SITE, "Dungeon", "fortification");
        provider(HERITAGE_SITE, "FortifiedSet", "fortification");
        provider(HERITAGE_SITE, "DefenceSite", "fortification");
        provider(HERITAGE_SITE, "ArcheologicalSite", "archaeological-site");
        provider(HERITAGE_SITE, "RemembranceSite", "remembrance-site");
        provider(HERITAGE_SITE, "Mill", "mill");
        provider(HERITAGE_SITE, "Lighthouse", "lighthouse");
        provider(HERITAGE_SITE, "Farm", "heritage-farm");
        provider(HERITAGE_SITE, "TechnicalHeritage", "technical-heritage");
        provider(HERITAGE_SITE, "ParkAndGarden", "garden");
        provider(HERITAGE_SITE, "RemarkableHouse", "remarkable-house");
        provider(HERITAGE_SITE, "RemarkableBuilding", "remarkable-building");
        provider(HERITAGE_SITE, "Library", "library");
        provider(HERITAGE_SITE, "CityHeritage", "town");
        provider(HERITAGE_SITE, "CaveSinkholeOrAven", "cave");
        provider(HERITAGE_SITE, "NaturalPark", "natural-park");
        provider(HERITAGE_SITE, "Beach", "beach");
        provider(HERITAGE_SITE, "PointOfView", "viewpoint");
        provider(HERITAGE_SITE, "CulturalSite", "cultural-site");
        provider(HERITAGE_SITE, "NaturalHeritage", "natural-site");

        provider(ACTIVITY, "Spa", "spa");
        provider(ACTIVITY, "ThalassotherapyCentre", "spa");
        provider(ACTIVITY, "BalneotherapyCentre", "spa");
        provider(ACTIVITY, "TeachingFarm", "teaching-farm");
        provider(ACTIVITY, "EquipmentRentalShop", "equipment-rental");
        provider(ACTIVITY, "EquipmentRental", "equipment-rental");
        provider(ACTIVITY, "ThemePark", "theme-park");
        provider(ACTIVITY, "ZooAnimalPark", "zoo");
        provider(ACTIVITY, "VivariumAquarium", "aquarium");
        provider(ACTIVITY, "SwimmingPool", "swimming-pool");
        provider(ACTIVITY, "GolfCourse", "golf");
        provider(ACTIVITY, "EquestrianCenter", "equestrian-centre");
        provider(ACTIVITY, "SightseeingBoat", "boat-trip");
        provider(ACTIVITY, "TouristTrain", "tourist-train");
        provider(ACTIVITY, "DownhillSkiResort", "ski-resort");
        provider(ACTIVITY, "CrossCountrySkiResort", "ski-resort");
        provider(ACTIVITY, "Casino", "casino");
        provider(ACTIVITY, "Cinema", "cinema");
        provider(ACTIVITY, "Theater", "theatre");
        provider(ACTIVITY, "LeisureComplex", "leisure-complex");
        provider(ACTIVITY, "ClimbingWall", "climbing");
        provider(ACTIVITY, "Marina", "marina");
        provider(ACTIVITY, "ProfessionalTourGuide", "guide");
        provider(ACTIVITY, "TourGuideAgency", "guide");
        provider(ACTIVITY, "VolunteerTourGuideOrGreeter", "guide");
        provider(ACTIVITY, "CulturalActivityProvider", "cultural-activity");
        provider(ACTIVITY, "LeisureSportActivityProvider", "sport-activity");
        provider(ACTIVITY, "ActivityProvider", "activity-provider");
        provider(ACTIVITY, "Course", "course");
        provider(ACTIVITY, "Traineeship", "course");
        provider(ACTIVITY, "SportsAndLeisurePlace", "leisure");
        provider(ACTIVITY, "Visit", "visit");

        provider(OTHER, "LocalTouristOffice", "tourist-office");
        provider(OTHER, "TourismCentre", "tourist-office");
        provider(OTHER, "IncomingTravelAgency", "travel-agency");
        provider(OTHER, "TourOperatorOrTravelAgency", "travel-agency");
        provider(OTHER, "TouristInformationCenter", "tourist-information");
        provider(OTHER, "ConventionCentre", "convention-centre");
        provider(OTHER, "BusinessPlace", "business-venue");
        provider(OTHER, "ServiceProvider", "service");

        skip(
                Decision.SKIP_NOT_A_PROVIDER,
                "ConvenientService",
                "ATM",
                "CarOrBikeWash",
                "Cybercafe",
                "ElectricVehicleChargingPoint",
                "GarageOrAirPump",
                "LeftLuggage",
                "PicnicArea",
                "PublicLavatories",
                "RVServiceArea",
                "WaterSource",
                "WifiHotSpot",
                "Transport",
                "Airfield",
                "Airport",
                "BikeStationOrDepot",
                "BusStation",
                "BusStop",
                "CableCarStation",
                "CarpoolArea",
                "Parking",
                "RiverPort",
                "Seaport",
                "TaxiStation",
                "TrainStation",
                "MedicalPlace",
                "HealthcarePlace",
                "HealthcareProfessional",
                "Pharmacy");

        provider(ACCOMMODATION, "AccommodationProduct", "accommodation");
        provider(ACTIVITY, "Practice", "activity");
    }

    private static final List<Rule> TABLE = List.copyOf(RULES);

    private TypeMapping() {}

    /** The rules in the order they are tried. */
    public static List<Rule> rules() {
        return TABLE;
    }

    /**
     * Classifies an object from its classes (local names, as in {@link DatatourismeRecord#types()}). An object
     * none of whose classes is in the table is a provider of category {@code OTHER}, subtype {@code other}.
     */
    public static Classification classify(Collection<String> types) {
        Set<String> set = types instanceof Set<String> s ? s : new HashSet<>(types);
        for (Rule rule : TABLE) {
            if (set.contains(rule.type())) {
                return switch (rule.decision()) {
                    case PROVIDER ->
                        new Classification(
                                Decision.PROVIDER,
                                rule.category(),
                                rule.subtype(),
                                rule.type(),
                                "class " + rule.type());
                    case SKIP_EVENT ->
                        new Classification(
                                rule.decision(),
                                null,
                                null,
                                rule.type(),
                                "an event (" + rule.type() + ") is not a provider");
                    case SKIP_TOUR ->
                        new Classification(
                                rule.decision(),
                                null,
                                null,
                                rule.type(),
                                "a tour (" + rule.type() + ") is not a provider");
                    case SKIP_NOT_A_PROVIDER ->
                        new Classification(
                                rule.decision(),
                                null,
                                null,
                                rule.type(),
                                "a practical service or health place (" + rule.type() + ") is not a provider");
                };
            }
        }
        return new Classification(Decision.PROVIDER, OTHER, "other", null, "no known class");
    }

    private static void provider(ProviderCategory category, String type, String subtype) {
        RULES.add(new Rule(type, Decision.PROVIDER, category, subtype));
    }

    private static void skip(Decision decision, String... types) {
        for (String type : types) {
            RULES.add(new Rule(type, decision, null, null));
        }
    }
}
