package fr.ambassade.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once across nodes take a lock in the table {@code shedlock} (migration
 * {@code config/V202612031700}): annotate the {@code @Scheduled} method with
 * {@code @SchedulerLock(name = "<module>.<job>", lockAtMostFor = …, lockAtLeastFor = …)}. Times come from the
 * database's clock, so that nodes with drifting clocks agree. See docs/architecture.md, "Scheduled jobs".
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
