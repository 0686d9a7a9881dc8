package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.commands.AssignCaseManager;
import nl.terugkeer.core.cases.commands.CorrectCaseEntry;
import nl.terugkeer.core.cases.commands.ImposeReportingObligation;
import nl.terugkeer.core.cases.commands.RecordMissedCheckIn;
import nl.terugkeer.core.cases.commands.RegisterObstacle;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The case-status and case-history projections, and the as-of views, follow a case through measures, a presumed
 * departure and a correction.
 */
@ReturnApiTest
class CaseStatusAndHistoryTest {

    @Autowired
    CommandGateway commands;

    @LocalServerPort
    int port;

    @Test
    void givenTwoMissedCheckIns_whenOneIsCorrected_thenStatusAndHistoryShowTheMarkAndItsWithdrawal() {
        AlienId alienId = AlienId.newId();
        CaseId caseId = CaseId.newId();
        commands.sendAndWait(UniqueVNumbers.registerAlien(alienId));
        commands.sendAndWait(new SignalReturn(
                caseId,
                alienId,
                SignalSource.MUNICIPALITY,
                new MunicipalityCode("GM0599"),
                "rejected",
                LocalDate.of(2026, 9, 1)));
        commands.sendAndWait(new AssignCaseManager(caseId, "regievoerder-17", LocalDate.of(2026, 9, 2)));
        commands.sendAndWait(
                new RegisterObstacle(caseId, ObstacleType.NO_TRAVEL_DOCUMENT, "no passport", LocalDate.of(2026, 9, 3)));
        commands.sendAndWait(
                new ImposeReportingObligation(caseId, ReportingFrequency.WEEKLY, LocalDate.of(2026, 9, 4)));
        commands.sendAndWait(new RecordMissedCheckIn(caseId, LocalDate.of(2026, 9, 11)));
        commands.sendAndWait(new RecordMissedCheckIn(caseId, LocalDate.of(2026, 9, 18)));

        JsonNode presumed = awaitStatus(caseId, "DEPARTED");
        assertThat(presumed.get("caseManager").asString()).isEqualTo("regievoerder-17");
        assertThat(presumed.get("openObstacles").get(0).asString()).isEqualTo("NO_TRAVEL_DOCUMENT");
        assertThat(presumed.get("departure").get("type").asString()).isEqualTo("WITHOUT_SUPERVISION");
        assertThat(presumed.get("departure").get("presumed").asBoolean()).isTrue();

        java.time.Instant beforeTheCorrection = java.time.Instant.now();
        long secondMiss = 6; // sequences: 0 signal, 1 manager, 2 obstacle, 3 reporting, 4 miss, 5 miss, 6 mark
        commands.sendAndWait(
                new CorrectCaseEntry(caseId, secondMiss - 1, "person did report", LocalDate.of(2026, 9, 20)));

        JsonNode corrected = awaitStatus(caseId, "IN_PROGRESS");
        assertThat(corrected.get("departure").isNull()).isTrue();
        assertThat(corrected.get("activeMeasures").get(0).asString()).isEqualTo("REPORTING_OBLIGATION");

        Http http = Http.asDtenv(port);
        String path = "/v1/cases/" + caseId;
        assertThat(http.get(path + "?geldigOp=2026-09-19").json().get("phase").asString())
                .as("valid on 19 September as known now: the miss was corrected, so no presumed departure")
                .isEqualTo("IN_PROGRESS");
        assertThat(http.get(path + "?geldigOp=2026-09-19&beschikbaarOp=" + beforeTheCorrection)
                        .json()
                        .get("phase")
                        .asString())
                .as("valid on 19 September as known before the correction: presumed departed")
                .isEqualTo("DEPARTED");
        JsonNode early = http.get(path + "?geldigOp=2026-09-02").json();
        assertThat(early.get("caseManager").asString()).isEqualTo("regievoerder-17");
        assertThat(early.get("openObstacles").size()).isZero();
        assertThat(early.get("daysOpen").asLong()).isEqualTo(1);
        assertThat(http.get(path + "?geldigOp=2026-08-31").status()).isEqualTo(404);
        assertThat(http.get(path + "?geldigOp=yesterday").status()).isEqualTo(400);

        JsonNode history = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> http.get("/v1/cases/" + caseId + "/history"),
                        r -> r.status() == 200 && r.json().get("entries").size() == 10)
                .json()
                .get("entries");
        assertThat(history.get(0).get("eventType").asString()).isEqualTo("AlienRegistered");
        assertThat(history.get(0).get("aggregateType").asString()).isEqualTo("Alien");
        JsonNode missed = entryOfSequence(history, caseId, 5);
        assertThat(missed.get("eventType").asString()).isEqualTo("CheckInMissed");
        assertThat(missed.get("correctedBySequence").asLong()).isEqualTo(7);
        JsonNode correction = entryOfSequence(history, caseId, 7);
        assertThat(correction.get("eventType").asString()).isEqualTo("CaseEntryCorrected");
        assertThat(correction.get("correctsSequence").asLong()).isEqualTo(5);
        assertThat(correction.get("businessDate").asString()).isEqualTo("2026-09-20");
        assertThat(entryOfSequence(history, caseId, 8).get("eventType").asString())
                .isEqualTo("UnsupervisedDepartureMarkWithdrawn");

        JsonNode firstPage = http.get(path + "/history?pageSize=4").json();
        assertThat(firstPage.get("entries").size()).isEqualTo(4);
        assertThat(firstPage.get("_links").get("next").get("href").asString())
                .isEqualTo(path + "/history?page=2&pageSize=4");
        JsonNode lastPage = http.get(path + "/history?page=3&pageSize=4").json();
        assertThat(lastPage.get("entries").size()).isEqualTo(2);
        assertThat(lastPage.get("_links").has("next")).isFalse();
        assertThat(lastPage.get("_links").get("prev").get("href").asString())
                .isEqualTo(path + "/history?page=2&pageSize=4");
        assertThat(http.get(path + "/history?pageSize=0").status()).isEqualTo(400);
    }

    private JsonNode awaitStatus(CaseId caseId, String phase) {
        Http http = Http.asDtenv(port);
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> http.get("/v1/cases/" + caseId),
                        r -> r.status() == 200
                                && r.json().get("phase").asString().equals(phase))
                .json();
    }

    private static JsonNode entryOfSequence(JsonNode entries, CaseId caseId, long sequence) {
        for (JsonNode entry : entries) {
            if (entry.get("aggregateId").asString().equals(caseId.toString())
                    && entry.get("sequence").asLong() == sequence) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + sequence);
    }
}
