package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.CLOSED_ON;
import static nl.terugkeer.core.testdata.CaseSamples.SECOND_MISS_ON;
import static nl.terugkeer.core.testdata.CaseSamples.assignCaseManager;
import static nl.terugkeer.core.testdata.CaseSamples.caseClosed;
import static nl.terugkeer.core.testdata.CaseSamples.caseManagerAssigned;
import static nl.terugkeer.core.testdata.CaseSamples.caseReopened;
import static nl.terugkeer.core.testdata.CaseSamples.checkInMissed;
import static nl.terugkeer.core.testdata.CaseSamples.closeCase;
import static nl.terugkeer.core.testdata.CaseSamples.departureRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.recordDeparture;
import static nl.terugkeer.core.testdata.CaseSamples.reopenCase;
import static nl.terugkeer.core.testdata.CaseSamples.reportingObligationImposed;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.travelDocumentObtained;
import static nl.terugkeer.core.testdata.CaseSamples.unsupervisedDepartureMarked;
import static org.assertj.core.api.Assertions.assertThat;

import nl.terugkeer.core.cases.commands.CloseCase;
import nl.terugkeer.core.cases.commands.RecordDeparture;
import nl.terugkeer.core.cases.commands.ReopenCase;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.DepartureRecorded;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;

class LifecycleTest extends CaseFixtureSupport {

    private static RecordDeparture departure(DepartureType type) {
        return new RecordDeparture(CASE_ID, type, recordDeparture().departedOn());
    }

    @Test
    void givenCaseInProgress_whenIndependentDepartureRecorded_thenDeparted() {
        fixture.given(returnSignalled(), caseManagerAssigned())
                .when(recordDeparture())
                .expectEvents(departureRecorded())
                .expectState(c -> assertThat(c.state().phase()).isEqualTo(CasePhase.DEPARTED));
    }

    @Test
    void givenDeparted_whenDepartureRecordedAgain_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), departureRecorded()).when(recordDeparture()),
                CaseRejection.ALREADY_DEPARTED);
    }

    @Test
    void givenNoTravelDocument_whenForcedDepartureRecorded_thenRejected() {
        rejected(
                fixture.given(returnSignalled()).when(departure(DepartureType.FORCED)),
                CaseRejection.FORCED_DEPARTURE_NEEDS_TRAVEL_DOCUMENT);
    }

    @Test
    void givenValidTravelDocument_whenForcedDepartureRecorded_thenDeparted() {
        RecordDeparture c = departure(DepartureType.FORCED);
        fixture.given(returnSignalled(), travelDocumentObtained())
                .when(c)
                .expectEvents(new DepartureRecorded(CASE_ID, DepartureType.FORCED, c.departedOn()));
    }

    @Test
    void givenMarkedAsDepartedWithoutSupervision_whenDepartureRecorded_thenTheRecordedDepartureCounts() {
        fixture.given(
                        returnSignalled(),
                        reportingObligationImposed(),
                        checkInMissed(),
                        checkInMissed(SECOND_MISS_ON),
                        unsupervisedDepartureMarked())
                .when(recordDeparture())
                .expectEvents(departureRecorded())
                .expectState(c -> assertThat(c.state().departure())
                        .contains(new Departure(
                                DepartureType.INDEPENDENT, recordDeparture().departedOn(), false)));
    }

    @Test
    void givenDeparted_whenClosedForDeparture_thenClosed() {
        fixture.given(returnSignalled(), departureRecorded())
                .when(closeCase())
                .expectEvents(caseClosed())
                .expectState(c -> assertThat(c.state().phase()).isEqualTo(CasePhase.CLOSED));
    }

    @Test
    void givenNotDeparted_whenClosedForDeparture_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(closeCase()), CaseRejection.CLOSE_REASON_NEEDS_DEPARTURE);
    }

    @Test
    void givenNotDeparted_whenClosedAdministratively_thenClosed() {
        fixture.given(returnSignalled())
                .when(new CloseCase(CASE_ID, CloseReason.ADMINISTRATIVE, CLOSED_ON))
                .expectEvents(new CaseClosed(CASE_ID, CloseReason.ADMINISTRATIVE, CLOSED_ON));
    }

    @Test
    void givenClosedCase_whenClosedAgain_thenRejectedAsClosed() {
        rejected(
                fixture.given(returnSignalled(), departureRecorded(), caseClosed())
                        .when(closeCase()),
                CaseRejection.CASE_CLOSED);
    }

    @Test
    void givenClosedCase_whenReopenedWithAReason_thenReopenedAndLiveAgain() {
        fixture.given(returnSignalled(), caseManagerAssigned(), departureRecorded(), caseClosed())
                .when(reopenCase())
                .expectEvents(caseReopened())
                .expectState(c -> {
                    assertThat(c.state().isClosed()).isFalse();
                    assertThat(c.state().departure()).isEmpty();
                    assertThat(c.state().phase()).isEqualTo(CasePhase.IN_PROGRESS);
                });
    }

    @Test
    void givenReopenedCase_whenAssignCaseManager_thenAccepted() {
        fixture.given(returnSignalled(), departureRecorded(), caseClosed(), caseReopened())
                .when(assignCaseManager())
                .expectEvents(caseManagerAssigned());
    }

    @Test
    void givenOpenCase_whenReopened_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(reopenCase()), CaseRejection.CASE_NOT_CLOSED);
    }

    @Test
    void givenClosedCase_whenReopenedWithoutReason_thenRejectedAsMissingField() {
        rejected(
                fixture.given(returnSignalled(), departureRecorded(), caseClosed())
                        .when(new ReopenCase(CASE_ID, " ", reopenCase().reopenedOn())),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }
}
