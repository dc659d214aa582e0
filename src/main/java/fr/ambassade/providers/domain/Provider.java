package fr.ambassade.providers.domain;

import fr.ambassade.providers.NetworkStatus;
import fr.ambassade.providers.NetworkStatusChangeRefusedException;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.shared.Email;
import fr.ambassade.shared.GeoPoint;
import fr.ambassade.shared.InseeCode;
import fr.ambassade.shared.RefusedChange;
import fr.ambassade.shared.search.FrenchAnalysisConfigurer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/**
 * A tourism provider (establishment) of the directory. Fields change through {@link #update(ProviderDetails)} and
 * the dedicated methods; the version guards against lost updates between staff and imports.
 */
@Entity
@Table(name = "provider")
@Indexed(index = "provider")
@GeoPointBinding(fieldName = "location")
class Provider {

    /** The index field of {@link #getSearchKeywords()}. */
    public static final String KEYWORDS_FIELD = "keywords";

    /** The index field of {@link #getSearchFacet()}. */
    public static final String FACET_FIELD = "facet";

    /** The index field of {@link #getSearchDescription()}. */
    public static final String DESCRIPTION_FIELD = "description";

    @Id
    // The id sequence, taken 50 at a time (migration V202611260026): inserts can be batched,
    // which imports of thousands of records need (an IDENTITY insert is one round trip per provider).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_seq")
    @SequenceGenerator(name = "provider_seq", sequenceName = "provider_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    @FullTextField(analyzer = FrenchAnalysisConfigurer.FRENCH)
    @KeywordField(name = "name_sort", normalizer = FrenchAnalysisConfigurer.SORT, sortable = Sortable.YES)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(aggregable = Aggregable.YES)
    private ProviderCategory category;

    private String subtype;

    @Column(name = "commune_code", length = 5)
    @JdbcTypeCode(SqlTypes.CHAR)
    @KeywordField(aggregable = Aggregable.YES)
    private String communeCode;

    @Column(name = "commune_name")
    @KeywordField(name = "commune_sort", normalizer = FrenchAnalysisConfigurer.SORT, sortable = Sortable.YES)
    private String communeName;

    private String street;

    @Column(name = "postal_code")
    @KeywordField
    private String postalCode;

    private String locality;

    @Latitude
    private Double latitude;

    @Longitude
    private Double longitude;

    private String phone;

    private String email;

    private String website;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    @KeywordField
    private List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "accessibility_flags", columnDefinition = "text[]", nullable = false)
    @KeywordField
    private List<String> accessibilityFlags = new ArrayList<>();

    @Column(name = "accessibility_notes")
    private String accessibilityNotes;

