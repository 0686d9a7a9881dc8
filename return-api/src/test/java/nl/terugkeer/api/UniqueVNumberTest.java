package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A V-number belongs to one registered person (issue 9): a second registration gets 409 with a link to the first. */
@ReturnApiTest
class UniqueVNumberTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givenARegisteredVNumber_whenRegisteredAgain_then409WithALinkToThePersonAndNothingStored() {
        String vNumber = UniqueVNumbers.next();
        Http dtenv = Http.asDtenv(port);
        Http.Response first = dtenv.post("/v1/aliens", body(vNumber, "Amal"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String holder = first.json().get("alienId").asString();
        long events = events();

        Http.Response second = Http.as(port, "IND").post("/v1/aliens", body(vNumber, "Omar"));

        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("code").asString()).isEqualTo("V_NUMBER_ALREADY_REGISTERED");
        assertThat(second.json().get("_links").get("existing").get("href").asString())
                .isEqualTo("/v1/aliens/" + holder);
        assertThat(second.body()).doesNotContain(vNumber);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void givenTwoRegistrationsOfOneVNumberAtOnce_whenBothCommit_thenExactlyOneSucceeds() throws Exception {
        String vNumber = UniqueVNumbers.next();
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<Integer>> answers = List.of("A", "B").stream()
                    .map(name -> CompletableFuture.supplyAsync(
                            () -> {
                                Http http = Http.asDtenv(port);
                                try {
                                    start.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return http.post("/v1/aliens", body(vNumber, name))
                                        .status();
                            },
                            pool))
                    .toList();
            start.countDown();
            List<Integer> statuses =
                    answers.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(statuses).containsExactly(201, 409);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM command_side.v_number_register WHERE v_number = :v")
                        .param("v", vNumber)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void givenPersonsWithoutAVNumber_whenRegistered_thenEachIsAccepted() {
        Http dtenv = Http.asDtenv(port);
        String body = """
                {"givenNames":"Test","surname":"Zonder","dateOfBirth":"1990-01-01","claimedNationality":"AFG",
                 "unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-01-05"}""";
        assertThat(dtenv.post("/v1/aliens", body).status()).isEqualTo(201);
        assertThat(dtenv.post("/v1/aliens", body).status()).isEqualTo(201);
    }

    private static String body(String vNumber, String givenNames) {
        return """
                {"vNumber":"%s","givenNames":"%s","surname":"Haddad","dateOfBirth":"1991-06-15",
                 "claimedNationality":"SYR","unaccompaniedMinor":false,"familyMembers":[],"registeredOn":"2026-11-01"}
                """.formatted(vNumber, givenNames);
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
