package fr.ambassade.providers.importing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The background thread of imports: one at a time (the database guard makes sure of it across nodes). */
@Configuration(proxyBeanMethods = false)
class ImportExecutorConfiguration {

    static final String EXECUTOR = "importExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor importExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(10);
        executor.setThreadNamePrefix("import-");
        // on shutdown the running import is interrupted between two batches and marked INTERRUPTED
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
