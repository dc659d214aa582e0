package fr.ambassade.audit.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log for the viewer, newest first. */
@Component
class AuditEntries {

    record Change(String field, String before, String after, boolean personal) {}

    record Entry(long id, Instant at, String actor, String objectType, String objectId, String action, String reason,
            List<Change> changes) {}

    private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Page<Entry> find(AuditFilter filter, ZoneId zone, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (filter.getObjectType() != null) {
            where.append(" and object_type = ?");
            args.add(filter.getObjectType());
        }
        if (filter.getObjectId() != null) {
            where.append(" and object_id = ?");
            args.add(filter.getObjectId());
        }
        if (filter.getActor() != null) {
            where.append(" and actor = ?");
            args.add(filter.getActor());
        }
        if (filter.getAction() != null) {
            where.append(" and action = ?");
            args.add(filter.getAction());
        }
        // Dates are days of the destination's calendar, "to" included.
        if (filter.getFrom() != null) {
            where.append(" and at >= ?");
            args.add(filter.getFrom().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.getTo() != null) {
            where.append(" and at < ?");
            args.add(filter.getTo().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        Long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<Entry> rows = jdbc.query("select id, at, actor, object_type, object_id, action, reason, changes::text as changes "
                        + "from audit_entry" + where + " order by at desc, id desc limit ? offset ?",
                (rs, i) -> new Entry(rs.getLong("id"), instant(rs), rs.getString("actor"), rs.getString("object_type"),
                        rs.getString("object_id"), rs.getString("action"), rs.getString("reason"),
                        changes(rs.getString("changes"))),
                pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    private List<Change> changes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return json.readValue(text, CHANGES).stream()
                .map(m -> new Change(string(m.get("field")), string(m.get("before")), string(m.get("after")),
                        Boolean.TRUE.equals(m.get("personal"))))
                .toList();
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        OffsetDateTime t = rs.getObject("at", OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
