package fr.ambassade.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title of the OpenAPI 3 document that springdoc generates from the {@code /api/**} controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ambassadeOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Ambassade public API")
                        .version("v1")
                        .description(
                                "Lists answer {items, page, size, total} (pages from 0, 50 per page, at most 100); "
                                        + "errors are application/problem+json: 400 unusable request, 404 unknown, 409 refused by "
                                        + "the current state (illegal transition, stale edit), 422 invalid input. Texts in the "
                                        + "language of ?lang=fr|en|nl (French by default)."));
    }
}
