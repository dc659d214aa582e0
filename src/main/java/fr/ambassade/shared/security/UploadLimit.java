package fr.ambassade.shared.security;

import java.util.Objects;
import org.springframework.util.unit.DataSize;

/**
 * The largest file a route accepts, declared by the module that owns the route, next to its {@link RouteRule}s
 * (see {@link RouteRuleContributor#uploadLimits()}). Every other request body is limited to
 * {@link #DEFAULT_BODY}, and anonymous requests are always limited to it, whatever the route.
 *
 * <p>The limit is checked on the declared {@code Content-Length} once the request is authenticated and
 * authorised, before the container reads the body (a multipart body without a length is refused). The request
 * may exceed {@code maxFileSize} by {@link #ENVELOPE} for the boundaries and the other form fields.
 *
 * @param pattern the route ({@code PathPattern} syntax), for {@code POST} and {@code PUT}
 * @param maxFileSize the largest file accepted
 * @param formPage where a refused upload is sent back, with a message saying the limit; {@code null} answers 413. Its
 *     {@code {variables}} are those of {@code pattern}, taken from the refused request's path
 *     ({@code UploadLimit.of("/espace/candidature/{id}/photos", …).returningTo("/espace/candidature/{id}")})
 */
public record UploadLimit(String pattern, DataSize maxFileSize, String formPage) {

    /** Limit of any request body on a route without an upload limit, and of every anonymous request. */
    public static final DataSize DEFAULT_BODY = DataSize.ofMegabytes(1);

    /** Allowance for the multipart boundaries and the other fields of an upload form. */
    public static final DataSize ENVELOPE = DataSize.ofKilobytes(64);

    public UploadLimit {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(maxFileSize, "maxFileSize");
    }

    /** {@code pattern} accepts files up to {@code maxFileSize}; a larger upload answers 413. */
    public static UploadLimit of(String pattern, DataSize maxFileSize) {
        return new UploadLimit(pattern, maxFileSize, null);
    }

    /** A larger upload is redirected to {@code page} (a GET route of the form) with a message saying the limit. */
    public UploadLimit returningTo(String page) {
        return new UploadLimit(pattern, maxFileSize, page);
    }

    /** The largest request body accepted: the file and the {@link #ENVELOPE}. */
    public long maxRequestBytes() {
        return maxFileSize.toBytes() + ENVELOPE.toBytes();
    }
}
