package fr.ambassade.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL (unpacking its binaries and {@code initdb} on a first start) on a thread of its
 * own as soon as the environment is known, so that it runs while Spring creates the context instead of before the
 * data source: about 3 s of a first start on two cores (start-up budget, docs/benchmarks.md). The
 * {@link EmbeddedPostgresServer} bean then {@link #claim claims} it; a start that fails is reported there, exactly
 * as a start made by the bean. Registered in {@code META-INF/spring.factories}; only in the embedded mode.
 *
 * <p>The data directory is resolved once, here, and pinned as {@code ambassade.data-dir} (a value such as the
 * tests' {@code ${random.uuid}} would otherwise resolve differently for the bean). A server nobody claims — the
 * application failed to start — is stopped.
 */
public final class EmbeddedPostgresEarlyStart implements ApplicationListener<SpringApplicationEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEarlyStart.class);
    static final String PROPERTY_SOURCE = "ambassadeResolvedDataDir";
    /** Set to false to start the database when the context needs it (for diagnosis). */
    static final String ENABLED = "ambassade.embedded.early-start";

    private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> PENDING = new ConcurrentHashMap<>();
    private static final Map<SpringApplication, Path> STARTED_FOR = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(EmbeddedPostgresEarlyStart::stopUnclaimed, "embedded-postgres-unclaimed"));
    }

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getSpringApplication(), prepared.getEnvironment());
        } else if (event instanceof ApplicationFailedEvent failed) {
            Path dataDir = STARTED_FOR.remove(failed.getSpringApplication());
            if (dataDir != null) {
                stop(dataDir, PENDING.remove(dataDir));
            }
        }
    }

    static void start(SpringApplication application, ConfigurableEnvironment env) {
        if (!RunMode.isEmbedded(env) || !env.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        String configured = env.getProperty("ambassade.data-dir");
        if (configured == null || configured.isBlank()) {
            return; // the configuration check reports it
        }
        Path dataDir = key(Path.of(configured));
        env.getPropertySources()
                .addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("ambassade.data-dir", dataDir.toString())));
        CompletableFuture<EmbeddedPostgresServer> future = new CompletableFuture<>();
        if (PENDING.putIfAbsent(dataDir, future) != null) {
            return; // already starting for another application of this JVM: the first to claim it gets it
        }
        if (application != null) {
            STARTED_FOR.put(application, dataDir);
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        future.complete(EmbeddedPostgresServer.start(dataDir));
                    } catch (Throwable e) {
                        future.completeExceptionally(e);
                    }
                },
                "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The server started early for this data directory (waiting for it if needed), or a server started now when
     * there is none; a failed early start throws what {@link EmbeddedPostgresServer#start} threw.
     */
    public static EmbeddedPostgresServer claim(Path dataDir) {
        Path key = key(dataDir);
        STARTED_FOR.values().remove(key);
        CompletableFuture<EmbeddedPostgresServer> future = PENDING.remove(key);
        if (future == null) {
            return EmbeddedPostgresServer.start(dataDir);
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Whether a start is pending (not yet claimed) for this data directory. */
    static boolean pending(Path dataDir) {
        return PENDING.containsKey(key(dataDir));
    }

    private static Path key(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    private static void stopUnclaimed() {
        PENDING.forEach((dataDir, future) -> stop(dataDir, PENDING.remove(dataDir)));
    }

    private static void stop(Path dataDir, CompletableFuture<EmbeddedPostgresServer> future) {
        if (future == null) {
            return;
        }
        try {
            EmbeddedPostgresServer server = future.get(2, TimeUnit.MINUTES);
            server.close();
            log.info("Stopped the embedded PostgreSQL of {}: the application did not start", dataDir);
        } catch (Exception e) {
            // it did not start (the failure is the application's to report), or cannot be stopped any more
            log.debug("Unclaimed embedded PostgreSQL of {}: {}", dataDir, e.toString());
        }
    }

    @Override
    public int getOrder() {
        // after Boot's own listeners (logging is set up when the environment is prepared)
        return Ordered.LOWEST_PRECEDENCE;
    }
}
