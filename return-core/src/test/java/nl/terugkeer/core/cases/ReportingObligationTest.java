package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.FIRST_MISS_ON;
import static nl.terugkeer.core.testdata.CaseSamples.REPORTING_IMPOSED_ON;
import static nl.terugkeer.core.testdata.CaseSamples.SECOND_MISS_ON;
import static nl.terugkeer.core.testdata.CaseSamples.caseEntryCorrected;
import static nl.terugkeer.core.testdata.CaseSamples.checkInMissed;
import static nl.terugkeer.core.testdata.CaseSamples.checkInRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.correctCaseEntry;
import static nl.terugkeer.core.testdata.CaseSamples.detentionOrdered;
import static nl.terugkeer.core.testdata.CaseSamples.imposeReportingObligation;
import static nl.terugkeer.core.testdata.CaseSamples.liftReportingObligation;
import static nl.terugkeer.core.testdata.CaseSamples.recordCheckIn;
import static nl.terugkeer.core.testdata.CaseSamples.recordMissedCheckIn;
import static nl.terugkeer.core.testdata.CaseSamples.reportingObligationImposed;
import static nl.terugkeer.core.testdata.CaseSamples.reportingObligationLifted;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.unsupervisedDepartureMarkWithdrawn;
import static nl.terugkeer.core.testdata.CaseSamples.unsupervisedDepartureMarked;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.cases.commands.RecordCheckIn;
import nl.terugkeer.core.cases.commands.RecordMissedCheckIn;
import nl.terugkeer.core.cases.events.CheckInRecorded;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarked;
import org.junit.jupiter.api.Test;

class ReportingObligationTest extends CaseFixtureSupport {

    @Test
    void givenSignalledCase_whenImposeReportingObligation_thenImposed() {
        fixture.given(returnSignalled())
                .when(imposeReportingObligation())
                .expectEvents(reportingObligationImposed())
                .expectState(c -> assertThat(c.state().activeMeasures()).containsExactly(Measure.REPORTING_OBLIGATION));
    }

