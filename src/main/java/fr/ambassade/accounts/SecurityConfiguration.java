package fr.ambassade.accounts;

import fr.ambassade.accounts.domain.AccountService;
import fr.ambassade.accounts.domain.AccountUserDetailsService;
import fr.ambassade.accounts.domain.LoginThrottle;
import fr.ambassade.shared.security.Role;
import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.shared.security.UploadLimit;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Deny by default: every route is authorised only by an explicit {@link RouteRule} contributed by the
 * module that owns it; anything else is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; the {id} prefix lets a later switch to Argon2 rehash progressively
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<RouteRuleContributor> contributors,
            AccountUserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            AccountService accounts,
            MessageSource messages,
            LocaleResolver localeResolver)
            throws Exception {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
        dao.setPasswordEncoder(passwordEncoder);
        http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle)));
        List<RouteRule> rules = contributors
                .orderedStream()
                .flatMap(c -> c.routeRules().stream())
                .toList();
        http.authorizeHttpRequests(auth -> {
            for (RouteRule rule : rules) {
                auth.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern()))
                        .access(toManager(rule));
            }
            auth.anyRequest().denyAll();
        });
        http.formLogin(form -> form.loginPage("/login")
                .usernameParameter(LoginHandlers.USERNAME_PARAMETER)
                .successHandler(new LoginHandlers.Success(throttle))
                .failureHandler(new LoginHandlers.Failure())
                .permitAll());
        http.exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::askToAuthenticate)
                // refused before its body was read: the 403 page must not read it either
                .accessDeniedHandler((request, response, denied) -> RequestBodies.refuse(request, response, 403)));
        http.logout(logout ->
                logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
        http.addFilterBefore(new AccountRefreshFilter(accounts), AuthorizationFilter.class);
        // size limits of the routes, once the request is authorised and before the body is parsed
        List<UploadLimit> uploadLimits = contributors
                .orderedStream()
                .flatMap(c -> c.uploadLimits().stream())
                .toList();
        http.addFilterAfter(new UploadLimitFilter(uploadLimits, messages, localeResolver), AuthorizationFilter.class);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny())
                // sent on secure requests only: direct https, or http from a trusted TLS proxy (X-Forwarded-Proto)
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(365L * 24 * 3600).includeSubDomains(true)));
        // the API too: its writes (the staff's, e.g. POST /api/v1/applications/{id}/transitions) are authenticated
        // by the session cookie, so they carry the CSRF token (header X-CSRF-TOKEN) as the pages' forms do
        http.csrf(csrf -> csrf.csrfTokenRequestHandler(new MultipartCsrfTokenRequestHandler()));
        return http.build();
    }

    /**
     * Anonymous bodies are limited before any other filter may read them (after the session repository, which a
     * scaled-out installation puts at {@code HIGHEST_PRECEDENCE + 50}, and before the form-content filter).
     */
    @Bean
    FilterRegistrationBean<AnonymousBodyLimitFilter> anonymousBodyLimitFilter() {
        FilterRegistrationBean<AnonymousBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new AnonymousBodyLimitFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
        return registration;
    }

    private static final org.springframework.security.web.AuthenticationEntryPoint LOGIN_PAGE =
            new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");

    /**
     * An anonymous request that is denied: the back office and the personal spaces ask to log in; the API answers
     * 401 (problem+json through the error page); anything else answers 404, as an unknown public address would.
     */
    static void askToAuthenticate(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e)
            throws java.io.IOException, jakarta.servlet.ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        RequestBodies.leaveUnparsed(request);
        if (path.startsWith("/api/")) {
            response.sendError(401);
        } else if (fr.ambassade.shared.i18n.AmbassadeLocaleResolver.isStaffArea(request)) {
            LOGIN_PAGE.commence(request, response, e);
        } else {
            response.sendError(404);
        }
    }

    static AuthorizationManager<RequestAuthorizationContext> toManager(RouteRule rule) {
        return switch (rule.access()) {
            case PUBLIC ->
                (authentication, context) -> new org.springframework.security.authorization.AuthorizationDecision(true);
            case AUTHENTICATED -> AuthenticatedAuthorizationManager.authenticated();
            case ROLES ->
                AuthorityAuthorizationManager.hasAnyRole(
                        rule.roles().stream().map(Role::name).toArray(String[]::new));
        };
    }
}
