package fr.ambassade.accounts;

import fr.ambassade.shared.security.UploadLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The size limit of each route, checked after authentication and authorisation (it sits after the
 * authorisation filter) and before the container parses the body: a route declared with an
 * {@link UploadLimit} accepts its files, any other route {@link UploadLimit#DEFAULT_BODY}. Over the limit, a
 * route with a form page redirects there with a message saying the limit (the body is drained first when it is
 * not much larger, so that the browser shows the answer rather than a reset connection); otherwise 413.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    /** Bodies larger than their limit by more than this are not drained: the connection is closed instead. */
    static final long DRAIN_AT_MOST = 64L * 1024 * 1024;

    static final String MESSAGE_KEY = "upload.tooLarge";

    private final List<Route> routes;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadLimitFilter(List<UploadLimit> limits, MessageSource messages, LocaleResolver locales) {
        this.routes = limits.stream().map(Route::of).toList();
        this.messages = messages;
        this.locales = locales;
    }

    private record Route(UploadLimit limit, RequestMatcher matcher) {
        static Route of(UploadLimit limit) {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            return new Route(
                    limit,
                    new OrRequestMatcher(
                            paths.matcher(HttpMethod.POST, limit.pattern()),
                            paths.matcher(HttpMethod.PUT, limit.pattern())));
        }

        /**
         * The form page, its {@code {variables}} those the route's pattern matched in the request
         * ({@code /espace/x/{id}}); {@code null} when one is missing.
         */
        String formPageOf(HttpServletRequest request) {
            String page = limit.formPage();
            if (!page.contains("{")) {
                return page;
            }
            Map<String, String> variables = matcher.matcher(request).getVariables();
            try {
                return UriComponentsBuilder.fromPath(page)
                        .buildAndExpand(variables)
                        .encode()
                        .toUriString();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private Optional<Route> routeOf(HttpServletRequest request) {
        return routes.stream().filter(r -> r.matcher().matches(request)).findFirst();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Route> limit = routeOf(request);
        long max = limit.map(r -> r.limit().maxRequestBytes()).orElse(UploadLimit.DEFAULT_BODY.toBytes());
        long length = request.getContentLengthLong();
        if (length > max) {
            tooLarge(request, response, limit, length - max);
        } else if (RequestBodies.hasUndeclaredLength(request)) {
            if (RequestBodies.isMultipart(request)) {
                RequestBodies.refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
            } else {
                chain.doFilter(RequestBodies.limitedTo(request, max), response);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, Optional<Route> limit, long excess)
            throws IOException {
        String formPage = limit.isEmpty() || limit.get().limit().formPage() == null
                ? null
                : limit.get().formPageOf(request);
        if (formPage == null) {
            RequestBodies.refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        UploadLimit upload = limit.get().limit();
        if (excess <= DRAIN_AT_MOST) {
            drain(request.getInputStream());
        } else {
            response.setHeader("Connection", "close");
        }
        Locale locale = locales.resolveLocale(request);
        String target = request.getContextPath() + formPage;
        FlashMap flash = new FlashMap();
        flash.put(
                "flashError",
                messages.getMessage(
                        MESSAGE_KEY, new Object[] {upload.maxFileSize().toMegabytes()}, locale));
        flash.setTargetRequestPath(target);
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    /** Reads and discards (nothing is kept, in memory or on disk). */
    private static void drain(ServletInputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (in.read(buffer) >= 0) {
            // discarded
        }
    }
}
