package fr.ambassade.selection.domain;

import fr.ambassade.config.AmbassadeProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files of the applications' photos, in the data directory (never under the static resources: they are served by
 * a controller that checks who asks): {@code <data-dir>/media/applications/<application id>/<photo id>-display.jpg}
 * and {@code …-thumb.jpg} ({@code .png} for a PNG). Files follow their rows: written inside the transaction that
 * inserts the row and deleted again if it rolls back; deleted only once the transaction that deletes the rows has
 * committed.
 */
@Component
class PhotoFiles {

    private static final Logger log = LoggerFactory.getLogger(PhotoFiles.class);

    enum Variant {
        DISPLAY("display"),
        THUMBNAIL("thumb");

        final String suffix;

        Variant(String suffix) {
            this.suffix = suffix;
        }
    }

    private final Path root;

    PhotoFiles(AmbassadeProperties properties) {
        this.root =
                properties.mediaDir().resolve("applications").toAbsolutePath().normalize();
    }

    Path directoryOf(long applicationId) {
        return root.resolve(Long.toString(applicationId));
    }

    Path path(long applicationId, long photoId, Variant variant, String extension) {
        return directoryOf(applicationId).resolve(photoId + "-" + variant.suffix + "." + extension);
    }

    /** Writes both sizes (each through a temporary file moved into place); removed again if the transaction rolls back. */
    void write(long applicationId, long photoId, PhotoCheck.CheckedPhoto photo) {
        Path display = path(applicationId, photoId, Variant.DISPLAY, photo.extension());
        Path thumbnail = path(applicationId, photoId, Variant.THUMBNAIL, photo.extension());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(List.of(display, thumbnail));
                    }
                }
            });
        }
        try {
            Files.createDirectories(display.getParent());
            writeAtomically(display, photo.display().content());
            writeAtomically(thumbnail, photo.thumbnail().content());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the photo " + photoId + " under " + root, e);
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes the photo's two files once the current transaction commits (at once without one). */
    void deleteAfterCommit(long applicationId, long photoId, String extension) {
        List<Path> files = List.of(
                path(applicationId, photoId, Variant.DISPLAY, extension),
                path(applicationId, photoId, Variant.THUMBNAIL, extension));
        afterCommit(() -> deleteQuietly(files));
    }

    /** Deletes the application's whole photo directory once the current transaction commits. */
    void deleteAllAfterCommit(long applicationId) {
        Path directory = directoryOf(applicationId);
        afterCommit(() -> deleteTree(directory));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static void deleteQuietly(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the photo file {}: {}", file, e.getMessage());
            }
        }
    }

    private static void deleteTree(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            deleteQuietly(paths.sorted(Comparator.reverseOrder()).toList());
        } catch (IOException e) {
            log.warn("Could not delete the photo directory {}: {}", directory, e.getMessage());
        }
    }
}
