package fr.ambassade.config;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Starts the embedded PostgreSQL when no external database is configured (the zero-installation default). */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(AmbassadeProperties properties) {
        // usually already started, while the context was being created (EmbeddedPostgresEarlyStart)
        return EmbeddedPostgresEarlyStart.claim(properties.dataDir());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl());
        ds.setUsername(server.username());
        ds.setPassword(server.password());
        ds.setMaximumPoolSize(20);
        // each idle connection is a PostgreSQL backend process: keep few while idle (the zero-installation mode
        // often runs on a small machine), grow under load
        ds.setMinimumIdle(2);
        ds.setPoolName("embedded");
        return ds;
    }

    /**
     * The embedded server has one role: {@code spring.flyway.user}/{@code password} (set for an external server, see
     * docs/operations.md §2, perhaps still in the environment) must not send the migrations elsewhere.
     */
    @Bean
    FlywayConfigurationCustomizer migrationsOnTheEmbeddedServer(DataSource dataSource) {
        return configuration -> configuration.dataSource(dataSource);
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return RunMode.isEmbedded(context.getEnvironment());
        }
    }
}
