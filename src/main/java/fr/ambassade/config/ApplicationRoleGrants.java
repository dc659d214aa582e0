package fr.ambassade.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Least privilege for the application's database role. When the migrations run as another role (the owner, through
 * {@code spring.flyway.user}/{@code spring.flyway.password}) than the application ({@code spring.datasource.username}),
 * after every migrate the owner grants the application role what it needs and no more: {@code SELECT, INSERT, UPDATE,
 * DELETE} on every table of the schema and the use of its sequences, only {@code SELECT, INSERT} on the append-only
 * {@code audit_entry} and only {@code SELECT} on Flyway's history. {@code ALTER DEFAULT PRIVILEGES} gives tables and
 * sequences created later by the owner the same rights, and the grants are re-applied after each migrate (idempotent).
 *
 * <p>Nothing happens when the application role is the migrating role (single-role installations), is not set, or in
 * the embedded mode.
 */
@Component
class ApplicationRoleGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);

    /** Tables the application may read and append to, never change. */
    static final String APPEND_ONLY = "audit_entry";

    private final String applicationRole;

    ApplicationRoleGrants(org.springframework.core.env.Environment env) {
        // the embedded database has one role, its superuser (a stray SPRING_DATASOURCE_USERNAME is not used there)
        this.applicationRole = RunMode.isEmbedded(env) ? null : env.getProperty("spring.datasource.username");
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grant(context.getConnection(), applicationRole);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not grant the application role " + applicationRole + " its rights: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "ambassade-application-role-grants";
    }

    /** Returns whether anything was granted (false when the application role is the connection's own role). */
    static boolean grant(Connection owner, String applicationRole) throws SQLException {
        if (applicationRole == null || applicationRole.isBlank()) {
            return false;
        }
        String schema;
        try (Statement s = owner.createStatement();
                ResultSet rs = s.executeQuery("select current_user, current_schema()")) {
            rs.next();
            if (rs.getString(1).equals(applicationRole)) {
                return false;
            }
            schema = rs.getString(2);
        }
        try (PreparedStatement exists = owner.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, applicationRole);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException(
                            "the role " + applicationRole + " (spring.datasource.username) does not exist");
                }
            }
        }
        String role = quote(applicationRole);
        String in = " in schema " + quote(schema);
        try (Statement s = owner.createStatement()) {
            s.execute("grant usage on schema " + quote(schema) + " to " + role);
            s.execute("grant select, insert, update, delete on all tables" + in + " to " + role);
            s.execute("grant usage, select on all sequences" + in + " to " + role);
            s.execute("alter default privileges" + in + " grant select, insert, update, delete on tables to " + role);
            s.execute("alter default privileges" + in + " grant usage, select on sequences to " + role);
            if (tableExists(owner, schema, APPEND_ONLY)) {
                s.execute("revoke all on " + quote(schema) + "." + APPEND_ONLY + " from " + role);
                s.execute("grant select, insert on " + quote(schema) + "." + APPEND_ONLY + " to " + role);
            }
            if (tableExists(owner, schema, "flyway_schema_history")) {
                s.execute("revoke all on " + quote(schema) + ".flyway_schema_history from " + role);
                s.execute("grant select on " + quote(schema) + ".flyway_schema_history to " + role);
            }
        }
        log.info(
                "Database role {} granted the application's rights on schema {} (no UPDATE, DELETE, TRUNCATE or "
                        + "TRIGGER on {})",
                applicationRole,
                schema,
                APPEND_ONLY);
        return true;
    }

    private static boolean tableExists(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "select 1 from information_schema.tables where table_schema = ? and table_name = ?")) {
            p.setString(1, schema);
            p.setString(2, table);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
