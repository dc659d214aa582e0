package fr.ambassade.providers.domain;

import fr.ambassade.shared.RefusedChange;
import java.net.URI;
import java.net.URISyntaxException;

/** Web addresses accepted for providers: absolute http or https URLs with a host, nothing else. */
public final class Websites {

    private Websites() {}

    public static boolean isHttp(String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The stripped URL, null when blank; throws when it is not http(s). */
    public static String requireHttp(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (!isHttp(url)) {
            throw RefusedChange.of("providers.error.website");
        }
        return url.strip();
    }
}
