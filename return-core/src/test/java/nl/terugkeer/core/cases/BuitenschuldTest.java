package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.buitenschuldEstablished;
import static nl.terugkeer.core.testdata.CaseSamples.embassyPresentationHeld;
import static nl.terugkeer.core.testdata.CaseSamples.establishBuitenschuld;
import static nl.terugkeer.core.testdata.CaseSamples.issueNoFaultAdvice;
import static nl.terugkeer.core.testdata.CaseSamples.laissezPasserRequested;
import static nl.terugkeer.core.testdata.CaseSamples.mediationRequested;
import static nl.terugkeer.core.testdata.CaseSamples.noFaultAdviceIssued;
import static nl.terugkeer.core.testdata.CaseSamples.obstacleResolved;
import static nl.terugkeer.core.testdata.CaseSamples.ownDepartureAttemptRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.requestMediation;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.travelDocumentObtained;

import java.util.ArrayList;
import java.util.List;
import nl.terugkeer.core.cases.commands.IssueNoFaultAdvice;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.EmbassyPresentationHeld;
import nl.terugkeer.core.cases.events.NoFaultAdviceIssued;
import nl.terugkeer.core.cases.events.ObstacleRegistered;
import nl.terugkeer.core.cases.events.ObstacleResolved;
import org.junit.jupiter.api.Test;

class BuitenschuldTest extends CaseFixtureSupport {

    private static final ObstacleRegistered NON_COOPERATION = new ObstacleRegistered(
            CASE_ID,
            ObstacleType.NON_COOPERATION_ALIEN,
            "refused to sign the LP form",
            embassyPresentationHeld().heldOn());

    /** A case that meets every B8/4 condition the case itself records. */
    private static List<CaseEvent> conditionsMet(CaseEvent... more) {
        List<CaseEvent> events = new ArrayList<>(List.of(
                returnSignalled(), ownDepartureAttemptRecorded(), laissezPasserRequested(), embassyPresentationHeld()));
        events.addAll(List.of(more));
        return events;
    }

    @Test
    void givenNoPendingApplication_whenRequestMediation_thenRequested() {
        fixture.given(returnSignalled()).when(requestMediation()).expectEvents(mediationRequested());
    }

    @Test
    void givenApplicationPending_whenRequestMediation_thenRejected() {
        person = new PersonFacts(true, true, true, false);
        rejected(
                fixture.given(returnSignalled()).when(requestMediation()),
                CaseRejection.MEDIATION_WHILE_APPLICATION_PENDING);
    }

    @Test
    void givenEveryB84Condition_whenEstablishBuitenschuld_thenEstablished() {
        fixture.given(conditionsMet()).when(establishBuitenschuld()).expectEvents(buitenschuldEstablished());
    }

    @Test
    void givenNoOwnAttempt_whenEstablishBuitenschuld_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), laissezPasserRequested(), embassyPresentationHeld())
                        .when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_NEEDS_OWN_ATTEMPT);
    }

    @Test
    void givenIdentityNotEstablished_whenEstablishBuitenschuld_thenRejected() {
        person = new PersonFacts(false, true, false, false);
        rejected(
                fixture.given(conditionsMet()).when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_NEEDS_IDENTITY_AND_NATIONALITY);
    }

    @Test
    void givenNationalityNotEstablished_whenEstablishBuitenschuld_thenRejected() {
        person = new PersonFacts(true, false, false, false);
        rejected(
                fixture.given(conditionsMet()).when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_NEEDS_IDENTITY_AND_NATIONALITY);
    }

    @Test
    void givenOnlyARecognition_whenEstablishBuitenschuld_thenRejected() {
        rejected(
                fixture.given(
                                returnSignalled(),
                                ownDepartureAttemptRecorded(),
                                laissezPasserRequested(),
                                new EmbassyPresentationHeld(
                                        CASE_ID,
                                        PresentationOutcome.RECOGNISED,
                                        embassyPresentationHeld().heldOn()))
                        .when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_NEEDS_FAILED_DOCUMENT_REQUEST);
    }

    @Test
    void givenATravelDocumentObtained_whenEstablishBuitenschuld_thenRejected() {
        rejected(
                fixture.given(conditionsMet(travelDocumentObtained())).when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_NEEDS_FAILED_DOCUMENT_REQUEST);
    }

    @Test
    void givenOpenNonCooperation_whenEstablishBuitenschuld_thenRejected() {
        rejected(
                fixture.given(conditionsMet(NON_COOPERATION)).when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_WHILE_NOT_COOPERATING);
    }

    @Test
    void givenNonCooperationResolved_whenEstablishBuitenschuld_thenEstablished() {
        ObstacleResolved resolved = new ObstacleResolved(
                CASE_ID,
                ObstacleType.NON_COOPERATION_ALIEN,
                "signed",
                obstacleResolved().resolvedOn());
        fixture.given(conditionsMet(NON_COOPERATION, resolved))
                .when(establishBuitenschuld())
                .expectEvents(buitenschuldEstablished());
    }

    @Test
    void givenApplicationPending_whenEstablishBuitenschuld_thenRejected() {
        person = new PersonFacts(true, true, true, false);
        rejected(
                fixture.given(conditionsMet()).when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_WHILE_APPLICATION_PENDING);
    }

    @Test
    void givenBuitenschuldEstablished_whenEstablishedAgain_thenRejected() {
        rejected(
                fixture.given(conditionsMet(buitenschuldEstablished())).when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_ALREADY_ESTABLISHED);
    }

    @Test
    void givenBuitenschuldEstablished_whenPositiveAdviceIssued_thenIssued() {
        fixture.given(conditionsMet(buitenschuldEstablished()))
                .when(issueNoFaultAdvice())
                .expectEvents(noFaultAdviceIssued());
    }

    @Test
    void givenBuitenschuldEstablished_whenNegativeAdviceIssued_thenIssued() {
        IssueNoFaultAdvice c = new IssueNoFaultAdvice(
                CASE_ID, AdviceOutcome.NEGATIVE, issueNoFaultAdvice().issuedOn());
        fixture.given(conditionsMet(buitenschuldEstablished()))
                .when(c)
                .expectEvents(new NoFaultAdviceIssued(CASE_ID, AdviceOutcome.NEGATIVE, c.issuedOn()));
    }

    @Test
    void givenNoBuitenschuld_whenAdviceIssued_thenRejected() {
        rejected(
                fixture.given(conditionsMet()).when(issueNoFaultAdvice()),
                CaseRejection.NO_FAULT_ADVICE_NEEDS_BUITENSCHULD);
    }

    @Test
    void givenAdviceIssued_whenIssuedAgain_thenRejected() {
        rejected(
                fixture.given(conditionsMet(buitenschuldEstablished(), noFaultAdviceIssued()))
                        .when(issueNoFaultAdvice()),
                CaseRejection.NO_FAULT_ADVICE_ALREADY_ISSUED);
    }
}
