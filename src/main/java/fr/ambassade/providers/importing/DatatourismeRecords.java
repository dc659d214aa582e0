package fr.ambassade.providers.importing;

import fr.ambassade.providers.domain.ExternalId;
import fr.ambassade.providers.domain.ExternalIdScheme;
import fr.ambassade.providers.domain.PhotoRef;
import fr.ambassade.providers.domain.ProviderLabel;
import fr.ambassade.providers.domain.Websites;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.RecordWarning;
import fr.ambassade.providers.importing.datatourisme.DatatourismeRecord.WarningCode;
import fr.ambassade.providers.importing.datatourisme.FlowItem;
import fr.ambassade.providers.importing.datatourisme.TypeMapping;
import fr.ambassade.shared.Email;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns the items of a DATAtourisme flow into records to write, or into report lines. */
final class DatatourismeRecords {

    /** The provider's own e-mail rule (see Provider): an address it would refuse is left out and flagged. */

    /** Warnings worth a report line. Others (dates, completed web addresses) are routine. */
    private static final Set<WarningCode> REPORTED = Set.of(
            WarningCode.WRONG_TYPE,
            WarningCode.MISSING_COORDINATES,
            WarningCode.INVALID_COORDINATES,
            WarningCode.INVALID_INSEE_CODE,
            WarningCode.INVALID_EMAIL,
            WarningCode.INVALID_WEBSITE,
            WarningCode.TEXT_TRUNCATED,
            WarningCode.MISSING_NAME);

    private DatatourismeRecords() {}

    static Prepared prepare(FlowItem item) {
        Integer position = item.entry().position();
        if (item instanceof FlowItem.Rejected rejected) {
            String identity = rejected.id() != null
                    ? rejected.id().canonicalUri()
                    : rejected.entry()
                            .idFromFileName()
                            .map(id -> id.canonicalUri())
                            .orElse(rejected.entry().file());
            return Prepared.rejected(
                    position,
                    identity,
                    rejected.entry().label(),
                    rejected.reason().name(),
                    rejected.message());
        }
        if (item instanceof FlowItem.Skipped skipped) {
            return Prepared.skipped(
                    position, skipped.entry().file(), skipped.entry().label(), "NOT_READ", null);
        }
        DatatourismeRecord r = ((FlowItem.Accepted) item).record();
        String identity = r.id().canonicalUri();
        TypeMapping.Classification classification = r.classification();
        if (!classification.isProvider()) {
            String code = switch (classification.decision()) {
                case SKIP_EVENT -> "EVENT";
                case SKIP_TOUR -> "TOUR";
                default -> "NOT_A_PROVIDER";
            };
            return Prepared.skipped(position, identity, r.name(), code, classification.reason());
        }
        if (r.name() == null || r.name().isBlank()) {
            return Prepared.rejected(position, identity, null, "MISSING_NAME", "no rdfs:label");
        }
        List<ExternalId> keys = new ArrayList<>();
        keys.add(new ExternalId(ExternalIdScheme.DATATOURISME, identity));
        if (r.sourceIdentifier() != null && !r.sourceIdentifier().isBlank()) {
            keys.add(new ExternalId(ExternalIdScheme.SOURCE_SYSTEM, r.sourceIdentifier()));
        }
        List<ImportRunItem> flags = new ArrayList<>();
        Map<WarningCode, List<String>> warnings = new EnumMap<>(WarningCode.class);
        for (RecordWarning w : r.warnings()) {
            if (REPORTED.contains(w.code())) {
                warnings.computeIfAbsent(w.code(), c -> new ArrayList<>())
                        .add(w.field() + (w.detail() == null ? "" : ": " + w.detail()));
            }
        }
        String email = r.emails().stream()
                .filter(Email::isValid)
                .map(e -> Email.of(e).value())
                .findFirst()
                .orElse(null);
        if (email == null && !r.emails().isEmpty()) {
            warnings.computeIfAbsent(WarningCode.INVALID_EMAIL, c -> new ArrayList<>())
                    .add(r.emails().get(0));
        }
        String website =
                r.websites().stream().filter(Websites::isHttp).findFirst().orElse(null);
        String phone = r.phones().isEmpty() ? null : r.phones().get(0);

        List<String> accessibility = new ArrayList<>(r.accessibility().tourismAndHandicap());
        if (Boolean.TRUE.equals(r.accessibility().reducedMobilityAccess())) {
            accessibility.add(0, "reduced-mobility");
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        Set<String> languages = new TreeSet<>(r.descriptions().keySet());
        languages.addAll(r.shortDescriptions().keySet());
        for (String lang : languages) {
            String text = r.descriptions().get(lang);
            descriptions.put(lang, text != null ? text : r.shortDescriptions().get(lang));
        }
        List<ProviderLabel> labels = new ArrayList<>();
        for (DatatourismeRecord.ReviewLabel label : r.labels()) {
            labels.add(new ProviderLabel(label.id(), label.name(), label.names().get("en")));
        }
        List<PhotoRef> photos = new ArrayList<>();
        for (DatatourismeRecord.PhotoReference photo : r.photos()) {
            if (Websites.isHttp(photo.url()) && photo.url() != null) {
                photos.add(new PhotoRef(photo.url(), photo.credit(), photo.licence(), photo.publiclyReusable()));
            }
        }
        Double lat = r.location() == null ? null : r.location().lat();
        Double lon = r.location() == null ? null : r.location().lon();
        var address = r.address();
        String cityName = address.cityName() != null ? address.cityName() : address.locality();
        ImportRecord record = new ImportRecord(
                position,
                identity,
                keys,
                r.name(),
                classification.category(),
                classification.subtype(),
                address.inseeCode(),
                address.postalCode(),
                cityName,
                address.street(),
                address.locality(),
                lat,
                lon,
                phone,
                email,
                website,
                r.languagesSpoken(),
                accessibility,
                descriptions,
                labels,
                photos,
                r.contentHash(),
                List.of());
        warnings.forEach((code, details) -> flags.add(record.item(
                ItemOutcome.FLAGGED,
                code.name(),
                null,
                String.join("; ", details.subList(0, Math.min(details.size(), 5))),
                null)));
        return Prepared.write(new ImportRecord(
                position,
                identity,
                keys,
                record.name(),
                record.category(),
                record.subtype(),
                record.inseeCode(),
                record.postalCode(),
                record.cityName(),
                record.street(),
                record.locality(),
                lat,
                lon,
                phone,
                email,
                website,
                record.languages(),
                record.accessibilityFlags(),
                record.descriptions(),
                labels,
                photos,
                r.contentHash(),
                flags));
    }
}
