package fr.ambassade.territory.web;

import fr.ambassade.territory.domain.TerritoryService;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The territory's communes with their outlines, for maps (public). */
@RestController
class CommunesApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final TerritoryService territory;

    CommunesApiController(TerritoryService territory) {
        this.territory = territory;
    }

    @GetMapping("/api/v1/communes")
    ResponseEntity<String> communes(WebRequest request) {
        String body = territory.territoryGeoJson();
        String etag = "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"";
        CacheControl cache = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(GEO_JSON).eTag(etag).cacheControl(cache).body(body);
    }
}
