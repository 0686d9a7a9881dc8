package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.bmaAdviceRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.buitenschuldEstablished;
import static nl.terugkeer.core.testdata.CaseSamples.buitenschuldExclusionRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.embassyPresentationHeld;
import static nl.terugkeer.core.testdata.CaseSamples.establishBuitenschuld;
import static nl.terugkeer.core.testdata.CaseSamples.familyBondRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.issueNoFaultAdvice;
import static nl.terugkeer.core.testdata.CaseSamples.laissezPasserRequested;
import static nl.terugkeer.core.testdata.CaseSamples.mediationRequested;
import static nl.terugkeer.core.testdata.CaseSamples.minorBuitenschuldFactsRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.noFaultAdviceIssued;
import static nl.terugkeer.core.testdata.CaseSamples.obstacleResolved;
import static nl.terugkeer.core.testdata.CaseSamples.ownDepartureAttemptRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.recordBmaAdvice;
import static nl.terugkeer.core.testdata.CaseSamples.recordBuitenschuldExclusion;
import static nl.terugkeer.core.testdata.CaseSamples.recordFamilyBond;
import static nl.terugkeer.core.testdata.CaseSamples.recordMinorBuitenschuldFacts;
import static nl.terugkeer.core.testdata.CaseSamples.recordReturnStatement;
import static nl.terugkeer.core.testdata.CaseSamples.requestMediation;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.returnStatementRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.travelDocumentObtained;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.terugkeer.core.cases.commands.EstablishBuitenschuld;
import nl.terugkeer.core.cases.commands.IssueNoFaultAdvice;
import nl.terugkeer.core.cases.commands.RecordFamilyBond;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.EmbassyPresentationHeld;
import nl.terugkeer.core.cases.events.LaissezPasserRequested;
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
                CaseRejection.BUITENSCHULD_TRAVEL_DOCUMENT_OBTAINED);
    }

    @Test
    void givenOnlyInsufficientInformation_whenEstablishBuitenschuld_thenRejected() {
        rejected(
                fixture.given(
                                returnSignalled(),
                                ownDepartureAttemptRecorded(),
                                laissezPasserRequested(),
                                held(PresentationOutcome.INSUFFICIENT_INFORMATION))
                        .when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_NEEDS_FAILED_DOCUMENT_REQUEST);
    }

    @Test
    void givenNoResponseAfter12Months_whenEstablishBuitenschuld_thenEstablished() {
        fixture.given(
                        returnSignalled(),
                        ownDepartureAttemptRecorded(),
                        laissezPasserRequested(),
                        held(PresentationOutcome.NO_RESPONSE_AFTER_12_MONTHS))
                .when(establishBuitenschuld())
                .expectEvents(buitenschuldEstablished());
    }

    @Test
    void givenNoRoute_whenEstablishBuitenschuld_thenEstablishedAsRegular() {
        fixture.given(conditionsMet())
                .when(new EstablishBuitenschuld(CASE_ID, establishBuitenschuld().establishedOn()))
                .expectEvents(buitenschuldEstablished(BuitenschuldRoute.REGULAR));
    }

    // ---- the three exclusions (Vc B8/4.1 under 4) ----

    @Test
    void givenTheHandwrittenStatementRefused_whenEstablishBuitenschuld_thenRejected() {
        rejected(
                fixture.given(conditionsMet(returnStatementRecorded(false))).when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_EXCLUDED_RETURN_STATEMENT_REFUSED);
    }

    @Test
    void givenTheStatementRefusedThenSigned_whenEstablishBuitenschuld_thenEstablished() {
        fixture.given(conditionsMet(returnStatementRecorded(false), returnStatementRecorded(true)))
                .when(establishBuitenschuld())
                .expectEvents(buitenschuldEstablished());
    }

    @Test
    void givenAPresentationMissedWithoutReason_whenEstablishBuitenschuld_thenRejected() {
        rejected(
                fixture.given(conditionsMet(buitenschuldExclusionRecorded(
                                BuitenschuldExclusion.MISSED_PRESENTATION_WITHOUT_REASON)))
                        .when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_EXCLUDED_MISSED_PRESENTATION);
    }

    @Test
    void givenAStatementNotToReturnAtThePresentation_whenEstablishBuitenschuld_thenRejected() {
        rejected(
                fixture.given(conditionsMet(
                                buitenschuldExclusionRecorded(BuitenschuldExclusion.STATED_NOT_WILLING_TO_RETURN)))
                        .when(establishBuitenschuld()),
                CaseRejection.BUITENSCHULD_EXCLUDED_NOT_WILLING_TO_RETURN);
    }

    @Test
    void givenAnExclusion_whenEstablishBuitenschuldAsMedical_thenEstablished() {
        fixture.given(
                        returnSignalled(),
                        returnStatementRecorded(false),
                        buitenschuldExclusionRecorded(BuitenschuldExclusion.STATED_NOT_WILLING_TO_RETURN),
                        bmaAdviceRecorded(true))
                .when(establishBuitenschuld(BuitenschuldRoute.MEDICAL))
                .expectEvents(buitenschuldEstablished(BuitenschuldRoute.MEDICAL));
    }

    // ---- medical route ----

    @Test
    void givenNoBmaAdvice_whenEstablishBuitenschuldAsMedical_thenRejected() {
        rejected(
                fixture.given(conditionsMet()).when(establishBuitenschuld(BuitenschuldRoute.MEDICAL)),
                CaseRejection.BUITENSCHULD_MEDICAL_NEEDS_BMA_ADVICE);
    }

    @Test
    void givenABmaAdviceThatThePersonCanTravel_whenEstablishBuitenschuldAsMedical_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), bmaAdviceRecorded(true), bmaAdviceRecorded(false))
                        .when(establishBuitenschuld(BuitenschuldRoute.MEDICAL)),
                CaseRejection.BUITENSCHULD_MEDICAL_NEEDS_BMA_ADVICE);
    }

    @Test
    void givenABmaAdviceButIdentityNotEstablished_whenEstablishBuitenschuldAsMedical_thenRejected() {
        person = new PersonFacts(false, true, false, false);
        rejected(
                fixture.given(returnSignalled(), bmaAdviceRecorded(true))
                        .when(establishBuitenschuld(BuitenschuldRoute.MEDICAL)),
                CaseRejection.BUITENSCHULD_NEEDS_IDENTITY_AND_NATIONALITY);
    }

    @Test
    void givenABmaAdviceButAnApplicationPending_whenEstablishBuitenschuldAsMedical_thenRejected() {
        person = new PersonFacts(true, true, true, false);
        rejected(
                fixture.given(returnSignalled(), bmaAdviceRecorded(true))
                        .when(establishBuitenschuld(BuitenschuldRoute.MEDICAL)),
                CaseRejection.BUITENSCHULD_WHILE_APPLICATION_PENDING);
    }

    // ---- amv route ----

    @Test
    void givenFirstApplicationTheDayBeforeThe15thBirthday_whenEstablishBuitenschuldAsMinor_thenEstablished() {
        fixture.given(conditionsMet(minorBuitenschuldFactsRecorded(LocalDate.of(2025, 4, 30), false)))
                .when(establishBuitenschuld(BuitenschuldRoute.UNACCOMPANIED_MINOR))
                .expectEvents(buitenschuldEstablished(BuitenschuldRoute.UNACCOMPANIED_MINOR));
    }

    @Test
    void givenFirstApplicationOnThe15thBirthday_whenEstablishBuitenschuldAsMinor_thenRejected() {
        rejected(
                fixture.given(conditionsMet(minorBuitenschuldFactsRecorded(LocalDate.of(2025, 5, 1), false)))
                        .when(establishBuitenschuld(BuitenschuldRoute.UNACCOMPANIED_MINOR)),
                CaseRejection.BUITENSCHULD_MINOR_FIRST_APPLICATION_NOT_BEFORE_15);
    }

    @Test
    void givenNoMinorFacts_whenEstablishBuitenschuldAsMinor_thenRejected() {
        rejected(
                fixture.given(conditionsMet()).when(establishBuitenschuld(BuitenschuldRoute.UNACCOMPANIED_MINOR)),
                CaseRejection.BUITENSCHULD_MINOR_FIRST_APPLICATION_NOT_BEFORE_15);
    }

    @Test
    void givenAdequateReceptionInTheCountryOfOrigin_whenEstablishBuitenschuldAsMinor_thenRejected() {
        rejected(
                fixture.given(conditionsMet(minorBuitenschuldFactsRecorded(LocalDate.of(2025, 4, 30), true)))
                        .when(establishBuitenschuld(BuitenschuldRoute.UNACCOMPANIED_MINOR)),
                CaseRejection.BUITENSCHULD_MINOR_ADEQUATE_RECEPTION_AVAILABLE);
    }

    @Test
    void givenMinorFactsButAnExclusion_whenEstablishBuitenschuldAsMinor_thenRejected() {
        rejected(
                fixture.given(conditionsMet(minorBuitenschuldFactsRecorded(), returnStatementRecorded(false)))
                        .when(establishBuitenschuld(BuitenschuldRoute.UNACCOMPANIED_MINOR)),
                CaseRejection.BUITENSCHULD_EXCLUDED_RETURN_STATEMENT_REFUSED);
    }

    // ---- family route ----

    @Test
    void givenABondBeforeEntryAndEveryCountryTried_whenEstablishBuitenschuldAsFamily_thenEstablished() {
        fixture.given(conditionsMet(
                        familyBondRecorded(LocalDate.of(2019, 6, 1), List.of("SYR", "TUR")), laissezPasserTo("TUR")))
                .when(establishBuitenschuld(BuitenschuldRoute.FAMILY))
                .expectEvents(buitenschuldEstablished(BuitenschuldRoute.FAMILY));
    }

    @Test
    void givenABondFromTheDayOfEntry_whenEstablishBuitenschuldAsFamily_thenRejected() {
        rejected(
                fixture.given(conditionsMet(familyBondRecorded(LocalDate.of(2024, 1, 15), List.of("SYR"))))
                        .when(establishBuitenschuld(BuitenschuldRoute.FAMILY)),
                CaseRejection.BUITENSCHULD_FAMILY_BOND_NOT_BEFORE_ENTRY);
    }

    @Test
    void givenNoFamilyBond_whenEstablishBuitenschuldAsFamily_thenRejected() {
        rejected(
                fixture.given(conditionsMet()).when(establishBuitenschuld(BuitenschuldRoute.FAMILY)),
                CaseRejection.BUITENSCHULD_FAMILY_BOND_NOT_BEFORE_ENTRY);
    }

    @Test
    void givenAMixedNationalityFamilyWithACountryUntried_whenEstablishBuitenschuldAsFamily_thenRejected() {
        rejected(
                fixture.given(conditionsMet(familyBondRecorded(LocalDate.of(2019, 6, 1), List.of("SYR", "TUR"))))
                        .when(establishBuitenschuld(BuitenschuldRoute.FAMILY)),
                CaseRejection.BUITENSCHULD_FAMILY_NOT_EVERY_COUNTRY_TRIED);
    }

    // ---- the facts' own commands ----

    @Test
    void givenACase_whenTheStatementIsRecorded_thenRecorded() {
        fixture.given(returnSignalled()).when(recordReturnStatement(true)).expectEvents(returnStatementRecorded(true));
    }

    @Test
    void givenACase_whenAnExclusionIsRecorded_thenRecorded() {
        fixture.given(returnSignalled())
                .when(recordBuitenschuldExclusion(BuitenschuldExclusion.MISSED_PRESENTATION_WITHOUT_REASON))
                .expectEvents(buitenschuldExclusionRecorded(BuitenschuldExclusion.MISSED_PRESENTATION_WITHOUT_REASON));
    }

    @Test
    void givenACase_whenABmaAdviceIsRecorded_thenRecorded() {
        fixture.given(returnSignalled()).when(recordBmaAdvice(true)).expectEvents(bmaAdviceRecorded(true));
    }

    @Test
    void givenACase_whenMinorFactsAreRecorded_thenRecorded() {
        fixture.given(returnSignalled())
                .when(recordMinorBuitenschuldFacts())
                .expectEvents(minorBuitenschuldFactsRecorded());
    }

    @Test
    void givenACase_whenAFamilyBondIsRecorded_thenRecorded() {
        fixture.given(returnSignalled()).when(recordFamilyBond()).expectEvents(familyBondRecorded());
    }

    @Test
    void givenAFamilyCountryThatIsNoIcaoCode_whenAFamilyBondIsRecorded_thenRejected() {
        rejected(
                fixture.given(returnSignalled())
                        .when(new RecordFamilyBond(
                                CASE_ID,
                                LocalDate.of(2019, 6, 1),
                                LocalDate.of(2024, 1, 15),
                                List.of("SYR", "Turkey"),
                                LocalDate.of(2026, 6, 25))),
                CaseRejection.INVALID_COUNTRY_CODE);
    }

    private static EmbassyPresentationHeld held(PresentationOutcome outcome) {
        return new EmbassyPresentationHeld(
                CASE_ID, outcome, embassyPresentationHeld().heldOn());
    }

    private static LaissezPasserRequested laissezPasserTo(String country) {
        return new LaissezPasserRequested(
                CASE_ID, country, LaissezPasserPurpose.BUITENSCHULD_ASSESSMENT, LocalDate.of(2026, 4, 1));
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
