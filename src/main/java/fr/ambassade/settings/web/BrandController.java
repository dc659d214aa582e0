package fr.ambassade.settings.web;

import fr.ambassade.settings.Destination;
import fr.ambassade.settings.domain.CheckedLogo;
import fr.ambassade.settings.domain.SettingsService;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Public brand assets: the logo and a stylesheet with the destination's colours as CSS custom
 * properties (the CSP forbids inline styles). Links carry {@code ?v=} so that a change shows at once.
 */
@Controller
class BrandController {

    private final SettingsService settings;

    BrandController(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/brand/logo")
    ResponseEntity<byte[]> logo() {
        Optional<CheckedLogo> logo = settings.logo();
        if (logo.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.get().mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff");
        if (logo.get().mediaType().equals("image/svg+xml")) {
            // sanitised already; should it ever be opened directly, nothing in it may run
            response.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        }
        return response.body(logo.get().content());
    }

    @GetMapping(value = "/brand/theme.css", produces = "text/css")
    ResponseEntity<String> theme() {
        Destination d = settings.current();
        // colours are validated #rrggbb values, safe to write as they are
        String css = ":root{"
                + "--brand-fg:" + d.colours().text() + ";"
                + "--brand-bg:" + d.colours().background() + ";"
                + "--accent:" + d.accent().background() + ";"
                + "--accent-fg:" + d.accent().text() + ";"
                + "}\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/css;charset=UTF-8")
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(css);
    }
}
