package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Least privilege (issue 9): the service connects as its own role, which may append history but never change it,
 * may not write the hash chains or Flyway's table, and may not create objects; the triggers refuse the owner too.
 */
@ReturnApiTest
class DatabasePrivilegesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void givenTheServicesConnection_whenAskedWhoItIs_thenNotTheOwnerAndNoSuperuser() {
        assumeTrue(
                context.getEnvironment().containsProperty("spring.flyway.user")
                        || !context.getEnvironment().containsProperty("spring.datasource.url"),
                "an external test database without a separate owner (spring.flyway.user) has one role only");
        String user = jdbc.sql("SELECT current_user").query(String.class).single();
        boolean superuser = jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class)
                .single();
        String owner = jdbc.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'domainevententry'")
                .query(String.class)
                .single();
        assertThat(superuser).isFalse();
        assertThat(user).isNotEqualTo(owner);
    }

    @Test
    void givenTheServicesConnection_whenItTriesToChangeHistory_thenPermissionDenied() {
        assumeTrue(
                context.getEnvironment().containsProperty("spring.flyway.user")
                        || !context.getEnvironment().containsProperty("spring.datasource.url"),
                "an external test database without a separate owner (spring.flyway.user) has one role only");
        CaseLifecycleEndToEndTest.registerAlien(Http.asDtenv(port));
        for (String statement : new String[] {
            "UPDATE domainevententry SET payload = payload",
            "DELETE FROM domainevententry",
            "TRUNCATE domainevententry",
            "UPDATE access_log.entry SET status = status",
            "DELETE FROM access_log.entry",
            "INSERT INTO integrity.event_head VALUES ('x', 0, 0, '\\x00')",
            "UPDATE integrity.event_head SET sequencenumber = sequencenumber + 1",
            "DELETE FROM integrity.access_log_link",
            "UPDATE integrity.access_log_head SET position = position + 1",
            "DELETE FROM flyway_schema_history",
            "CREATE TABLE public.sneaky (id int)",
            "CREATE SCHEMA sneaky",
            "DROP TRIGGER domainevententry_append_only ON domainevententry",
            "ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only"
        }) {
            assertThatThrownBy(() -> jdbc.sql(statement).update())
                    .as(statement)
                    .satisfiesAnyOf(
                            refused -> assertThat(refused).hasStackTraceContaining("permission denied"),
                            refused -> assertThat(refused).hasStackTraceContaining("must be owner"));
        }
    }

    @Test
    void givenTheServicesConnection_whenItReadsTheChainsAndWritesReadModels_thenAllowed() {
        assertThat(jdbc.sql("SELECT count(*) FROM integrity.event_head")
                        .query(Long.class)
                        .single())
                .isNotNegative();
        assertThat(jdbc.sql("SELECT count(*) FROM projections.case_status")
                        .query(Long.class)
                        .single())
                .isNotNegative();
        assertThat(jdbc.sql("UPDATE tokenentry SET owner = owner").update()).isNotNegative();
    }

    @Test
    void givenAnIdempotencyRecordPastItsWindow_whenThePurgeRuns_thenOnlyThatRecordIsGone() {
        jdbc.sql("""
                        INSERT INTO api.idempotent_request (user_id, idempotency_key, request_hash, created_at)
                        VALUES ('u-purge', 'old', repeat('a', 64), now() - interval '25 hours'),
                               ('u-purge', 'fresh', repeat('b', 64), now() - interval '1 hour')""").update();

        context.getBean(nl.terugkeer.api.concurrency.IdempotencyPurge.class).purge();

        assertThat(jdbc.sql("SELECT idempotency_key FROM api.idempotent_request WHERE user_id = 'u-purge'")
                        .query(String.class)
                        .list())
                .containsExactly("fresh");
        jdbc.sql("DELETE FROM api.idempotent_request WHERE user_id = 'u-purge'").update();
    }
}
