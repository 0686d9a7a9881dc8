package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Detention per ground through the API on the real PostgreSQL (issue 8 item 4): the caps of a ground on their first
 * and last day, and a detention past its maximum flagged in the case status and on the work list, never extended.
 * Today is 2026-11-28.
 */
@ReturnApiTest
class DetentionGroundsTest {

    @LocalServerPort
    int port;

    @Test
    void givenArt59bGroundADetentionUntil28January_whenReadOn28November_thenFlaggedPastItsMaximumUntilTheLift() {
        String manager = "rv-" + UUID.randomUUID().toString().substring(0, 8);
        Scenario s = Scenario.adult(port).signal().onCase("case-manager-assignments", """
                {"caseManager":"%s","assignedOn":"2026-01-12"}""".formatted(manager));
        Http dtenv = Http.asDtenv(port);
        String caseUri = "/v1/cases/" + s.caseId;

        Http.Response tooLong = dtenv.post(caseUri + "/detentions", """
                {"basis":"ART_59B","ground":"ART_59B_1_A","orderedOn":"2026-01-01","maximumEndOn":"2026-01-29"}""");
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
        assertThat(tooLong.json().get("code").asString()).isEqualTo("DETENTION_TOO_LONG");
        assertThat(tooLong.json().get("messages").get("nl").asString())
                .isEqualTo("De bewaring overschrijdt de maximale termijn voor deze grond.");
        s.onCase("detentions", """
                {"basis":"ART_59B","ground":"ART_59B_1_A","orderedOn":"2026-01-01","maximumEndOn":"2026-01-28"}""");

        JsonNode status = await().atMost(Duration.ofSeconds(10))
                .until(() -> dtenv.get(caseUri).json(), json -> json.get("detention")
                        .isObject());
        assertThat(status.get("detentionPastMaximum").asBoolean()).isTrue();
        assertThat(status.get("detention").get("basis").asString()).isEqualTo("ART_59B");
        assertThat(status.get("detention").get("ground").asString()).isEqualTo("ART_59B_1_A");
        assertThat(status.get("detention").get("orderedOn").asString()).isEqualTo("2026-01-01");
        assertThat(status.get("detention").get("maximumEndOn").asString()).isEqualTo("2026-01-28");
        assertThat(status.get("detention").get("pastMaximum").asBoolean()).isTrue();
        assertThat(status.get("nextDeadlines").get(0).get("kind").asString()).isEqualTo("DETENTION_PAST_MAXIMUM");
        assertThat(status.get("nextDeadlines").get(0).get("note").asString())
                .isEqualTo("past its legal maximum: record the lift");
        assertThat(dtenv.get(caseUri + "?geldigOp=2026-01-28")
                        .json()
                        .get("detentionPastMaximum")
                        .asBoolean())
                .isFalse();
        assertThat(dtenv.get(caseUri + "?geldigOp=2026-01-29")
                        .json()
                        .get("detentionPastMaximum")
                        .asBoolean())
                .isTrue();

        Http.Response lateExtension = dtenv.post(caseUri + "/detention-extensions", """
                {"reason":"AWAITING_APPEAL","extendedUntil":"2026-03-01","extendedOn":"2026-11-20"}""");
        assertThat(lateExtension.status()).as(lateExtension.body()).isEqualTo(422);
        assertThat(lateExtension.json().get("code").asString()).isEqualTo("DETENTION_PAST_MAXIMUM_END");

        JsonNode flagged = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> dtenv.get("/v1/work-lists?caseManager=" + manager)
                                .json()
                                .get("cases"),
                        cases -> cases.size() == 1)
                .get(0)
                .get("dueSoon");
        assertThat(flagged.size()).isEqualTo(1);
        assertThat(flagged.get(0).get("kind").asString()).isEqualTo("DETENTION_PAST_MAXIMUM");
        assertThat(flagged.get(0).get("dueOn").asString()).isEqualTo("2026-01-28");
        assertThat(flagged.get(0).get("note").asString()).isEqualTo("past its legal maximum: record the lift");

        s.onCase("detention-lifts", "{\"liftedOn\":\"2026-11-25\"}");
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        !dtenv.get(caseUri).json().get("detentionPastMaximum").asBoolean());
        assertThat(dtenv.get("/v1/work-lists?caseManager=" + manager)
                        .json()
                        .get("cases")
                        .get(0)
                        .get("dueSoon")
                        .size())
                .isZero();
    }

    @Test
    void givenArt59bGroundDDetentionFor6Months_whenExtendedForSpecialCircumstances_thenUpTo31August2027() {
        Scenario s = Scenario.adult(port).signal();
        Http dtenv = Http.asDtenv(port);
        String caseUri = "/v1/cases/" + s.caseId;

        Http.Response sevenMonths = dtenv.post(caseUri + "/detentions", """
                {"basis":"ART_59B","ground":"ART_59B_1_D","orderedOn":"2026-06-01","maximumEndOn":"2026-12-01"}""");
        assertThat(sevenMonths.status()).as(sevenMonths.body()).isEqualTo(422);
        assertThat(sevenMonths.json().get("code").asString()).isEqualTo("DETENTION_TOO_LONG");
        s.onCase("detentions", """
                {"basis":"ART_59B","ground":"ART_59B_1_D","orderedOn":"2026-06-01","maximumEndOn":"2026-11-30"}""");

        Http.Response wrongReason = dtenv.post(caseUri + "/detention-extensions", """
                {"reason":"AWAITING_APPEAL","extendedUntil":"2027-03-01","extendedOn":"2026-11-20"}""");
        assertThat(wrongReason.status()).as(wrongReason.body()).isEqualTo(422);
        assertThat(wrongReason.json().get("code").asString()).isEqualTo("DETENTION_EXTENSION_REASON_NOT_FOR_GROUND");
        Http.Response beyond = dtenv.post(caseUri + "/detention-extensions", """
                {"reason":"SPECIAL_CIRCUMSTANCES","extendedUntil":"2027-09-01","extendedOn":"2026-11-20"}""");
        assertThat(beyond.status()).as(beyond.body()).isEqualTo(422);
        assertThat(beyond.json().get("code").asString()).isEqualTo("DETENTION_EXTENSION_TOO_LONG");
        s.onCase("detention-extensions", """
                {"reason":"SPECIAL_CIRCUMSTANCES","extendedUntil":"2027-08-31","extendedOn":"2026-11-20"}""");

        JsonNode detention = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> dtenv.get(caseUri).json().get("detention"),
                        d -> d.isObject() && d.get("maximumEndOn").asString().equals("2027-08-31"));
        assertThat(detention.get("ground").asString()).isEqualTo("ART_59B_1_D");
        assertThat(detention.get("pastMaximum").asBoolean()).isFalse();
    }

    @Test
    void givenADetentionWithoutGround_whenPosted_then400MissingField() {
        Scenario s = Scenario.adult(port).signal();
        Http.Response response = Http.asDtenv(port).post("/v1/cases/" + s.caseId + "/detentions", """
                {"basis":"ART_59B","orderedOn":"2026-03-01","maximumEndOn":"2026-03-28"}""");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("MISSING_REQUIRED_FIELD");
    }
}
