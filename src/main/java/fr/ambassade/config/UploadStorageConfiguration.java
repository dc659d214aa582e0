package fr.ambassade.config;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Bean
    MultipartConfigElement multipartConfigElement(AmbassadeProperties properties,
            @Value("${spring.servlet.multipart.max-file-size:2GB}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:2GB}") DataSize maxRequestSize,
            @Value("${spring.servlet.multipart.file-size-threshold:1MB}") DataSize fileSizeThreshold) {
        Path location = uploadsIn(properties.dataDir());
        try {
            Files.createDirectories(location);
            // parts left by a killed process; Tomcat deletes them itself at the end of every request
            try (Stream<Path> leftovers = Files.list(location)) {
                for (Path leftover : leftovers.filter(Files::isRegularFile).toList()) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the upload directory " + location, e);
        }
        return new MultipartConfigElement(location.toString(), maxFileSize.toBytes(), maxRequestSize.toBytes(),
                (int) fileSizeThreshold.toBytes());
    }

    /** Where multipart bodies are spooled while they are received. */
    static Path uploadsIn(Path dataDir) {
        return dataDir.resolve("uploads").toAbsolutePath().normalize();
    }
}
