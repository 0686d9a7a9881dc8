package nl.terugkeer.api.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration, as the owner: gives the service's own database role exactly what it needs (issue 9,
 * docs/runbooks/run-on-postgresql.md). Usage of every schema and SELECT, INSERT, UPDATE, DELETE, TRUNCATE (read-model
 * resets) on every table and usage of every sequence, then taken back: UPDATE, DELETE and TRUNCATE on the history ({@code domainevententry},
 * {@code access_log.entry}), every write on the hash chains ({@code integrity.*}, written only by the owner's
 * trigger functions) and on Flyway's own table. Tables added by later migrations are covered on the next start.
 * Does nothing when the service connects as the owner itself (then the WARN at start says so).
 */
public class DatabaseRoles implements Callback {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** History: rows are appended, never changed (ADR 0009, ADR 0022). */
    static final List<String> APPEND_ONLY = List.of("public.domainevententry", "access_log.entry");

    private final String appRole;

    /** @param appRole the role the service connects as; null when it is the owner */
    public DatabaseRoles(String appRole) {
        if (appRole != null && !ROLE.matcher(appRole).matches()) {
            throw new IllegalArgumentException("the service's database role must be a plain lower-case name");
        }
        this.appRole = appRole;
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
        if (appRole == null) {
            log.warn("The service connects to the database as the migration owner: the database does not keep it from"
                    + " changing history. Set spring.flyway.user (the owner) apart from spring.datasource.username.");
            return;
        }
        try {
            grant(context.getConnection(), context.getConfiguration().getTable());
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant the service's database role its rights", e);
        }
    }

    private void grant(Connection connection, String flywayTable) throws SQLException {
        if (!exists(connection)) {
            throw new IllegalStateException("the service's database role " + appRole + " does not exist: create it"
                    + " first (docs/runbooks/run-on-postgresql.md)");
        }
        List<String> schemas = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT nspname FROM pg_namespace
                        WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
                          AND has_schema_privilege(nspname, 'CREATE')""")) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String schema : schemas) {
                String quoted = quote(schema);
                statement.execute("GRANT USAGE ON SCHEMA " + quoted + " TO " + appRole);
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA " + quoted
                        + " TO " + appRole);
                statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quoted + " TO " + appRole);
            }
            for (String table : APPEND_ONLY) {
                if (tableExists(connection, table)) {
                    statement.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + table + " FROM " + appRole);
                }
            }
            if (schemas.contains("integrity")) {
                statement.execute(
                        "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA integrity FROM " + appRole);
            }
            if (tableExists(connection, "public." + flywayTable)) {
                statement.execute(
                        "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public." + quote(flywayTable) + " FROM " + appRole);
            }
        }
        log.info("Database role {} may read and write the read models and append history, never change it", appRole);
    }

    private boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            statement.setString(1, appRole);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String getCallbackName() {
        return "grant-service-role";
    }
}
