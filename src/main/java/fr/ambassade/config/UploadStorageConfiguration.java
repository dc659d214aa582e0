package fr.ambassade.config;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Uploads being received are spooled to {@code <data-dir>/uploads}, not to the system temporary directory: a
 * 2 GB import lands on the data disk, and moving it next to the data afterwards is a rename. Who may send how
 * much is decided before anything is spooled (see {@code fr.ambassade.shared.security.UploadLimit}); the
 * {@code spring.servlet.multipart} sizes are only the ceiling of the largest route.
 */
@Configuration(proxyBeanMethods = false)
class UploadStorageConfiguration {

    /** A part untouched for this long belongs to no live request. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(6);

    @Bean
    MultipartConfigElement multipartConfigElement(
            AmbassadeProperties properties,
            @Value("${spring.servlet.multipart.max-file-size:2GB}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:2GB}") DataSize maxRequestSize,
            @Value("${spring.servlet.multipart.file-size-threshold:1MB}") DataSize fileSizeThreshold,
            @Value("${server.port:8080}") int port) {
        Path location = uploadsIn(properties.dataDir());
        if (port < 0) {
            // a command line (import, admin) serves no HTTP: it receives no upload and leaves the directory alone
            return new MultipartConfigElement(
                    location.toString(), maxFileSize.toBytes(), maxRequestSize.toBytes(), (int)
                            fileSizeThreshold.toBytes());
        }
        try {
            Files.createDirectories(location);
            // Parts left by a killed process (Tomcat deletes them itself at the end of every request). Only stale
            // ones: another node sharing the data directory may be receiving an upload right now.
            Instant stale = Instant.now().minus(LEFTOVER_AGE);
            try (Stream<Path> leftovers = Files.list(location)) {
                for (Path leftover : leftovers.filter(Files::isRegularFile).toList()) {
                    if (Files.getLastModifiedTime(leftover).toInstant().isBefore(stale)) {
                        Files.deleteIfExists(leftover);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the upload directory " + location, e);
        }
        return new MultipartConfigElement(location.toString(), maxFileSize.toBytes(), maxRequestSize.toBytes(), (int)
                fileSizeThreshold.toBytes());
    }

    /** Where multipart bodies are spooled while they are received. */
    static Path uploadsIn(Path dataDir) {
        return dataDir.resolve("uploads").toAbsolutePath().normalize();
    }
}
