package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.caseEscalated;
import static nl.terugkeer.core.testdata.CaseSamples.caseReviewHeld;
import static nl.terugkeer.core.testdata.CaseSamples.escalateCase;
import static nl.terugkeer.core.testdata.CaseSamples.indInformationReceived;
import static nl.terugkeer.core.testdata.CaseSamples.indInformationRequested;
import static nl.terugkeer.core.testdata.CaseSamples.obstacleRegistered;
import static nl.terugkeer.core.testdata.CaseSamples.obstacleResolved;
import static nl.terugkeer.core.testdata.CaseSamples.recordCaseReview;
import static nl.terugkeer.core.testdata.CaseSamples.recordIndAnswer;
import static nl.terugkeer.core.testdata.CaseSamples.registerObstacle;
import static nl.terugkeer.core.testdata.CaseSamples.requestIndInformation;
import static nl.terugkeer.core.testdata.CaseSamples.resolveObstacle;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.terugkeer.core.cases.commands.EscalateCase;
import nl.terugkeer.core.cases.commands.RecordCaseReview;
import nl.terugkeer.core.cases.commands.RecordIndAnswer;
import nl.terugkeer.core.cases.commands.ResolveObstacle;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;

class ObstacleAndReviewTest extends CaseFixtureSupport {

    @Test
    void givenSignalledCase_whenRegisterObstacle_thenRegisteredAndOpen() {
        fixture.given(returnSignalled())
                .when(registerObstacle())
                .expectEvents(obstacleRegistered())
                .expectState(c -> assertThat(c.state().openObstacles()).containsExactly(obstacleRegistered()));
    }

    @Test
    void givenOpenObstacle_whenRegisteredAgain_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), obstacleRegistered()).when(registerObstacle()),
                CaseRejection.OBSTACLE_ALREADY_OPEN);
    }

    @Test
    void givenOpenObstacle_whenResolved_thenResolved() {
        fixture.given(returnSignalled(), obstacleRegistered())
                .when(resolveObstacle())
                .expectEvents(obstacleResolved())
                .expectState(c -> assertThat(c.state().openObstacles()).isEmpty());
    }

    @Test
    void givenNoOpenObstacle_whenResolved_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(resolveObstacle()), CaseRejection.OBSTACLE_NOT_OPEN);
    }

    @Test
    void givenOpenObstacle_whenResolvedWithoutResolution_thenRejectedAsMissingField() {
        ResolveObstacle c = resolveObstacle();
        rejected(
                fixture.given(returnSignalled(), obstacleRegistered())
                        .when(new ResolveObstacle(CASE_ID, c.type(), "", c.resolvedOn())),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }

    @Test
    void givenOpenObstacle_whenEscalated_thenEscalated() {
        fixture.given(returnSignalled(), obstacleRegistered())
                .when(escalateCase())
                .expectEvents(caseEscalated());
    }

    @Test
    void givenOpenObstacle_whenEscalatedWithoutDomains_thenRejected() {
        EscalateCase c = escalateCase();
        rejected(
                fixture.given(returnSignalled(), obstacleRegistered())
                        .when(new EscalateCase(CASE_ID, List.of(), c.reason(), c.escalatedOn())),
                CaseRejection.ESCALATION_NEEDS_DOMAIN);
    }

    @Test
    void givenNoOpenObstacle_whenEscalated_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(escalateCase()), CaseRejection.ESCALATION_NEEDS_OPEN_OBSTACLE);
    }

    @Test
    void givenEscalatedCase_whenReviewRecorded_thenReviewHeld() {
        fixture.given(returnSignalled(), obstacleRegistered(), caseEscalated())
                .when(recordCaseReview())
                .expectEvents(caseReviewHeld());
    }

    @Test
    void givenSignalledCase_whenReviewWithoutParticipants_thenRejected() {
        RecordCaseReview c = recordCaseReview();
        rejected(
                fixture.given(returnSignalled())
                        .when(new RecordCaseReview(CASE_ID, List.of(), c.optionsExplored(), c.outcome(), c.heldOn())),
                CaseRejection.REVIEW_NEEDS_PARTICIPANTS);
    }

    @Test
    void givenSignalledCase_whenIndInformationRequested_thenRequestedAndOpen() {
        fixture.given(returnSignalled())
                .when(requestIndInformation())
                .expectEvents(indInformationRequested())
                .expectState(c -> assertThat(c.state().openIndRequest(1)).isPresent());
    }

    @Test
    void givenOpenIndRequest_whenAnswerRecorded_thenReceivedAndClosed() {
        fixture.given(returnSignalled(), indInformationRequested())
                .when(recordIndAnswer())
                .expectEvents(indInformationReceived())
                .expectState(c -> assertThat(c.state().openIndRequests()).isEmpty());
    }

    @Test
    void givenAnsweredIndRequest_whenAnsweredAgain_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), indInformationRequested(), indInformationReceived())
                        .when(recordIndAnswer()),
                CaseRejection.UNKNOWN_IND_REQUEST);
    }

    @Test
    void givenOpenIndRequest_whenAnswerNamesAnotherSequence_thenRejected() {
        RecordIndAnswer c = recordIndAnswer();
        rejected(
                fixture.given(returnSignalled(), indInformationRequested())
                        .when(new RecordIndAnswer(CASE_ID, 0, c.answer(), c.receivedOn())),
                CaseRejection.UNKNOWN_IND_REQUEST);
    }
}
