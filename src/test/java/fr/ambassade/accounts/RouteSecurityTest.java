package fr.ambassade.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ambassade.shared.security.RouteRule;
import fr.ambassade.shared.security.RouteRuleContributor;
import fr.ambassade.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Deny by default, checked: every mapped route has an explicit rule (else it would silently answer 403 to all). */
@IntegrationTest
class RouteSecurityTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    List<RouteRuleContributor> contributors;

    @Test
    void everyMappedRouteHasAnExplicitRule() {
        List<RouteRule> rules = contributors.stream().flatMap(c -> c.routeRules().stream()).toList();
        List<ParsedRule> parsed = rules.stream().map(ParsedRule::of).toList();
        Set<String> uncovered = new TreeSet<>();
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition() != null
                    ? info.getPathPatternsCondition().getPatternValues()
                    : info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                String sample = samplePath(pattern);
                if (methods.isEmpty()) {
                    checked.add("* " + pattern);
                    if (parsed.stream().noneMatch(r -> r.method == null && r.pattern.matches(PathContainer.parsePath(sample)))) {
                        uncovered.add("(any method) " + pattern);
                    }
                }
                for (RequestMethod m : methods) {
                    HttpMethod method = HttpMethod.valueOf(m.name());
                    checked.add(method + " " + pattern);
                    if (parsed.stream().noneMatch(r -> r.covers(method, sample))) {
                        uncovered.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(checked).as("routes found").isNotEmpty().anyMatch(r -> r.endsWith(" /admin/users"));
        assertThat(uncovered).as("routes without an explicit RouteRule (add one in the owning module's RouteRuleContributor)")
                .isEmpty();
    }

    @Test
    void samplePathsReplaceVariables() {
        assertThat(samplePath("/admin/users/{id}/deactivate")).isEqualTo("/admin/users/1/deactivate");
        assertThat(samplePath("/x/{id:\\d+}")).isEqualTo("/x/1");
        assertThat(samplePath("/files/{*path}")).isEqualTo("/files/1");
    }

    static String samplePath(String pattern) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    out.append('1');
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().replace("/**", "/1").replace("/*", "/1");
    }

    private record ParsedRule(HttpMethod method, PathPattern pattern) {
        static ParsedRule of(RouteRule rule) {
            return new ParsedRule(rule.method(), PathPatternParser.defaultInstance.parse(rule.pattern()));
        }

        boolean covers(HttpMethod m, String path) {
            return (method == null || method.equals(m)) && pattern.matches(PathContainer.parsePath(path));
        }
    }
}