    @Test
    void givenReportingObligation_whenImposedAgain_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), reportingObligationImposed()).when(imposeReportingObligation()),
                CaseRejection.REPORTING_OBLIGATION_ALREADY_ACTIVE);
    }

    @Test
    void givenDetained_whenImposeReportingObligation_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), detentionOrdered()).when(imposeReportingObligation()),
                CaseRejection.REPORTING_WHILE_DETAINED);
    }

    @Test
    void givenReportingObligation_whenLifted_thenLifted() {
        fixture.given(returnSignalled(), reportingObligationImposed())
                .when(liftReportingObligation())
                .expectEvents(reportingObligationLifted());
    }

    @Test
    void givenNoReportingObligation_whenLifted_thenRejected() {
        rejected(
                fixture.given(returnSignalled()).when(liftReportingObligation()),
                CaseRejection.NO_REPORTING_OBLIGATION);
    }

    @Test
    void givenReportingObligation_whenCheckIn_thenRecorded() {
        fixture.given(returnSignalled(), reportingObligationImposed())
                .when(new RecordCheckIn(CASE_ID, LocalDate.of(2026, 4, 13)))
                .expectEvents(new CheckInRecorded(CASE_ID, LocalDate.of(2026, 4, 13)))
                .expectState(c -> {
                    assertThat(c.state().checkIns()).containsExactly(new CheckIn(LocalDate.of(2026, 4, 13), true));
                    assertThat(c.state().missedCheckIns()).isEmpty();
                });
    }

    @Test
    void givenReportingObligation_whenCheckInOnTheDayItWasImposed_thenRecorded() {
        fixture.given(returnSignalled(), reportingObligationImposed())
                .when(new RecordCheckIn(CASE_ID, REPORTING_IMPOSED_ON))
                .expectEvents(new CheckInRecorded(CASE_ID, REPORTING_IMPOSED_ON));
    }

    @Test
    void givenACheckIn_whenTheNextCheckInIsTheDayAfter_thenRecorded() {
        fixture.given(returnSignalled(), reportingObligationImposed(), checkInRecorded())
                .when(new RecordCheckIn(CASE_ID, LocalDate.of(2026, 4, 14)))
                .expectEvents(new CheckInRecorded(CASE_ID, LocalDate.of(2026, 4, 14)));
    }

    @Test
    void givenACheckIn_whenAnotherCheckInOnTheSameDay_thenRejectedOutOfOrder() {
        rejected(
                fixture.given(returnSignalled(), reportingObligationImposed(), checkInRecorded())
                        .when(new RecordCheckIn(CASE_ID, LocalDate.of(2026, 4, 13))),
                CaseRejection.CHECK_IN_OUT_OF_ORDER);
    }

    @Test
    void givenNoReportingObligation_whenCheckIn_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(recordCheckIn()), CaseRejection.NO_REPORTING_OBLIGATION);
    }

    @Test
    void givenReportingObligationAndDetained_whenCheckIn_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), reportingObligationImposed(), detentionOrdered())
                        .when(new RecordCheckIn(CASE_ID, LocalDate.of(2026, 9, 8))),
                CaseRejection.REPORTING_WHILE_DETAINED);
    }

    @Test
    void givenReportingObligationAndDetained_whenMissedCheckIn_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), reportingObligationImposed(), detentionOrdered())
                        .when(new RecordMissedCheckIn(CASE_ID, LocalDate.of(2026, 9, 8))),
                CaseRejection.REPORTING_WHILE_DETAINED);
    }

    @Test
    void givenNoReportingObligation_whenMissedCheckIn_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(recordMissedCheckIn()), CaseRejection.NO_REPORTING_OBLIGATION);
    }

    @Test
    void givenACheckIn_whenAnEarlierCheckInIsRecorded_thenRejectedOutOfOrder() {
        rejected(
                fixture.given(returnSignalled(), reportingObligationImposed(), checkInRecorded())
                        .when(new RecordCheckIn(CASE_ID, LocalDate.of(2026, 4, 12))),
                CaseRejection.CHECK_IN_OUT_OF_ORDER);
    }

    @Test
    void givenReportingObligation_whenCheckInBeforeItWasImposed_thenRejectedOutOfOrder() {
        rejected(
                fixture.given(returnSignalled(), reportingObligationImposed())
                        .when(new RecordCheckIn(CASE_ID, REPORTING_IMPOSED_ON.minusDays(1))),
                CaseRejection.CHECK_IN_OUT_OF_ORDER);
    }

    @Test
    void givenReportingObligation_whenOneMiss_thenOnlyTheMissIsRecorded() {
        fixture.given(returnSignalled(), reportingObligationImposed())
                .when(recordMissedCheckIn())
                .expectEvents(checkInMissed())
                .expectState(c -> assertThat(c.state().missedCheckIns()).containsExactly(FIRST_MISS_ON));
    }

    @Test
    void givenOneMiss_whenASecondConsecutiveMiss_thenMarkedAsDepartedWithoutSupervision() {
        fixture.given(returnSignalled(), reportingObligationImposed(), checkInMissed())
                .when(recordMissedCheckIn(SECOND_MISS_ON))
                .expectEvents(checkInMissed(SECOND_MISS_ON), unsupervisedDepartureMarked())
                .expectState(c -> {
                    assertThat(c.state().departure())
                            .contains(new Departure(DepartureType.WITHOUT_SUPERVISION, SECOND_MISS_ON, true));
                    assertThat(c.state().phase()).isEqualTo(CasePhase.DEPARTED);
                });
    }

    @Test
    void givenMissThenCheckIn_whenAnotherMiss_thenNotMarked() {
        LocalDate third = SECOND_MISS_ON.plusWeeks(1);
        fixture.given(
                        returnSignalled(),
                        reportingObligationImposed(),
                        checkInMissed(),
                        new CheckInRecorded(CASE_ID, SECOND_MISS_ON))
                .when(recordMissedCheckIn(third))
                .expectEvents(checkInMissed(third));
    }

    @Test
    void givenMarkAfterTwoMisses_whenOneMissIsCorrected_thenTheMarkIsWithdrawn() {
        fixture.given(
                        returnSignalled(),
                        reportingObligationImposed(),
                        checkInMissed(),
                        checkInMissed(SECOND_MISS_ON),
                        unsupervisedDepartureMarked())
                .when(correctCaseEntry(2))
                .expectEvents(caseEntryCorrected(2, "CheckInMissed"), unsupervisedDepartureMarkWithdrawn())
                .expectState(c -> {
                    assertThat(c.state().departure()).isEmpty();
                    assertThat(c.state().missedCheckIns()).containsExactly(SECOND_MISS_ON);
                });
    }

    @Test
    void givenMissCheckInMiss_whenTheCheckInIsCorrected_thenMarked() {
        LocalDate third = SECOND_MISS_ON.plusWeeks(1);
        fixture.given(
                        returnSignalled(),
                        reportingObligationImposed(),
                        checkInMissed(),
                        new CheckInRecorded(CASE_ID, SECOND_MISS_ON),
                        checkInMissed(third))
                .when(correctCaseEntry(3))
                .expectEvents(
                        caseEntryCorrected(3, "CheckInRecorded"),
                        new UnsupervisedDepartureMarked(CASE_ID, FIRST_MISS_ON, third))
                .expectState(
                        c -> assertThat(c.state().unsupervisedDepartureMark()).isNotEqualTo(Optional.empty()));
    }
}
