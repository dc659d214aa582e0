package fr.ambassade.providers.importing.datatourisme;

import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.shared.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One DATAtourisme object, mapped to what the directory uses. Immutable. Text maps are keyed by language code
 * ({@code fr}, {@code en}, …) in alphabetical order. Nullable components say so.
 *
 * @param id identity (producer + UUID), the same under both namespaces
 * @param sourceIri the {@code @id} as found in the file
 * @param sourceIdentifier {@code dc:identifier}, the id in the source information system; nullable
 * @param types DATAtourisme classes, local names (e.g. {@code Restaurant}), in file order; {@code schema:} and
 *     other vocabularies are left out
 * @param name French label, else the first label found; nullable only when the object has no label at all
 * @param names labels per language
 * @param shortDescriptions {@code shortDescription}, else {@code rdfs:comment}, per language
 * @param descriptions long descriptions ({@code dc:description}) per language, at most
 *     {@link #MAX_DESCRIPTION_LENGTH} characters each
 * @param legalName {@code schema:legalName} of the first contact; nullable
 * @param address address of the (first) place; never null, components nullable
 * @param location coordinates; {@code null} unless {@link #coordinateStatus()} is {@code VALID}
 * @param phones telephone numbers as published
 * @param emails e-mail addresses that look like addresses
 * @param websites http(s) addresses only
 * @param labels labels and classifications ({@code hasReview})
 * @param languagesSpoken language codes when the source gives them ({@code availableLanguage})
 * @param photos image references; never downloaded here
 * @param lastUpdate last update in the source system; nullable
 * @param lastUpdateDatatourisme last update by DATAtourisme; nullable
 * @param contentHash SHA-256 (hex) of the mapping version and the mapped fields, {@code lastUpdateDatatourisme}
 *     excluded: equal hashes mean nothing we use has changed, under the same mapping
 *     ({@code DatatourismeRecordMapper.MAPPING_VERSION})
 * @param warnings what was odd in the object (wrong value types, truncations, invalid values)
 */
public record DatatourismeRecord(
        DatatourismeId id,
        String sourceIri,
        String sourceIdentifier,
        List<String> types,
        String name,
        Map<String, String> names,
        Map<String, String> shortDescriptions,
        Map<String, String> descriptions,
        String legalName,
        PostalAddress address,
        GeoPoint location,
        CoordinateStatus coordinateStatus,
        List<String> phones,
        List<String> emails,
        List<String> websites,
        List<ReviewLabel> labels,
        List<String> languagesSpoken,
        Accessibility accessibility,
        List<PhotoReference> photos,
        LocalDate lastUpdate,
        Instant lastUpdateDatatourisme,
        String contentHash,
        List<RecordWarning> warnings) {

    /** Longest kept description; longer ones are cut with a {@link WarningCode#TEXT_TRUNCATED} warning. */
    public static final int MAX_DESCRIPTION_LENGTH = 20_000;
    /** Longest kept short description. */
    public static final int MAX_SHORT_DESCRIPTION_LENGTH = 5_000;
    /** Longest kept name, legal name, street, phone, e-mail, URL, credit or licence. */
    public static final int MAX_SHORT_TEXT_LENGTH = 1_000;

    public DatatourismeRecord {
        Objects.requireNonNull(id, "id");
        address = address == null ? PostalAddress.EMPTY : address;
        accessibility = accessibility == null ? new Accessibility(null, List.of()) : accessibility;
        coordinateStatus = location == null && coordinateStatus == CoordinateStatus.VALID
                ? CoordinateStatus.INVALID
                : coordinateStatus == null ? CoordinateStatus.MISSING : coordinateStatus;
        types = List.copyOf(types);
        names = sorted(names);
        shortDescriptions = sorted(shortDescriptions);
        descriptions = sorted(descriptions);
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        websites = List.copyOf(websites);
        labels = List.copyOf(labels);
        languagesSpoken = List.copyOf(languagesSpoken);
        photos = List.copyOf(photos);
        warnings = List.copyOf(warnings);
    }

    static Map<String, String> sorted(Map<String, String> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** INSEE code of the commune (from {@code hasAddressCity}); nullable. */
    public String inseeCode() {
        return address.inseeCode();
    }

    /** Category and subtype, or why this object is not a provider. */
    public TypeMapping.Classification classification() {
        return TypeMapping.classify(types);
    }

    /** Shortcut for {@code classification().category()}; {@code null} for events, tours and other skipped objects. */
    public ProviderCategory category() {
        return classification().category();
    }

    public boolean hasLabel(String reviewValueId) {
        for (ReviewLabel label : labels) {
            if (label.id().equals(reviewValueId)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasWarning(WarningCode code) {
        for (RecordWarning warning : warnings) {
            if (warning.code() == code) {
                return true;
            }
        }
        return false;
    }

    /** Address of the place. All components are nullable. */
    public record PostalAddress(String street, String postalCode, String locality, String inseeCode, String cityName) {

        public static final PostalAddress EMPTY = new PostalAddress(null, null, null, null, null);
    }

    /** WGS 84 coordinates, range-checked. */
    public enum CoordinateStatus {
        VALID,
        /** No {@code schema:geo} in the object. */
        MISSING,
        /** Present but unreadable, out of range, or 0,0. */
        INVALID
    }

    /**
     * A label or classification.
     *
     * @param id thesaurus id in compact form, the same under both namespaces, e.g. {@code kb:LabelRating_AccueilVelo}
     * @param kind {@code LabelRating} or {@code ScaleRating} (or another class found in the file); nullable
     * @param name French name: from the object itself, else from the review-values reference, else the id
     * @param names names per language (object first, reference file for missing languages)
     * @param ratingValue {@code schema:ratingValue} for scales, e.g. {@code 3.0}; nullable
     */
    public record ReviewLabel(String id, String kind, String name, Map<String, String> names, String ratingValue) {

        public ReviewLabel {
            names = sorted(names);
        }
    }

    /**
     * Accessibility information when the object gives it.
     *
     * @param reducedMobilityAccess {@code reducedMobilityAccess}; {@code null} when not stated
     * @param tourismAndHandicap pictograms of the Tourisme &amp; Handicap label: {@code hearing}, {@code mental},
     *     {@code motor}, {@code visual}
     */
    public record Accessibility(Boolean reducedMobilityAccess, List<String> tourismAndHandicap) {

        public Accessibility {
            tourismAndHandicap = List.copyOf(tourismAndHandicap);
        }

        public boolean isEmpty() {
            return reducedMobilityAccess == null && tourismAndHandicap.isEmpty();
        }
    }

    /**
     * A photo referenced by the object. Photos carry their own rights: only {@code publiclyReusable} ones may be
     * shown without asking (a clearly open licence such as Licence Ouverte, CC0, CC BY, CC BY-SA).
     *
     * @param url http(s) address of the file
     * @param main whether it is the main representation
     * @param title French title (or first title); nullable
     * @param credit {@code credits}; nullable
     * @param licence {@code ebucore:isCoveredBy} as published, e.g. {@code By-NC-ND 4.0}; nullable
     * @param mimeType e.g. {@code image/jpeg}; nullable
     */
    public record PhotoReference(
            String url,
            boolean main,
            String title,
            String credit,
            String licence,
            boolean publiclyReusable,
            String mimeType) {}

    /** Something odd in the object that did not prevent reading it. */
    public record RecordWarning(WarningCode code, String field, String detail) {

        @Override
        public String toString() {
            return code + " " + field + (detail == null ? "" : ": " + detail);
        }
    }

    public enum WarningCode {
        /** A value has an unexpected JSON type (an object where text was expected…); it was ignored. */
        WRONG_TYPE,
        MISSING_NAME,
        MISSING_COORDINATES,
        INVALID_COORDINATES,
        INVALID_INSEE_CODE,
        INVALID_EMAIL,
        /** Not an http(s) address; dropped. */
        INVALID_WEBSITE,
        /** An address without scheme ({@code www.…}) was completed with {@code http://}. */
        WEBSITE_COMPLETED,
        INVALID_PHOTO_URL,
        INVALID_DATE,
        /** A text was longer than its maximum and was cut. */
        TEXT_TRUNCATED
    }
}
