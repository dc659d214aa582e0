package fr.ambassade.accounts.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where the first administrator's one-time link goes instead of the log: {@code first-admin-link.txt} in the
 * data directory, readable and writable by the server's user only (mode 0600, set when the file is created, so
 * that it is never readable by others even for a moment). Replaced if it exists.
 */
final class FirstAdminLinkFile {

    static final String NAME = "first-admin-link.txt";

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private FirstAdminLinkFile() {}

    static Path write(Path dataDir, String email, String link) {
        Path file = dataDir.resolve(NAME);
        String content = "First administrator: " + email + System.lineSeparator()
                + "Open this one-time link within 7 days to choose the password:" + System.lineSeparator()
                + link + System.lineSeparator()
                + "Delete this file once the password is set." + System.lineSeparator();
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
                var f = file.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first administrator's link to " + file, e);
        }
    }
}
