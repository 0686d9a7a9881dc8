package nl.terugkeer.api.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database with history from before issue 9 (migrated up to V12, events and access-log entries in it) is
 * migrated to the current version: the V25 back-fill chains what was there, the V26 back-fill registers the
 * V-numbers, and the chains verify intact, also after new rows arrive through the triggers.
 */
class ChainBackfillTest {

    @Test
    void givenHistoryFromBeforeTheChains_whenMigrated_thenEverythingIsChainedAndVerifiesIntact() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .target("12") // the newest version before this migrations in this branch
                    .load()
                    .migrate();
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            String alien = UUID.randomUUID().toString();
            String other = UUID.randomUUID().toString();
            event(jdbc, alien, 0, "nl.terugkeer.core.aliens.events.AlienRegistered", """
                    {"alienId":"%s","vNumber":"1234567890"}""".formatted(alien));
            event(jdbc, other, 0, "nl.terugkeer.core.aliens.events.AlienRegistered", """
                    {"alienId":"%s","vNumber":null}""".formatted(other));
            event(jdbc, alien, 1, "nl.terugkeer.core.aliens.events.IdentityEstablished", """
                    {"alienId":"%s","establishedOn":"2026-02-01"}""".formatted(alien));
            for (int i = 0; i < 3; i++) {
                jdbc.sql("""
                                INSERT INTO access_log.entry (user_id, role, organisation, action, http_method, resource,
                                    trace_id, status)
                                VALUES ('u-1', 'DTENV', 'DTENV', 'READ', 'GET', '/v1/aliens/{alienId}', repeat('a', 32), 200)""").update();
            }

            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            IntegrityVerifier verifier = new IntegrityVerifier(jdbc);
            IntegrityVerifier.Report report = verifier.verify();
            assertThat(report.intact()).as(report.toString()).isTrue();
            assertThat(report.events().eventsChecked()).isEqualTo(3);
            assertThat(report.events().aggregates()).isEqualTo(2);
            assertThat(report.accessLog().entriesChecked()).isEqualTo(3);
            assertThat(jdbc.sql(
                                    "SELECT alien_id::text FROM command_side.v_number_register WHERE v_number = '1234567890'")
                            .query(String.class)
                            .single())
                    .isEqualTo(alien);

            event(jdbc, alien, 2, "nl.terugkeer.core.aliens.events.NationalityEstablished", """
                    {"alienId":"%s","nationality":"AFG","establishedOn":"2026-02-02"}""".formatted(alien));
            jdbc.sql("""
                            INSERT INTO access_log.entry (user_id, role, organisation, action, http_method, resource,
                                trace_id, status)
                            VALUES ('u-2', 'IND', 'IND', 'CHANGE', 'POST', '/v1/aliens', repeat('b', 32), 201)""").update();
            assertThat(verifier.verify().intact()).isTrue();
        }
    }

    private static void event(JdbcClient jdbc, String aggregate, long sequence, String type, String payload) {
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                            metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (:aggregate, :sequence, 'Alien', :eventId, :metadata, :payload, NULL, :type,
                            '2026-11-28T09:00:00.000Z')""")
                .param("aggregate", aggregate)
                .param("sequence", sequence)
                .param("eventId", UUID.randomUUID().toString())
                .param("metadata", "{\"userId\":\"u-1\"}".getBytes(StandardCharsets.UTF_8))
                .param("payload", payload.getBytes(StandardCharsets.UTF_8))
                .param("type", type)
                .update();
    }
}
