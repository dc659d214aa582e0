package fr.ambassade.audit;

import fr.ambassade.shared.security.ActingUser;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcAuditLog implements AuditLog {

    static final String SYSTEM = "system";
    /** Stored instead of a login (e-mail) that belongs to no account: the log keeps no e-mail address. */
    static final String UNKNOWN = "unknown";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<AuditActors> actors;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcAuditLog(JdbcTemplate jdbc, ObjectProvider<AuditActors> actors) {
        this.jdbc = jdbc;
        this.actors = actors;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        Actor actor = actor(record);
        String changes = json.writeValueAsString(record.changes().stream()
                .map(c -> c.personal() ? java.util.Map.of("field", c.field(), "personal", true) : mapOf(c))
                .collect(Collectors.toList()));
        jdbc.update(
                "insert into audit_entry (actor, actor_account_id, object_type, object_id, action, reason, changes, "
                        + "establishment_id) values (?,?,?,?,?,?,?::jsonb,?)",
                actor.label(),
                actor.accountId(),
                record.objectType(),
                record.objectId(),
                record.action(),
                record.reason(),
                changes,
                record.establishmentId());
    }

    /** Either an account id or a non-personal label. */
    record Actor(Long accountId, String label) {}

    private Actor actor(AuditRecord record) {
        if (record.actorAccountId() != null) {
            return new Actor(record.actorAccountId(), null);
        }
        if (record.actor() != null) {
            return fromLabel(record.actor());
        }
        Authentication auth = ActingUser.authentication().orElse(null);
        if (auth == null) {
            return new Actor(null, SYSTEM);
        }
        AuditActors directory = actors.getIfAvailable();
        Optional<Long> id = directory == null ? Optional.empty() : directory.accountIdOf(auth);
        return id.map(accountId -> new Actor(accountId, null)).orElseGet(() -> fromLabel(auth.getName()));
    }

    private Actor fromLabel(String label) {
        if (!label.contains("@")) {
            return new Actor(null, label);
        }
        AuditActors directory = actors.getIfAvailable();
        return (directory == null ? Optional.<Long>empty() : directory.accountIdByLogin(label))
                .map(id -> new Actor(id, null))
                .orElse(new Actor(null, UNKNOWN));
    }

    private static java.util.Map<String, Object> mapOf(FieldChange c) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("field", c.field());
        m.put("before", c.before());
        m.put("after", c.after());
        return m;
    }
}
