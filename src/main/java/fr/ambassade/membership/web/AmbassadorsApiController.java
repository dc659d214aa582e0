package fr.ambassade.membership.web;

import fr.ambassade.membership.domain.MembershipService;
import fr.ambassade.membership.domain.PublicAmbassador;
import fr.ambassade.providers.ProviderCategory;
import fr.ambassade.shared.web.ApiPage;
import fr.ambassade.shared.web.ApiPaging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public list of active ambassadors (a suspended ambassador is not listed). */
@RestController
@Tag(name = "ambassadors", description = "The destination's active ambassadors")
class AmbassadorsApiController {

    private final MembershipService memberships;

    AmbassadorsApiController(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/api/v1/ambassadors")
    @Operation(
            summary = "The active ambassadors, the oldest members first, one page at a time",
            description = "Envelope {items, page, size, total}. A negative page, a size of 0 or less, or a value "
                    + "that is not a whole number answers 400 problem+json; a size above 100 is brought down to 100. "
                    + "Suspended ambassadors are not listed.")
    @ApiResponse(responseCode = "200", description = "One page of ambassadors")
    @ApiResponse(
            responseCode = "400",
            description = "Unusable page or size",
            content = @Content(mediaType = "application/problem+json"))
    ApiPage<AmbassadorItem> ambassadors(
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
        ApiPaging paging = ApiPaging.of(page, size);
        return ApiPage.of(memberships.publicAmbassadors(paging.toPageRequest()).map(AmbassadorItem::of));
    }

    /**
     * An ambassador as the API shows it.
     *
     * @param id the provider's id
     * @param memberSince the start date of the membership
     */
    record AmbassadorItem(
            long id,
            String name,
            String communeCode,
            String communeName,
            ProviderCategory category,
            LocalDate memberSince) {

        static AmbassadorItem of(PublicAmbassador a) {
            return new AmbassadorItem(
                    a.id(), a.name(), a.communeCode(), a.communeName(), a.category(), a.memberSince());
        }
    }
}
