package fr.ambassade.mail.outbox;

import fr.ambassade.mail.SecretLink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the outbox for the back office and the health check; re-queues failed e-mails. */
@Component
public class OutboxRepository {

    public record Summary(
            UUID id, Instant createdAt, String recipient, String subject, OutboxStatus status, int attempts) {}

    /** One e-mail; its bodies hold {@link SecretLink#PLACEHOLDER} where its secret link (if any) goes. */
    public record Detail(
            UUID id,
            Instant createdAt,
            String recipient,
            String locale,
            String template,
            String subject,
            OutboxStatus status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant sentAt,
            String bodyText,
            String bodyHtml,
            SecretLink secretLink,
            List<AttachmentInfo> attachments) {

        public Detail {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        public Detail withAttachments(List<AttachmentInfo> files) {
            return new Detail(
                    id,
                    createdAt,
                    recipient,
                    locale,
                    template,
                    subject,
                    status,
                    attempts,
                    nextAttemptAt,
                    lastError,
                    sentAt,
                    bodyText,
                    bodyHtml,
                    secretLink,
                    files);
        }

        public Detail withBodies(String text, String html) {
            return new Detail(
                    id,
                    createdAt,
                    recipient,
                    locale,
                    template,
                    subject,
                    status,
                    attempts,
                    nextAttemptAt,
                    lastError,
                    sentAt,
                    text,
                    html,
                    secretLink,
                    attachments);
        }
    }

    /** What the outbox viewer lists of an attachment (its bytes are read only for a download). */
    public record AttachmentInfo(int position, String fileName, String contentType, int size) {}

    /** An attachment to download. */
    public record AttachmentFile(String fileName, String contentType, byte[] content) {}

    public record Backlog(long pending, long failed, Instant oldestPending) {}

    private final JdbcTemplate jdbc;

    public OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<Summary> find(OutboxStatus status, String recipient, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.append(" and status = ?");
            args.add(status.name());
        }
        if (recipient != null && !recipient.isBlank()) {
            where.append(" and recipient ilike ? escape '\\'");
            args.add("%" + likeEscape(recipient.strip()) + "%");
        }
        Long total = jdbc.queryForObject("select count(*) from outbox_mail" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<Summary> rows = jdbc.query(
                "select id, created_at, recipient, subject, status, attempts from outbox_mail" + where
                        + " order by created_at desc, id limit ? offset ?",
                (rs, i) -> new Summary(
                        rs.getObject("id", UUID.class),
                        instant(rs, "created_at"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        OutboxStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts")),
                pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public Optional<Detail> findById(UUID id) {
        return jdbc
                .query(
                        "select * from outbox_mail where id = ?",
                        (rs, i) -> new Detail(
                                rs.getObject("id", UUID.class),
                                instant(rs, "created_at"),
                                rs.getString("recipient"),
                                rs.getString("locale"),
                                rs.getString("template"),
                                rs.getString("subject"),
                                OutboxStatus.valueOf(rs.getString("status")),
                                rs.getInt("attempts"),
                                instant(rs, "next_attempt_at"),
                                rs.getString("last_error"),
                                instant(rs, "sent_at"),
                                rs.getString("body_text"),
                                rs.getString("body_html"),
                                rs.getString("secret_link_purpose") == null
                                        ? null
                                        : new SecretLink(
                                                rs.getString("secret_link_purpose"), rs.getLong("secret_link_subject")),
                                List.of()),
                        id)
                .stream()
                .findFirst()
                .map(d -> d.withAttachments(attachments(id)));
    }

    /** The attachments of an e-mail, in order, without their bytes. */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> attachments(UUID mailId) {
        return jdbc.query(
                "select position, file_name, content_type, size_bytes from outbox_mail_attachment where mail_id = ? "
                        + "order by position",
                (rs, i) -> new AttachmentInfo(
                        rs.getInt("position"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes")),
                mailId);
    }

    @Transactional(readOnly = true)
    public Optional<AttachmentFile> attachment(UUID mailId, int position) {
        return jdbc
                .query(
                        "select file_name, content_type, content from outbox_mail_attachment "
                                + "where mail_id = ? and position = ?",
                        (rs, i) -> new AttachmentFile(
                                rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")),
                        mailId,
                        position)
                .stream()
                .findFirst();
    }

    /** Puts a FAILED e-mail back in the queue for immediate delivery; false when it is not FAILED. */
    @Transactional
    public boolean requeue(UUID id) {
        return jdbc.update(
                        "update outbox_mail set status = 'PENDING', attempts = 0, next_attempt_at = now() "
                                + "where id = ? and status = 'FAILED'",
                        id)
                == 1;
    }

    @Transactional(readOnly = true)
    public Backlog backlog() {
        return jdbc.queryForObject(
                "select count(*) filter (where status = 'PENDING') as pending, "
                        + "count(*) filter (where status = 'FAILED') as failed, "
                        + "min(created_at) filter (where status = 'PENDING') as oldest from outbox_mail",
                (rs, i) -> new Backlog(rs.getLong("pending"), rs.getLong("failed"), instant(rs, "oldest")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
