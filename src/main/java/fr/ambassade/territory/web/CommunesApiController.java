package fr.ambassade.territory.web;

import fr.ambassade.shared.web.ApiPage;
import fr.ambassade.shared.web.ApiPaging;
import fr.ambassade.territory.CommuneRef;
import fr.ambassade.territory.domain.TerritoryService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The territory's communes (public): with their outlines for maps, and as a paged list. */
@RestController
@Tag(name = "territory", description = "The communes of the destination's territory")
class CommunesApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final TerritoryService territory;

    CommunesApiController(TerritoryService territory) {
        this.territory = territory;
    }

    @GetMapping("/api/v1/communes")
    @Operation(
            summary = "The communes of the territory with their outlines, as a GeoJSON FeatureCollection",
            description = "For maps. Not paged (GeoJSON has its own shape); cached 5 minutes, with an ETag.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/geo+json")))
    ResponseEntity<String> communes(WebRequest request) {
        String body = territory.territoryGeoJson();
        String etag = "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"";
        CacheControl cache = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .eTag(etag)
                .cacheControl(cache)
                .body(body);
    }

    @GetMapping("/api/v1/territory/communes")
    @Operation(
            summary = "The communes of the territory, by name, one page at a time",
            description = "Envelope {items, page, size, total}. A negative page, a size of 0 or less, or a value "
                    + "that is not a whole number answers 400 problem+json; a size above 100 is brought down to 100.")
    @ApiResponse(responseCode = "200", description = "One page of communes")
    @ApiResponse(
            responseCode = "400",
            description = "Unusable page or size",
            content = @Content(mediaType = "application/problem+json"))
    ApiPage<CommuneItem> territoryCommunes(
            @Parameter(
                            description = "page number, from 0",
                            schema = @Schema(type = "integer", defaultValue = "0", minimum = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "items per page, at most 100",
                            schema = @Schema(type = "integer", defaultValue = "50", minimum = "1", maximum = "100"))
                    @RequestParam(required = false)
                    String size,
            @Parameter(
                            description = "language of the texts (error messages)",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"fr", "en", "nl"},
                                            defaultValue = "fr"))
                    @RequestParam(name = "lang", required = false)
                    String lang) {
        return ApiPage.slice(territory.territoryCommunes(), ApiPaging.of(page, size), CommuneItem::of);
    }

    /** A commune as the API shows it. */
    record CommuneItem(String code, String name, List<String> postalCodes, Integer population, Double lat, Double lon) {

        static CommuneItem of(CommuneRef c) {
            return new CommuneItem(c.code(), c.name(), c.postalCodes(), c.population(), c.lat(), c.lon());
        }
    }
}
