package fr.ambassade.audit;

import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcAuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        String actor = record.actor();
        if (actor == null) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            actor = auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? "system" : auth.getName();
        }
        String changes = json.writeValueAsString(record.changes().stream()
                .map(c -> c.personal()
                        ? java.util.Map.of("field", c.field(), "personal", true)
                        : mapOf(c))
                .collect(Collectors.toList()));
        jdbc.update("insert into audit_entry (actor, object_type, object_id, action, reason, changes) values (?,?,?,?,?,?::jsonb)",
                actor, record.objectType(), record.objectId(), record.action(), record.reason(), changes);
    }

    private static java.util.Map<String, Object> mapOf(FieldChange c) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("field", c.field());
        m.put("before", c.before());
        m.put("after", c.after());
        return m;
    }
}
