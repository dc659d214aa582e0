package fr.ambassade.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Health of what an operator must watch: the database (Spring Boot's own indicator) and the free space of the data
 * directory, where the embedded database, the search index and the media grow; not the working directory that
 * Spring Boot checks by default. Bound to the resolved {@link AmbassadeProperties#dataDir()} rather than to a
 * placeholder, which would be resolved again (and differently when it contains {@code ${random...}}).
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    DiskSpaceHealthIndicator diskSpaceHealthIndicator(
            AmbassadeProperties properties,
            DataDirectoryInitializer dataDirectoryCreated,
            @Value("${management.health.diskspace.threshold:100MB}") DataSize threshold) {
        return new DiskSpaceHealthIndicator(properties.dataDir().toFile(), threshold);
    }
}