    @Convert(converter = TextMapConverter.class)
    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "cast(? as jsonb)")
    private Map<String, String> descriptions = new LinkedHashMap<>();

    @Column(name = "staff_notes")
    private String staffNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "network_status", nullable = false)
    @KeywordField(aggregable = Aggregable.YES)
    private NetworkStatus networkStatus = NetworkStatus.NONE;

    @Column(name = "outside_territory", nullable = false)
    @GenericField
    private boolean outsideTerritory;

    @Column(nullable = false)
    @GenericField
    private boolean demo;

    @Column(name = "merged_into_id")
    @GenericField
    private Long mergedIntoId;

    @Column(name = "import_hash")
    private String importHash;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "provider_label", joinColumns = @JoinColumn(name = "provider_id"))
    @IndexedEmbedded
    private Set<ProviderLabel> labels = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "provider_external_id", joinColumns = @JoinColumn(name = "provider_id"))
    @IndexedEmbedded
    private Set<ExternalId> externalIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "provider_contact", joinColumns = @JoinColumn(name = "provider_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> contacts = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "provider_photo_ref", joinColumns = @JoinColumn(name = "provider_id"))
    @OrderColumn(name = "position")
    private List<PhotoRef> photos = new ArrayList<>();

    /**
     * Last imported value of each field, one jsonb object in the provider's row (a row per field made a first
     * import write about 20 rows per provider; docs/benchmarks.md). Replaced, never mutated, so that dirty checking
     * sees every change.
     */
    @Convert(converter = TextMapConverter.class)
    @Column(name = "imported_values", columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "cast(? as jsonb)")
    private Map<String, String> importedValues = new LinkedHashMap<>();

    protected Provider() {}

    public Provider(ProviderDetails details) {
        update(details);
    }

    /** Replaces the editable fields, checking the invariants (name, website, e-mail, coordinates). */
    public void update(ProviderDetails d) {
        if (d.name() == null || d.name().isBlank()) {
            throw RefusedChange.of("providers.error.nameBlank");
        }
        if (d.category() == null) {
            throw RefusedChange.of("providers.error.categoryMissing");
        }
        if ((d.latitude() == null) != (d.longitude() == null)) {
            throw RefusedChange.of("providers.error.coordinatesBoth");
        }
        if (d.latitude() != null && !GeoPoint.isValid(d.latitude(), d.longitude())) {
            throw RefusedChange.of("providers.error.coordinatesRange");
        }
        String mail = blankToNull(d.email());
        if (mail != null && !Email.isValid(mail)) {
            throw RefusedChange.of("providers.error.email");
        }
        mail = mail == null ? null : Email.of(mail).value();
        String code = blankToNull(d.communeCode());
        if (code != null && !InseeCode.isValid(code)) {
            throw RefusedChange.of("providers.error.communeCode");
        }
        code = code == null ? null : InseeCode.of(code).value();
        GeoPoint point = d.latitude() == null ? null : GeoPoint.of(d.latitude(), d.longitude());
        this.website = Websites.requireHttp(d.website());
        this.name = d.name().strip();
        this.category = d.category();
        this.subtype = blankToNull(d.subtype());
        this.communeCode = code;
        this.communeName = blankToNull(d.communeName());
        this.street = blankToNull(d.street());
        this.postalCode = blankToNull(d.postalCode());
        this.locality = blankToNull(d.locality());
        this.latitude = point == null ? null : point.lat();
        this.longitude = point == null ? null : point.lon();
        this.phone = blankToNull(d.phone());
        this.email = mail;
        this.languages = cleanList(d.languages(), true);
        this.accessibilityFlags = cleanList(d.accessibilityFlags(), false);
        this.accessibilityNotes = blankToNull(d.accessibilityNotes());
        Map<String, String> texts = new LinkedHashMap<>();
        if (d.descriptions() != null) {
            d.descriptions().forEach((lang, text) -> {
                if (lang != null && !lang.isBlank() && text != null && !text.isBlank()) {
                    texts.put(lang.strip().toLowerCase(Locale.ROOT), text.strip());
                }
            });
        }
        this.descriptions = texts;
        this.staffNotes = blankToNull(d.staffNotes());
        this.outsideTerritory = d.outsideTerritory();
    }

    /** The current editable fields. */
    public ProviderDetails details() {
        return new ProviderDetails(
                name,
                category,
                subtype,
                communeCode,
                communeName,
                street,
                postalCode,
                locality,
                latitude,
                longitude,
                phone,
                email,
                website,
                List.copyOf(languages),
                List.copyOf(accessibilityFlags),
                accessibilityNotes,
                Map.copyOf(descriptions),
                staffNotes,
                outsideTerritory);
    }

    private static List<String> cleanList(Collection<String> values, boolean lower) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                String s = blankToNull(v);
                if (s != null) {
                    s = lower ? s.toLowerCase(Locale.ROOT) : s;
                    if (!out.contains(s)) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Adds or renames a label (by code). */
    public void holdLabel(ProviderLabel label) {
        labels.remove(label);
        labels.add(label);
    }

    public boolean dropLabel(String code) {
        return labels.removeIf(l -> l.getCode().equals(code));
    }

    public void replaceLabels(Collection<ProviderLabel> newLabels) {
        labels.clear();
        newLabels.forEach(this::holdLabel);
    }

    public void addExternalId(ExternalId externalId) {
        externalIds.add(externalId);
    }

    /** Gives up every external identifier (before a merge moves them to the survivor). */
    public List<ExternalId> releaseExternalIds() {
        List<ExternalId> released = List.copyOf(externalIds);
        externalIds.clear();
        return released;
    }

    public boolean removeExternalId(ExternalId externalId) {
        return externalIds.remove(externalId);
    }

    public void replaceContacts(List<ContactPerson> newContacts) {
        contacts.clear();
        contacts.addAll(newContacts);
    }

    public void addContact(ContactPerson contact) {
        if (!contacts.contains(contact)) {
            contacts.add(contact);
        }
    }

    public void replacePhotos(List<PhotoRef> newPhotos) {
        photos.clear();
        photos.addAll(newPhotos);
    }

    /** Remembers the value an import brought for a field, to recognise later staff corrections. */
    public void recordImportedValue(String field, String value) {
        if (Objects.equals(importedValues.get(field), value)) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>(importedValues);
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, value);
        }
        importedValues = values;
    }

    public void recordImportHash(String hash) {
        this.importHash = hash;
    }

    /**
     * Moves the provider to another network status along the ways {@link NetworkStatus#canBecome} allows.
     *
     * @throws NetworkStatusChangeRefusedException for any other change (a status never "changes" to itself)
     */
    public void changeNetworkStatus(NetworkStatus to) {
        Objects.requireNonNull(to);
        if (!networkStatus.canBecome(to)) {
            throw new NetworkStatusChangeRefusedException(networkStatus, to);
        }
        this.networkStatus = to;
    }

    public void markDemo() {
        this.demo = true;
    }

    /**
     * Takes over what the other (merged) record has and this one lacks: empty fields are filled, external
     * identifiers, labels, contacts, photos and languages are united. The other record is then marked as merged.
     */
    public void absorb(Provider other) {
        if (other == this || Objects.equals(other.id, id)) {
            throw RefusedChange.of("providers.error.mergeSelf");
        }
        if (other.mergedIntoId != null || mergedIntoId != null) {
            throw RefusedChange.of("providers.error.alreadyMerged");
        }
        subtype = firstNonNull(subtype, other.subtype);
        if (communeCode == null) {
            communeCode = other.communeCode;
            communeName = other.communeName;
        }
        if (street == null && postalCode == null && locality == null) {
            street = other.street;
            postalCode = other.postalCode;
            locality = other.locality;
        }
        if (latitude == null) {
            latitude = other.latitude;
            longitude = other.longitude;
        }
        phone = firstNonNull(phone, other.phone);
        email = firstNonNull(email, other.email);
        website = firstNonNull(website, other.website);
        accessibilityNotes = firstNonNull(accessibilityNotes, other.accessibilityNotes);
        for (String l : other.languages) {
            if (!languages.contains(l)) {
                languages.add(l);
            }
        }
        for (String f : other.accessibilityFlags) {
            if (!accessibilityFlags.contains(f)) {
                accessibilityFlags.add(f);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>(descriptions);
        other.descriptions.forEach(texts::putIfAbsent);
        descriptions = texts;
        if (other.staffNotes != null) {
            staffNotes = staffNotes == null ? other.staffNotes : staffNotes + "\n\n" + other.staffNotes;
        }
        // one establishment, two records: the survivor takes the status the network gave the other one (not a
        // transition of the establishment, which held it all along)
        if (networkStatus == NetworkStatus.NONE) {
            networkStatus = other.networkStatus;
        }
        other.labels.forEach(l -> {
            if (!labels.contains(l)) {
                labels.add(l);
            }
        });
        // external identifiers are moved by the caller in two flushes (see releaseExternalIds): unique(scheme, value)
        externalIds.addAll(other.externalIds);
        other.contacts.forEach(this::addContact);
        other.photos.forEach(p -> {
            if (!photos.contains(p)) {
                photos.add(p);
            }
        });
        Map<String, String> imported = new LinkedHashMap<>(importedValues);
        other.importedValues.forEach(imported::putIfAbsent);
        importedValues = imported;
        other.externalIds.clear();
        other.labels.clear();
        other.contacts.clear();
        other.photos.clear();
        other.importedValues = new LinkedHashMap<>();
        other.mergedIntoId = id;
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProviderCategory getCategory() {
        return category;
    }

    public String getSubtype() {
        return subtype;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public String getCommuneName() {
        return communeName;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getLocality() {
        return locality;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public List<String> getLanguages() {
        return Collections.unmodifiableList(languages);
    }

    public List<String> getAccessibilityFlags() {
        return Collections.unmodifiableList(accessibilityFlags);
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public Map<String, String> getDescriptions() {
        return Collections.unmodifiableMap(descriptions);
    }

    public String getStaffNotes() {
        return staffNotes;
    }

    public NetworkStatus getNetworkStatus() {
        return networkStatus;
    }

    public boolean isOutsideTerritory() {
        return outsideTerritory;
    }

    public boolean isDemo() {
        return demo;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    public String getImportHash() {
        return importHash;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<ProviderLabel> getLabels() {
        return Collections.unmodifiableSet(labels);
    }

    public Set<ExternalId> getExternalIds() {
        return Collections.unmodifiableSet(externalIds);
    }

    public List<ContactPerson> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    /**
     * The short texts searched with typo tolerance besides the name, as one full-text field {@code keywords}:
     * subtype, commune, locality and label names. One field instead of five keeps a search to a few term queries
     * per word (search budget, docs/benchmarks.md).
     */
    @FullTextField(name = KEYWORDS_FIELD, analyzer = FrenchAnalysisConfigurer.FRENCH)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "subtype")),
                @ObjectPath(@PropertyValue(propertyName = "communeName")),
                @ObjectPath(@PropertyValue(propertyName = "locality")),
                @ObjectPath({@PropertyValue(propertyName = "labels"), @PropertyValue(propertyName = "nameFr")}),
                @ObjectPath({@PropertyValue(propertyName = "labels"), @PropertyValue(propertyName = "nameEn")})
            })
    public List<String> getSearchKeywords() {
        List<String> keywords = new ArrayList<>();
        for (String s : new String[] {subtype, communeName, locality}) {
            if (s != null) {
                keywords.add(s);
            }
        }
        for (ProviderLabel l : labels) {
            keywords.add(l.getNameFr());
            if (l.getNameEn() != null) {
                keywords.add(l.getNameEn());
            }
        }
        return keywords;
    }

    /**
     * Category and network status together ({@code FOOD|AMBASSADOR}), as the field {@code facet}: the list shows
     * the counts per category and per status of a whole result, and one aggregation over this field gives both
     * for half the cost of two (search budget, docs/benchmarks.md).
     */
    @KeywordField(name = FACET_FIELD, aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "category")),
                @ObjectPath(@PropertyValue(propertyName = "networkStatus"))
            })
    public String getSearchFacet() {
        return category + "|" + networkStatus;
    }

    /**
     * The description searched, as the full-text field {@code description}: the French one, else (a record
     * described in other languages only) all of them. The directory search is French (French analyser); indexing
     * every translation would multiply the index and the search time for words staff do not type.
     */
    @FullTextField(name = DESCRIPTION_FIELD, analyzer = FrenchAnalysisConfigurer.FRENCH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "descriptions")))
    public List<String> getSearchDescription() {
        String fr = descriptions.get("fr");
        return fr != null ? List.of(fr) : List.copyOf(descriptions.values());
    }

    public List<PhotoRef> getPhotos() {
        return Collections.unmodifiableList(photos);
    }

    /** The last imported value of each field (field name → value). */
    public Map<String, String> getImportedValues() {
        return Collections.unmodifiableMap(importedValues);
    }
}
