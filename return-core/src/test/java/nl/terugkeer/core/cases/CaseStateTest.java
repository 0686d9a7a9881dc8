package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.SECOND_MISS_ON;
import static nl.terugkeer.core.testdata.CaseSamples.caseManagerAssigned;
import static nl.terugkeer.core.testdata.CaseSamples.checkInMissed;
import static nl.terugkeer.core.testdata.CaseSamples.correctCaseEntry;
import static nl.terugkeer.core.testdata.CaseSamples.obstacleRegistered;
import static nl.terugkeer.core.testdata.CaseSamples.reportingObligationImposed;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.unsupervisedDepartureMarked;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.terugkeer.core.cases.events.BmaAdviceRecorded;
import nl.terugkeer.core.cases.events.BuitenschuldEstablished;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.CaseManagerAssigned;
import nl.terugkeer.core.cases.events.CheckInRecorded;
import nl.terugkeer.core.cases.events.FamilyBondRecorded;
import nl.terugkeer.core.cases.events.IndInformationReceived;
import nl.terugkeer.core.cases.events.IndInformationRequested;
import nl.terugkeer.core.cases.events.MinorBuitenschuldFactsRecorded;
import nl.terugkeer.core.cases.events.NoFaultAdviceIssued;
import nl.terugkeer.core.cases.events.ObstacleRegistered;
import nl.terugkeer.core.cases.events.ObstacleResolved;
import nl.terugkeer.core.cases.events.ReturnProspectRecorded;
import nl.terugkeer.core.cases.events.ReturnStatementRecorded;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
import nl.terugkeer.core.testdata.AlienSamples;
import nl.terugkeer.core.testdata.CaseSamples;
import nl.terugkeer.core.testdata.TestClock;
import org.junit.jupiter.api.Test;

class CaseStateTest extends CaseFixtureSupport {

    private static List<SequencedCaseEvent> sequenced(List<CaseEvent> events) {
        return IntStream.range(0, events.size())
                .mapToObj(i -> new SequencedCaseEvent(i, events.get(i)))
                .toList();
    }

    @Test
    void givenTheSealedCaseEvent_whenListingSamples_thenEveryPermittedSubclassHasOne() {
        List<Class<?>> sampled = CaseSamples.everyEventType().stream()
                .<Class<?>>map(Object::getClass)
                .toList();
        assertThat(sampled).containsExactlyInAnyOrder(CaseEvent.class.getPermittedSubclasses());
    }

    @Test
    void givenEverySample_whenAskedForItsBusinessDate_thenItIsNotAfterToday() {
        assertThat(CaseSamples.everyEventType())
                .allSatisfy(e -> assertThat(e.businessDate()).isNotNull().isBeforeOrEqualTo(TestClock.TODAY));
    }

