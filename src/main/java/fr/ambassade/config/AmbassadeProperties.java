package fr.ambassade.config;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Installation-level configuration (not destination settings, which live in the database).
 *
 * @param dataDir where the embedded database, the search index and the media live
 * @param demoData whether the first start seeds the demo destination and demo logins; defaults to
 *     true in the embedded mode and false against an external database
 * @param baseUrl the public address used in e-mailed links
 * @param adminEmail first administrator created on an empty production database
 * @param defaultTimeZone fallback time zone before the destination sets its own
 */
@Validated
@ConfigurationProperties(prefix = "ambassade")
public record AmbassadeProperties(
        @NotNull Path dataDir, Boolean demoData, @NotNull String baseUrl, String adminEmail, ZoneId defaultTimeZone) {

    public AmbassadeProperties {
        if (defaultTimeZone == null) {
            defaultTimeZone = ZoneId.of("Europe/Paris");
        }
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
