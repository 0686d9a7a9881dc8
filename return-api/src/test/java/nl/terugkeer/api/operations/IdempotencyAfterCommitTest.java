package nl.terugkeer.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.terugkeer.api.DatabaseOwner;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotency-Key across an outage (issue 14): a first attempt whose command committed keeps its key even when its
 * answer was never stored, so a retry does not run the command again; a claim that was neither answered nor
 * committed (its release failed) is free again after a minute instead of answering "in progress" for a day.
 */
@ReturnApiTest
class IdempotencyAfterCommitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void givenACommittedFirstAttemptWhoseAnswerWasLost_whenRetried_thenNotRunAgainButToldItWasRecorded() {
        String key = "outage-" + UUID.randomUUID();
        String body = """
                {"givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
                 "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                """;
        Http.Response first = post(key, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT committed FROM api.idempotent_request WHERE idempotency_key = ?")
                        .param(key)
                        .query(Boolean.class)
                        .single())
                .as("marked in the command's own transaction")
                .isTrue();
        long events = events();
        try (DatabaseOwner owner = DatabaseOwner.of(context)) {
            // as if the database went away between the command's commit and the stored answer
            owner.jdbc()
                    .sql("UPDATE api.idempotent_request SET completed = false, status = NULL, body = NULL"
                            + " WHERE idempotency_key = ?")
                    .param(key)
                    .update();
        }

        Http.Response retry = post(key, body);

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.header("Content-Type")).contains("application/problem+json");
        assertThat(retry.body()).contains("IDEMPOTENT_REQUEST_RECORDED");
        assertThat(events()).as("nothing recorded again").isEqualTo(events);
    }

    @Test
    void givenAClaimThatWasNeitherAnsweredNorCommitted_whenRetriedAfterAMinute_thenTheCommandRuns() {
        String key = "abandoned-" + UUID.randomUUID();
        String body = """
                {"givenNames":"Amal","surname":"Haddad","dateOfBirth":"1991-06-15",
                 "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                """;
        Http.Response first = post(key, body);
        assertThat(first.status()).isEqualTo(201);
        try (DatabaseOwner owner = DatabaseOwner.of(context)) {
            // as if the first attempt failed before its commit and the release of its key failed too
            owner.jdbc()
                    .sql("UPDATE api.idempotent_request SET completed = false, committed = false, status = NULL,"
                            + " body = NULL, created_at = now() - interval '2 minutes' WHERE idempotency_key = ?")
                    .param(key)
                    .update();
        }

        assertThat(post(key, body).status()).isEqualTo(201);
    }

    private Http.Response post(String key, String body) {
        return Http.asDtenv(port).header("Idempotency-Key", key).post("/v1/aliens", body);
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
