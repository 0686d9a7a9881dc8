package nl.terugkeer.projections.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The one embedded PostgreSQL of this test JVM, started on first use and shared by every test class, migrated with
 * the application's version line, with Axon's JDBC event store on top of it. Tests run one at a time, so one
 * connection (autocommit) serves them all.
 */
public final class TestDatabase {

    /** Set by surefire (pom.xml); the fallback is the same folder relative to this module, for IDE runs. */
    private static final String API_MIGRATIONS =
            System.getProperty("return.api.migrations", "../return-api/src/main/resources/db/migration");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final JdbcEventStorageEngine storageEngine;
    private final EventStore eventStore;

    private TestDatabase(EmbeddedPostgres postgres) {
        this.dataSource = new SingleConnectionDataSource(postgres.getJdbcUrl("postgres", "postgres"), true);
        this.jdbc = JdbcClient.create(dataSource);
        // The application's event serializer (axon.serializer.events: jackson3), with Axon's defaults.
        this.serializer = Jackson3Serializer.builder().build();
        this.storageEngine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        this.eventStore =
                EmbeddedEventStore.builder().storageEngine(storageEngine).build();
    }

    public static TestDatabase get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final TestDatabase INSTANCE = start();
    }

    private static TestDatabase start() {
        Path apiMigrations = Path.of(API_MIGRATIONS).toAbsolutePath().normalize();
        if (!Files.isDirectory(apiMigrations)) {
            throw new IllegalStateException("Axon's migrations not found at " + apiMigrations);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // A throw-away cluster: no crash safety needed, so no waiting for the disk.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration", "filesystem:" + apiMigrations)
                    .load()
                    .migrate();
            return new TestDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public Serializer serializer() {
        return serializer;
    }

    public JdbcEventStorageEngine storageEngine() {
        return storageEngine;
    }

    public EventStore eventStore() {
        return eventStore;
    }

    /** Empties the event store and every read model, so that each test starts from nothing. */
    public void clean() {
        // the event table and its chain heads are append-only unless the session allows a change (ADR 0022)
        jdbc.sql("SELECT set_config('terugkeer.allow_history_change', 'on', false)")
                .query()
                .singleValue();
        jdbc.sql("""
                        TRUNCATE domainevententry, integrity.event_head, snapshotevententry, projections.case_status,
                                 projections.case_history, projections.person_overview,
                                 projections.entitlement_period, projections.entitlement_case
                        RESTART IDENTITY""").update();
    }
}
