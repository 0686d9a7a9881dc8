package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.aliens.commands.RegisterAlien;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.DetentionGround;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.commands.AssignCaseManager;
import nl.terugkeer.core.cases.commands.OrderDetention;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import nl.terugkeer.core.testdata.TestClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Work lists show a manager's and a municipality's open cases with the deadlines due within 14 days. */
@ReturnApiTest
class WorkListTest {

    @Autowired
    CommandGateway commands;

    @LocalServerPort
    int port;

    @Test
    void givenADetentionEndingWithin14Days_whenTheWorkListIsRead_thenTheCaseShowsItsDeadline() {
        LocalDate today = TestClock.TODAY;
        String manager = "rv-" + CaseId.newId().value().toString().substring(0, 8);
        CaseId dueSoon = openCase(manager, "GM0014");
        commands.sendAndWait(new OrderDetention(
                dueSoon,
                DetentionBasis.ART_59,
                DetentionGround.ART_59_1_A,
                false,
                today.minusDays(30),
                today.plusDays(10)));
        CaseId notDue = openCase(manager, "GM0014");
        commands.sendAndWait(new OrderDetention(
                notDue,
                DetentionBasis.ART_59,
                DetentionGround.ART_59_1_A,
                false,
                today.minusDays(5),
                today.plusDays(90)));

        Http http = Http.asDtenv(port);
        JsonNode cases = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> http.get("/v1/work-lists?caseManager=" + manager),
                        r -> r.status() == 200
                                && r.json().get("cases").size() == 2
                                && r.json().get("cases").get(0).get("dueSoon").size() == 1)
                .json()
                .get("cases");

        assertThat(cases.get(0).get("caseId").asString()).isEqualTo(dueSoon.toString());
        assertThat(cases.get(0).get("dueSoon").get(0).get("kind").asString()).isEqualTo("DETENTION_MAXIMUM");
        assertThat(cases.get(0).get("dueSoon").get(0).get("dueOn").asString())
                .isEqualTo(today.plusDays(10).toString());
        assertThat(cases.get(1).get("caseId").asString()).isEqualTo(notDue.toString());
        assertThat(cases.get(1).get("dueSoon").size()).isZero();

        JsonNode municipality =
                http.get("/v1/work-lists?municipalityCode=GM0014").json().get("cases");
        assertThat(municipality.findValuesAsString("caseId")).contains(dueSoon.toString(), notDue.toString());
    }

    @Test
    void givenNeitherManagerNorMunicipality_whenTheWorkListIsRead_then400() {
        assertThat(Http.asDtenv(port).get("/v1/work-lists").status()).isEqualTo(400);
    }

    private CaseId openCase(String manager, String municipality) {
        AlienId alienId = AlienId.newId();
        CaseId caseId = CaseId.newId();
        RegisterAlien withChild = UniqueVNumbers.registerAlien(alienId);
        commands.sendAndWait(
                new RegisterAlien( // single adult: no 2-week family limit on detention
                        alienId,
                        withChild.vNumber(),
                        withChild.name(),
                        withChild.dateOfBirth(),
                        withChild.claimedNationality(),
                        false,
                        List.of(),
                        withChild.registeredOn()));
        commands.sendAndWait(new SignalReturn(
                caseId,
                alienId,
                SignalSource.MUNICIPALITY,
                new MunicipalityCode(municipality),
                "rejected",
                LocalDate.of(2026, 9, 1)));
        commands.sendAndWait(new AssignCaseManager(caseId, manager, LocalDate.of(2026, 9, 2)));
        return caseId;
    }
}
