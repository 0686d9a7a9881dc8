package nl.terugkeer.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One session as the database's owner (the role Flyway migrates with), for tests that play the insider: the
 * embedded cluster's superuser, or {@code spring.flyway.user} (else the datasource's user) on an external server.
 * The session may allow history changes ({@link #allowHistoryChange()}), as a migration would.
 */
public final class DatabaseOwner implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JdbcClient jdbc;

    private DatabaseOwner(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    public static DatabaseOwner of(ApplicationContext context) {
        var embedded = context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable();
        if (embedded != null) {
            return new DatabaseOwner(
                    new SingleConnectionDataSource(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", true));
        }
        Environment env = context.getEnvironment();
        String url = env.getProperty("spring.flyway.url", env.getProperty("spring.datasource.url"));
        String user = env.getProperty("spring.flyway.user", env.getProperty("spring.datasource.username"));
        String password = env.getProperty(
                "spring.flyway.password",
                env.containsProperty("spring.flyway.user") ? "" : env.getProperty("spring.datasource.password", ""));
        return new DatabaseOwner(new SingleConnectionDataSource(url, user, password, true));
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** The documented escape of the history guards (ADR 0022), for this session. */
    public DatabaseOwner allowHistoryChange() {
        jdbc.sql("SELECT set_config('terugkeer.allow_history_change', 'on', false)")
                .query()
                .singleValue();
        return this;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
