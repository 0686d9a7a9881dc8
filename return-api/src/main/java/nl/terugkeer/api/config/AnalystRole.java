package nl.terugkeer.api.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration, as the owner: the analysts' role {@value #ROLE} (issue 10, ADR 0025) may connect and read the
 * {@code analytics} schema, and nothing else. Created when missing and the owner may create roles (the embedded
 * cluster's superuser); on a server whose owner may not (docker-compose), {@code deploy/postgres/10-roles.sh} creates
 * it, and without it the service starts with a WARN. Idempotent; tables added to {@code analytics} later are covered on
 * the next start. The role has no login: docs/runbooks/analyst-sql-access.md gives one.
 */
public class AnalystRole implements Callback {

    public static final String ROLE = "return_analyst";

    private static final Logger log = LoggerFactory.getLogger(AnalystRole.class);

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
            grant(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant the analysts' role its rights", e);
        }
    }

    private static void grant(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "'")) {
                if (!exists(
                        statement,
                        "SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)")) {
                    log.warn(
                            "The analysts' database role {} does not exist and the migrating role may not create it;"
                                    + " create it as a superuser (docs/runbooks/analyst-sql-access.md)",
                            ROLE);
                    return;
                }
                statement.execute("CREATE ROLE " + ROLE + " NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION");
            }
            if (!exists(statement, "SELECT 1 FROM pg_namespace WHERE nspname = 'analytics'")) {
                return;
            }
            try (ResultSet rows = statement.executeQuery("SELECT current_database()")) {
                rows.next();
                String database = rows.getString(1).replace("\"", "\"\"");
                statement.execute("GRANT CONNECT ON DATABASE \"" + database + "\" TO " + ROLE);
            }
            statement.execute("GRANT USAGE ON SCHEMA analytics TO " + ROLE);
            statement.execute("GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO " + ROLE);
        }
        log.info("Database role {} may read the analytics schema and nothing else", ROLE);
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "grant-analyst-role";
    }
}
