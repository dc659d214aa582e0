package fr.ambassade.territory.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class TerritoryDomainConfiguration {

    @Bean
    TerritoryFileParser territoryFileParser(JsonMapper jsonMapper) {
        return new TerritoryFileParser(jsonMapper);
    }
}
