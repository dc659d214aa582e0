package fr.ambassade.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A file sent with an e-mail, stored with it in the outbox (staff who read the outbox can download it): never
 * put a secret link in one — links are issued at delivery into the bodies only.
 *
 * <p>A calendar ({@code text/calendar; method=…}, see {@link #calendar}) is sent the way mail clients show it as
 * an invitation: as the last alternative of the body ({@code text/calendar; method=REQUEST; charset=UTF-8}) and
 * again as an {@code application/ics} attachment for the clients that only offer to open a file.
 *
 * @param fileName the name the recipient sees ({@code invitation.ics}); no path, no control character
 * @param contentType a MIME type, with its parameters ({@code application/pdf}, {@code text/calendar;
 *     method=REQUEST; charset=UTF-8})
 * @param content the bytes
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    /** Largest file name kept. */
    public static final int MAX_FILE_NAME = 120;

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        fileName = fileName.strip();
        if (fileName.isEmpty()
                || fileName.length() > MAX_FILE_NAME
                || fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == '"')) {
            throw new IllegalArgumentException("Unusable attachment file name: " + fileName);
        }
        contentType = contentType.strip();
        if (!contentType.matches("[a-zA-Z0-9.+-]+/[a-zA-Z0-9.+-]+(\\s*;\\s*[a-zA-Z0-9-]+=[^;\\r\\n]+)*")) {
            throw new IllegalArgumentException("Unusable attachment content type: " + contentType);
        }
        content = content.clone();
    }

    /** A PDF document. */
    public static MailAttachment pdf(String fileName, byte[] content) {
        return new MailAttachment(fileName, "application/pdf", content);
    }

    /**
     * An iCalendar object (UTF-8 text) of the given iTIP method ({@code REQUEST}, {@code CANCEL}, {@code PUBLISH}),
     * which must be the {@code METHOD} written in the calendar itself.
     */
    public static MailAttachment calendar(String fileName, String method, String ics) {
        return new MailAttachment(
                fileName,
                "text/calendar; method=" + method.toUpperCase(Locale.ROOT) + "; charset=UTF-8",
                ics.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes (a copy). */
    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** True for an iCalendar object, sent as a body alternative as well as a file. */
    public boolean isCalendar() {
        return contentType.toLowerCase(Locale.ROOT).startsWith("text/calendar");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailAttachment a
                && fileName.equals(a.fileName)
                && contentType.equals(a.contentType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
