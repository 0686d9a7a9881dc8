package nl.terugkeer.projections.casestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.DepartureRecorded;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
import nl.terugkeer.core.testdata.CaseSamples;
import nl.terugkeer.projections.folds.LatestStates;
import nl.terugkeer.projections.testsupport.CountingHistories;
import nl.terugkeer.projections.testsupport.EventLog;
import nl.terugkeer.projections.testsupport.TestDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case-status projection, handler by handler, against the real tables and event store. */
class CaseStatusProjectionTest {

    private static final TestDatabase DATABASE = TestDatabase.get();
    private static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID ALIEN = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    private EventLog log;
    private CountingHistories histories;
    private CaseStatusProjection projection;

    @BeforeEach
    void startFromNothing() {
        DATABASE.clean();
        log = new EventLog(DATABASE);
        histories = new CountingHistories(DATABASE);
        projection = new CaseStatusProjection(DATABASE.jdbc(), LatestStates.ofCases(histories));
    }

    @Test
    void givenACaseUnderMeasures_whenItsEventsAreHandled_thenTheRowHoldsWhereItStands() {
        recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed(),
                CaseSamples.obstacleRegistered(),
                CaseSamples.detentionOrdered());

        assertThat(status())
                .contains(new CaseStatus(
                        CASE,
                        ALIEN,
                        "IN_PROGRESS",
                        "MUNICIPALITY",
                        "GM0363",
                        "asylum rejected",
                        LocalDate.of(2026, 3, 9),
                        "RV-1024",
                        List.of("DETENTION", "REPORTING_OBLIGATION"),
                        List.of("NON_STATEMENT"),
                        "ART_59",
                        "ART_59_1_A",
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 2, 28),
                        null,
                        null,
                        null,
                        null,
                        null,
                        4,
                        Instant.parse("2026-09-01T07:00:00Z")));
    }

    @Test
    void givenADetentionUntil28February2027_whenAskedOnItsLastDayAndTheDayAfter_thenPastItsMaximumOnlyTheDayAfter() {
        recordAndHandle(CaseSamples.returnSignalled(), CaseSamples.detentionOrdered());

        CaseStatus detained = status().orElseThrow();
        assertThat(detained.detentionMaximumEndOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(detained.detentionPastMaximumOn(LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(detained.detentionPastMaximumOn(LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    void givenASignalledCase_whenOnlyTheSignalIsHandled_thenItIsSignalledWithoutMeasures() {
        recordAndHandle(CaseSamples.returnSignalled());

        assertThat(status())
                .contains(new CaseStatus(
                        CASE,
                        ALIEN,
                        "SIGNALLED",
                        "MUNICIPALITY",
                        "GM0363",
                        "asylum rejected",
                        LocalDate.of(2026, 3, 9),
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        Instant.parse("2026-03-09T08:00:00Z")));
    }

    @Test
    void givenAVblPlacement_whenHandled_thenTheRowHoldsTheVblEnd() {
        recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.placedInVbl(),
                CaseSamples.vblStayExtended());

        CaseStatus status = status().orElseThrow();
        assertThat(status.activeMeasures()).containsExactly("VBL");
        assertThat(status.vblEndsOn()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(status.version()).isEqualTo(3);
    }

    @Test
    void givenTwoMissedCheckIns_whenTheMarkIsHandled_thenTheCaseIsPresumedDepartedWithoutSupervision() {
        recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed(),
                CaseSamples.checkInMissed(LocalDate.of(2026, 4, 20)),
                CaseSamples.checkInMissed(LocalDate.of(2026, 4, 27)),
                CaseSamples.unsupervisedDepartureMarked());

        CaseStatus status = status().orElseThrow();
        assertThat(status.phase()).isEqualTo("DEPARTED");
        assertThat(status.departureType()).isEqualTo("WITHOUT_SUPERVISION");
        assertThat(status.departedOn()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(status.departurePresumed()).isTrue();
        assertThat(status.activeMeasures()).containsExactly("REPORTING_OBLIGATION");
    }

    @Test
    void givenAPresumedDeparture_whenTheSecondMissIsCorrected_thenTheCaseIsInProgressAgain() {
        recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed(),
                CaseSamples.checkInMissed(LocalDate.of(2026, 4, 20)),
                CaseSamples.checkInMissed(LocalDate.of(2026, 4, 27)),
                CaseSamples.unsupervisedDepartureMarked());

        recordAndHandle(
                new CaseEntryCorrected(
                        CaseSamples.CASE_ID, 4, "CheckInMissed", "the person did report", LocalDate.of(2026, 11, 25)),
                new UnsupervisedDepartureMarkWithdrawn(CaseSamples.CASE_ID, 4, LocalDate.of(2026, 11, 25)));

        CaseStatus status = status().orElseThrow();
        assertThat(status.phase()).isEqualTo("IN_PROGRESS");
        assertThat(status.departureType()).isNull();
        assertThat(status.departedOn()).isNull();
        assertThat(status.departurePresumed()).isNull();
        assertThat(status.version()).isEqualTo(7);
    }

    @Test
    void givenARecordedDeparture_whenTheCaseIsClosed_thenTheRowIsClosedWithTheDeparture() {
        recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed(),
                new DepartureRecorded(CaseSamples.CASE_ID, DepartureType.INDEPENDENT, LocalDate.of(2026, 11, 1)),
                new CaseClosed(CaseSamples.CASE_ID, CloseReason.DEPARTED, LocalDate.of(2026, 11, 10)));

        CaseStatus status = status().orElseThrow();
        assertThat(status.phase()).isEqualTo("CLOSED");
        assertThat(status.closedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(status.departureType()).isEqualTo("INDEPENDENT");
        assertThat(status.departedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(status.departurePresumed()).isFalse();
        assertThat(status.activeMeasures()).isEmpty();
    }

    @Test
    void givenHandledEvents_whenAnEarlierEventIsRedelivered_thenTheRowIsUnchanged() {
        List<DomainEventMessage<CaseEvent>> handled = recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed(),
                CaseSamples.detentionOrdered());
        Optional<CaseStatus> before = status();

        handle(handled.get(1));

        assertThat(status()).isEqualTo(before);
        assertThat(status().orElseThrow().version()).isEqualTo(3);
        assertThat(status().orElseThrow().activeMeasures()).containsExactly("DETENTION", "REPORTING_OBLIGATION");
    }

    @Test
    void givenHandledEvents_whenTheLastEventIsRedelivered_thenTheRowIsUnchanged() {
        List<DomainEventMessage<CaseEvent>> handled = recordAndHandle(
                CaseSamples.returnSignalled(), CaseSamples.caseManagerAssigned(), CaseSamples.detentionOrdered());
        Optional<CaseStatus> before = status();

        handle(handled.get(2));
        handle(handled.get(2));

        assertThat(status()).isEqualTo(before);
        assertThat(rowCount()).isEqualTo(1);
    }

    @Test
    void givenARedeliveredEarlierEvent_whenTheNextNewEventArrives_thenTheRowFollowsTheStoredHistoryNotTheRedelivery() {
        List<DomainEventMessage<CaseEvent>> handled = recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed(),
                CaseSamples.reportingObligationLifted());
        handle(handled.get(2));

        recordAndHandle(CaseSamples.detentionOrdered());

        CaseStatus status = status().orElseThrow();
        assertThat(status.version()).isEqualTo(4);
        assertThat(status.activeMeasures()).containsExactly("DETENTION");
        assertThat(status.caseManager()).isEqualTo("RV-1024");
    }

    @Test
    void givenRows_whenReset_thenTheTableIsEmptyAndTheCachedStatesAreForgotten() {
        List<DomainEventMessage<CaseEvent>> handled = recordAndHandle(
                CaseSamples.returnSignalled(), CaseSamples.caseManagerAssigned(), CaseSamples.detentionOrdered());

        projection.reset();

        assertThat(rowCount()).isZero();
        handle(handled.get(2));
        assertThat(histories.reads()).containsExactly(CASE + "@2");
        assertThat(status().orElseThrow().detentionBasis()).isEqualTo("ART_59");
    }

    @Test
    void givenAReset_whenTheEventsAreReplayedFromTheStart_thenTheRowIsRebuiltAsBefore() {
        List<DomainEventMessage<CaseEvent>> handled = recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed(),
                CaseSamples.detentionOrdered());
        Optional<CaseStatus> before = status();

        projection.reset();
        handled.forEach(this::handle);

        assertThat(status()).isEqualTo(before);
        assertThat(histories.reads()).isEmpty();
    }

    @Test
    void givenNoEventsOfACase_whenItsStatusIsAsked_thenThereIsNone() {
        assertThat(status()).isEmpty();
    }

    private List<DomainEventMessage<CaseEvent>> recordAndHandle(CaseEvent... events) {
        List<DomainEventMessage<CaseEvent>> messages =
                java.util.Arrays.stream(events).map(log::record).toList();
        messages.forEach(this::handle);
        return messages;
    }

    private void handle(DomainEventMessage<CaseEvent> message) {
        projection.on(message.getPayload(), message.getSequenceNumber(), message.getTimestamp());
    }

    private Optional<CaseStatus> status() {
        return projection.handle(new FindCaseStatus(CaseSamples.CASE_ID));
    }

    private long rowCount() {
        return DATABASE.jdbc()
                .sql("SELECT count(*) FROM projections.case_status")
                .query(Long.class)
                .single();
    }
}