    @Test
    void givenEveryEventTypeInSampleOrder_whenFolded_thenEachFieldHoldsWhatRemains() {
        List<SequencedCaseEvent> history = sequenced(CaseSamples.everyEventType());
        CaseState state = CaseState.of(history);

        assertThat(state.history()).isEqualTo(history);
        // The last sample corrects sequence 2, the departure interview.
        assertThat(state.correctedSequences()).containsExactly(2L);
        assertThat(state.caseId()).isEqualTo(CASE_ID);
        assertThat(state.alienId()).isEqualTo(AlienSamples.ALIEN_ID);
        assertThat(state.signalledOn()).contains(LocalDate.of(2026, 3, 9));
        assertThat(state.caseManager())
                .contains(new CaseManagerAssigned(CASE_ID, "RV-1024", LocalDate.of(2026, 3, 10)));
        assertThat(state.interviews()).isEmpty();
        assertThat(state.ownDepartureAttempts()).containsExactly(CaseSamples.ownDepartureAttemptRecorded());
        assertThat(state.documentRequests()).containsExactly(CaseSamples.documentsRequested());
        assertThat(state.laissezPasserRequests()).containsExactly(CaseSamples.laissezPasserRequested());
        assertThat(state.scheduledPresentations()).containsExactly(CaseSamples.embassyPresentationScheduled());
        assertThat(state.presentations()).containsExactly(CaseSamples.embassyPresentationHeld());
        assertThat(state.travelDocuments()).containsExactly(CaseSamples.travelDocumentObtained());
        assertThat(state.documentsStatus()).isEqualTo(DocumentsStatus.TRAVEL_DOCUMENT_AVAILABLE);
        assertThat(state.supportOffers()).containsExactly(CaseSamples.returnSupportOffered());
        assertThat(state.supportGrants()).containsExactly(CaseSamples.returnSupportGranted());
        // Lifted, then the departure ended every measure.
        assertThat(state.reportingObligation()).isEmpty();
        // The reopening starts the count of check-ins afresh.
        assertThat(state.checkIns()).isEmpty();
        assertThat(state.unsupervisedDepartureMark()).isEmpty();
        assertThat(state.returnProspect())
                .contains(new ReturnProspectRecorded(CASE_ID, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 6, 1)));
        assertThat(state.placement()).isEmpty();
        assertThat(state.areaRestriction()).isEmpty();
        assertThat(state.detention()).isEmpty();
        assertThat(state.openObstacles()).isEmpty();
        assertThat(state.escalations()).containsExactly(CaseSamples.caseEscalated());
        assertThat(state.reviews()).containsExactly(CaseSamples.caseReviewHeld());
        // The sample answer names request 1, not the request at sequence 32: that one stays open.
        assertThat(state.openIndRequests())
                .containsExactly(new IndInformationRequest(
                        32, IndChannel.MAATWERKLOKET, "is an art. 64 request pending?", LocalDate.of(2026, 7, 2)));
        assertThat(state.indAnswers()).containsExactly(CaseSamples.indInformationReceived());
        assertThat(state.mediationRequests()).containsExactly(CaseSamples.mediationRequested());
        assertThat(state.buitenschuld())
                .contains(new BuitenschuldEstablished(CASE_ID, LocalDate.of(2026, 10, 1), BuitenschuldRoute.REGULAR));
        assertThat(state.buitenschuldFacts())
                .isEqualTo(new BuitenschuldFacts(
                        Optional.of(new ReturnStatementRecorded(CASE_ID, false, LocalDate.of(2026, 4, 20))),
                        List.of(CaseSamples.buitenschuldExclusionRecorded()),
                        Optional.of(new BmaAdviceRecorded(CASE_ID, true, LocalDate.of(2026, 6, 15))),
                        Optional.of(new MinorBuitenschuldFactsRecorded(
                                CASE_ID,
                                LocalDate.of(2010, 5, 1),
                                LocalDate.of(2025, 4, 30),
                                false,
                                LocalDate.of(2026, 6, 20))),
                        Optional.of(new FamilyBondRecorded(
                                CASE_ID,
                                LocalDate.of(2019, 6, 1),
                                LocalDate.of(2024, 1, 15),
                                List.of("SYR", "TUR"),
                                LocalDate.of(2026, 6, 25)))));
        assertThat(state.noFaultAdvice())
                .contains(new NoFaultAdviceIssued(CASE_ID, AdviceOutcome.POSITIVE, LocalDate.of(2026, 10, 5)));
        assertThat(state.recordedDeparture()).isEmpty();
        assertThat(state.closure()).isEmpty();
        assertThat(state.phase()).isEqualTo(CasePhase.IN_PROGRESS);
    }

    @Test
    void givenTwoConsecutiveMisses_whenTheFirstIsCorrected_thenOneMissRemainsAndTheMarkIsWithdrawn() {
        fixture.given(
                        returnSignalled(),
                        caseManagerAssigned(),
                        reportingObligationImposed(),
                        checkInMissed(),
                        checkInMissed(SECOND_MISS_ON),
                        unsupervisedDepartureMarked())
                .when(correctCaseEntry(3))
                .expectState(aggregate -> {
                    CaseState state = aggregate.state();
                    assertThat(state.history())
                            .extracting(SequencedCaseEvent::sequence)
                            .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
                    assertThat(state.history().get(6).event())
                            .isEqualTo(new CaseEntryCorrected(
                                    CASE_ID,
                                    3,
                                    "CheckInMissed",
                                    "recorded on the wrong case",
                                    LocalDate.of(2026, 11, 25)));
                    assertThat(state.history().get(7).event())
                            .isEqualTo(new UnsupervisedDepartureMarkWithdrawn(CASE_ID, 3, LocalDate.of(2026, 11, 25)));
                    assertThat(state.correctedSequences()).containsExactly(3L);
                    assertThat(state.checkIns()).containsExactly(new CheckIn(LocalDate.of(2026, 4, 27), false));
                    assertThat(state.missedCheckIns()).containsExactly(LocalDate.of(2026, 4, 27));
                    assertThat(state.consecutiveMisses()).isEmpty();
                    assertThat(state.unsupervisedDepartureMark()).isEmpty();
                    assertThat(state.reportingObligation())
                            .contains(new ReportingObligation(ReportingFrequency.WEEKLY, LocalDate.of(2026, 4, 6)));
                    assertThat(state.caseManager())
                            .contains(new CaseManagerAssigned(CASE_ID, "RV-1024", LocalDate.of(2026, 3, 10)));
                    assertThat(state.departure()).isEmpty();
                    assertThat(state.phase()).isEqualTo(CasePhase.IN_PROGRESS);
                    assertThat(state.activeMeasures()).containsExactly(Measure.REPORTING_OBLIGATION);
                    assertThat(state.effectiveHistory())
                            .extracting(SequencedCaseEvent::sequence)
                            .containsExactly(0L, 1L, 2L, 4L, 5L, 7L);
                });
    }

    @Test
    void givenARegisteredObstacle_whenItsEntryIsCorrected_thenNoObstacleIsOpenAndTheRestStays() {
        fixture.given(returnSignalled(), caseManagerAssigned(), obstacleRegistered())
                .when(correctCaseEntry(2))
                .expectState(aggregate -> {
                    CaseState state = aggregate.state();
                    assertThat(state.history()).hasSize(4);
                    assertThat(state.correctedSequences()).containsExactly(2L);
                    assertThat(state.openObstacles()).isEmpty();
                    assertThat(state.hasOpenObstacle(ObstacleType.NON_STATEMENT))
                            .isFalse();
                    assertThat(state.signalledOn()).contains(LocalDate.of(2026, 3, 9));
                    assertThat(state.caseManager())
                            .contains(new CaseManagerAssigned(CASE_ID, "RV-1024", LocalDate.of(2026, 3, 10)));
                    assertThat(state.phase()).isEqualTo(CasePhase.IN_PROGRESS);
                    assertThat(state.effectiveHistory())
                            .extracting(SequencedCaseEvent::sequence)
                            .containsExactly(0L, 1L);
                });
    }

    @Test
    void givenTwoOpenObstacles_whenOneIsResolved_thenOnlyTheOtherStaysOpen() {
        ObstacleRegistered medical =
                new ObstacleRegistered(CASE_ID, ObstacleType.MEDICAL, "needs treatment", LocalDate.of(2026, 5, 14));
        CaseState state = CaseState.of(sequenced(List.of(
                returnSignalled(),
                obstacleRegistered(),
                medical,
                new ObstacleResolved(CASE_ID, ObstacleType.NON_STATEMENT, "recognised", LocalDate.of(2026, 6, 15)))));
        assertThat(state.openObstacles()).containsExactly(medical);
        assertThat(state.hasOpenObstacle(ObstacleType.MEDICAL)).isTrue();
        assertThat(state.hasOpenObstacle(ObstacleType.NON_STATEMENT)).isFalse();
        assertThat(state.openObstacle(ObstacleType.MEDICAL)).contains(medical);
        assertThat(state.openObstacle(ObstacleType.NON_STATEMENT)).isEmpty();
    }

    @Test
    void givenTwoIndRequests_whenTheSecondIsAnswered_thenTheFirstStaysOpen() {
        IndInformationRequested first = new IndInformationRequested(
                CASE_ID, IndChannel.MAATWERKLOKET, "is an art. 64 request pending?", LocalDate.of(2026, 7, 2));
        IndInformationRequested second = new IndInformationRequested(
                CASE_ID, IndChannel.MAATWERKLOKET, "is a regular application pending?", LocalDate.of(2026, 7, 3));
        CaseState state = CaseState.of(sequenced(List.of(
                returnSignalled(),
                first,
                second,
                new IndInformationReceived(CASE_ID, 2, "no", LocalDate.of(2026, 7, 9)))));
        assertThat(state.openIndRequests())
                .containsExactly(new IndInformationRequest(
                        1, IndChannel.MAATWERKLOKET, "is an art. 64 request pending?", LocalDate.of(2026, 7, 2)));
        assertThat(state.openIndRequest(1)).isPresent();
        assertThat(state.openIndRequest(2)).isEmpty();
    }

    @Test
    void givenACheckInAndAMiss_whenFolded_thenOnlyTheMissCountsAsMissed() {
        CaseState state = CaseState.of(sequenced(List.of(
                returnSignalled(),
                reportingObligationImposed(),
                new CheckInRecorded(CASE_ID, LocalDate.of(2026, 4, 13)),
                checkInMissed())));
        assertThat(state.checkIns())
                .containsExactly(
                        new CheckIn(LocalDate.of(2026, 4, 13), true), new CheckIn(LocalDate.of(2026, 4, 20), false));
        assertThat(state.missedCheckIns()).containsExactly(LocalDate.of(2026, 4, 20));
        assertThat(state.lastCheckInDate()).contains(LocalDate.of(2026, 4, 20));
        assertThat(state.consecutiveMisses()).isEmpty();
    }

    @Test
    void givenAVblPlacement_whenFolded_thenItIsTheVblPlacementAndNoFamilyLocation() {
        CaseState state = CaseState.of(sequenced(List.of(returnSignalled(), CaseSamples.placedInVbl())));
        Placement vbl = new Placement(PlacementKind.VBL, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 8, 25));
        assertThat(state.placement()).contains(vbl);
        assertThat(state.vblPlacement()).contains(vbl);
        assertThat(state.placement().map(Placement::kind)).contains(PlacementKind.VBL);
        assertThat(state.activeMeasures()).containsExactly(Measure.VBL);
    }

    @Test
    void givenAFamilyLocationPlacement_whenFolded_thenItIsTheFamilyLocationAndNoVbl() {
        CaseState state = CaseState.of(sequenced(List.of(returnSignalled(), CaseSamples.placedInFamilyLocation())));
        Placement family = new Placement(PlacementKind.FAMILY_LOCATION, LocalDate.of(2026, 6, 2), null);
        assertThat(state.placement()).contains(family);
        assertThat(state.vblPlacement()).isEmpty();
        assertThat(state.activeMeasures()).containsExactly(Measure.FAMILY_LOCATION);
    }

    @Test
    void givenAFreshState_whenNothingHappened_thenSignalledNothingActive() {
        CaseState state = CaseState.initial();
        assertThat(state.isClosed()).isFalse();
        assertThat(state.activeMeasures()).isEmpty();
        assertThat(state.departure()).isEmpty();
        assertThat(state.documentsStatus()).isEqualTo(DocumentsStatus.NONE);
    }
}
