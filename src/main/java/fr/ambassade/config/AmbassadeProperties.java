package fr.ambassade.config;

import fr.ambassade.shared.ValidEmail;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Installation-level configuration (not destination settings, which live in the database).
 *
 * @param dataDir where the embedded database, the search index and the media live
 * @param demoData whether the first start seeds the demo destination and demo logins; null means the
 *     default of the run mode (true embedded, false against an external database): use {@link RunMode#demoData()}
 * @param baseUrl the public address used in e-mailed links
 * @param adminEmail first administrator created on an empty production database
 * @param defaultTimeZone fallback time zone before the destination sets its own
 * @param map the map tiles every map of the application shows ({@code ambassade.map.*})
 */
@Validated
@ConfigurationProperties(prefix = "ambassade")
public record AmbassadeProperties(
        @NotNull @WritableDirectory Path dataDir,
        Boolean demoData,

        @NotNull
        @Pattern(
                regexp = "https?://[^\\s/?#]+[^\\s]*",
                message = "must be an http:// or https:// address such as https://ambassade.example.org"
                        + " (set AMBASSADE_BASE_URL)")
        String baseUrl,

        @ValidEmail(message = "must be an e-mail address (set AMBASSADE_ADMIN_EMAIL)")
        String adminEmail,

        ZoneId defaultTimeZone,
        MapTiles map) {

    public AmbassadeProperties {
        if (defaultTimeZone == null) {
            defaultTimeZone = ZoneId.of("Europe/Paris");
        }
        if (map == null) {
            map = new MapTiles(null, null);
        }
    }

    /**
     * The tile server of the maps (Leaflet URL template) and the attribution its licence asks for (HTML).
     *
     * @param tileUrl {@code ambassade.map.tile-url}, by default OpenStreetMap's
     * @param tileAttribution {@code ambassade.map.tile-attribution}, by default none
     */
    public record MapTiles(String tileUrl, String tileAttribution) {

        public static final String DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

        public MapTiles {
            if (tileUrl == null || tileUrl.isBlank()) {
                tileUrl = DEFAULT_TILE_URL;
            }
            if (tileAttribution == null) {
                tileAttribution = "";
            }
        }
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
