package fr.ambassade.audit.web;

import fr.ambassade.audit.AuditActors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
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

    /**
     * @param actor the account's display name (looked up now), or the stored label ("system"); null for an account
     *     that no longer exists
     * @param establishmentId the establishment staff acted for, if any
     */
    record Entry(
            long id,
            Instant at,
            String actor,
            Long actorAccountId,
            String objectType,
            String objectId,
            String action,
            String reason,
            List<Change> changes,
            Long establishmentId) {

        Entry withActor(String name) {
            return new Entry(
                    id, at, name, actorAccountId, objectType, objectId, action, reason, changes, establishmentId);
        }
    }

    /** More matching accounts than this and the actor filter keeps the first ones (a name part that broad is useless). */
    static final int MAX_MATCHING_ACTORS = 200;

    private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectProvider<AuditActors> actors;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditEntries(JdbcTemplate jdbc, ObjectProvider<AuditActors> actors) {
        this.jdbc = jdbc;
        this.actors = actors;
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
            // a label as stored ("system"), or accounts by e-mail or name, resolved now (the log stores ids)
            AuditActors directory = actors.getIfAvailable();
            Set<Long> ids =
                    directory == null ? Set.of() : directory.accountIdsMatching(filter.getActor(), MAX_MATCHING_ACTORS);
            where.append(" and (actor = ?");
            args.add(filter.getActor());
            if (!ids.isEmpty()) {
                where.append(" or actor_account_id in (")
                        .append(String.join(",", Collections.nCopies(ids.size(), "?")))
                        .append(")");
                args.addAll(ids);
            }
            where.append(")");
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
        List<Entry> rows = jdbc.query(
                "select id, at, actor, actor_account_id, object_type, object_id, action, reason, "
                        + "changes::text as changes, establishment_id from audit_entry" + where
                        + " order by at desc, id desc limit ? offset ?",
                (rs, i) -> new Entry(
                        rs.getLong("id"),
                        instant(rs),
                        rs.getString("actor"),
                        rs.getObject("actor_account_id", Long.class),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("action"),
                        rs.getString("reason"),
                        changes(rs.getString("changes")),
                        rs.getObject("establishment_id", Long.class)),
                pageArgs.toArray());
        return new PageImpl<>(withNames(rows), pageable, total == null ? 0 : total);
    }

    /** Names are read from the accounts now: the log keeps only their ids. */
    private List<Entry> withNames(List<Entry> rows) {
        Set<Long> ids = new LinkedHashSet<>();
        rows.stream()
                .map(Entry::actorAccountId)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        AuditActors directory = actors.getIfAvailable();
        if (ids.isEmpty() || directory == null) {
            return rows;
        }
        Map<Long, String> names = directory.displayNames(ids);
        return rows.stream()
                .map(e -> e.actorAccountId() == null ? e : e.withActor(names.get(e.actorAccountId())))
                .toList();
    }

    private List<Change> changes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return json.readValue(text, CHANGES).stream()
                .map(m -> new Change(
                        string(m.get("field")),
                        string(m.get("before")),
                        string(m.get("after")),
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
