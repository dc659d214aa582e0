package fr.ambassade.providers;

import fr.ambassade.providers.domain.ContactPerson;
import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.PhotoRef;
import fr.ambassade.providers.domain.ProviderDetails;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.ProviderSeed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data: {@code aProvider().named("Gîte du Terril").inCommune("62119").build()}, a {@link ProviderSeed} (saved
 * by {@code ProviderFixtures.save}).
 */
public final class ProviderMother {

    private static final Map<String, Object[]> COMMUNES = Map.of(
            "62119", new Object[] {"Béthune", "62400", 50.52896, 2.64298},
            "62178", new Object[] {"Bruay-la-Buissière", "62700", 50.48969, 2.55226},
            "62516", new Object[] {"Lillers", "62190", 50.56151, 2.48253},
            "62617", new Object[] {"Nœux-les-Mines", "62290", 50.47491, 2.66258},
            "62498", new Object[] {"Lens", "62300", 50.43770, 2.82150});

    private String name = "Fournisseur " + UUID.randomUUID();
    private ProviderCategory category = ProviderCategory.FOOD;
    private String subtype;
    private String communeCode = "62119";
    private String communeName = "Béthune";
    private String postalCode = "62400";
    private Double latitude = 50.52896;
    private Double longitude = 2.64298;
    private String phone;
    private String email;
    private String website;
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private boolean outside;
    private NetworkStatus status = NetworkStatus.NONE;
    private final List<ProviderLabel> labels = new ArrayList<>();
    private final List<ExternalId> externalIds = new ArrayList<>();
    private final List<ContactPerson> contacts = new ArrayList<>();
    private final List<PhotoRef> photos = new ArrayList<>();
    private List<String> languages = List.of("fr");
    private String staffNotes;
    private Long id;

    private ProviderMother() {}

    public static ProviderMother aProvider() {
        return new ProviderMother();
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public ProviderMother named(String value) {
        this.name = value;
        return this;
    }

    public ProviderMother ofCategory(ProviderCategory value) {
        this.category = value;
        return this;
    }

    public ProviderMother subtype(String value) {
        this.subtype = value;
        return this;
    }

    public ProviderMother inCommune(String code) {
        this.communeCode = code;
        Object[] c = COMMUNES.get(code);
        if (c != null) {
            communeName = (String) c[0];
            postalCode = (String) c[1];
            latitude = (Double) c[2];
            longitude = (Double) c[3];
        }
        return this;
    }

    public ProviderMother at(Double lat, Double lon) {
        this.latitude = lat;
        this.longitude = lon;
        return this;
    }

    public ProviderMother withoutCoordinates() {
        return at(null, null);
    }

    public ProviderMother phone(String value) {
        this.phone = value;
        return this;
    }

    public ProviderMother email(String value) {
        this.email = value;
        return this;
    }

    public ProviderMother website(String value) {
        this.website = value;
        return this;
    }

    public ProviderMother description(String lang, String text) {
        descriptions.put(lang, text);
        return this;
    }

    public ProviderMother outsideTerritory() {
        this.outside = true;
        return this;
    }

    public ProviderMother status(NetworkStatus value) {
        this.status = value;
        return this;
    }

    public ProviderMother label(String code, String nameFr) {
        labels.add(new ProviderLabel(code, nameFr, null));
        return this;
    }

    public ProviderMother externalId(ExternalIdScheme scheme, String value) {
        externalIds.add(new ExternalId(scheme, value));
        return this;
    }

    public ProviderMother contact(String contactName, String role) {
        contacts.add(new ContactPerson(contactName, role, null, null));
        return this;
    }

    public ProviderMother speaking(String... codes) {
        this.languages = List.of(codes);
        return this;
    }

    public ProviderMother staffNotes(String value) {
        this.staffNotes = value;
        return this;
    }

    public ProviderMother photo(String url) {
        photos.add(new PhotoRef(url, null, null, true));
        return this;
    }

    /** An id as if saved, for plain unit tests that need one (a merge records the survivor's id). */
    public ProviderMother withId(long value) {
        this.id = value;
        return this;
    }

    public ProviderDetails details() {
        return new ProviderDetails(
                name,
                category,
                subtype,
                communeCode,
                communeName,
                null,
                postalCode,
                communeName,
                latitude,
                longitude,
                phone,
                email,
                website,
                languages,
                List.of(),
                null,
                descriptions,
                staffNotes,
                outside);
    }

    /**
     * The provider to create: save it with the test component {@code providers/domain/ProviderFixtures}
     * ({@code fixtures.save(aProvider().build())}); the domain's unit tests build the entity with
     * {@code ProviderFixtures.entity(mother)}. The status is reached the way real providers do
     * (NetworkStatus.canBecome): NONE → CANDIDATE → AMBASSADOR → FORMER.
     */
    public ProviderSeed build() {
        return new ProviderSeed(details(), status, labels, externalIds, contacts, photos, false);
    }

    /** The id {@link #withId} gave, or null. */
    public Long presetId() {
        return id;
    }
}
