package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.documentsRequested;
import static nl.terugkeer.core.testdata.CaseSamples.embassyPresentationHeld;
import static nl.terugkeer.core.testdata.CaseSamples.embassyPresentationScheduled;
import static nl.terugkeer.core.testdata.CaseSamples.laissezPasserRequested;
import static nl.terugkeer.core.testdata.CaseSamples.recordPresentationOutcome;
import static nl.terugkeer.core.testdata.CaseSamples.recordTravelDocumentObtained;
import static nl.terugkeer.core.testdata.CaseSamples.requestDocuments;
import static nl.terugkeer.core.testdata.CaseSamples.requestLaissezPasser;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.scheduleEmbassyPresentation;
import static nl.terugkeer.core.testdata.CaseSamples.travelDocumentObtained;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.cases.commands.RecordPresentationOutcome;
import nl.terugkeer.core.cases.commands.RecordTravelDocumentObtained;
import nl.terugkeer.core.cases.commands.RequestLaissezPasser;
import nl.terugkeer.core.cases.commands.ScheduleEmbassyPresentation;
import nl.terugkeer.core.cases.events.EmbassyPresentationHeld;
import nl.terugkeer.core.cases.events.EmbassyPresentationScheduled;
import nl.terugkeer.core.cases.events.LaissezPasserRequested;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.testdata.TestClock;
import org.junit.jupiter.api.Test;

class DocumentsTrackTest extends CaseFixtureSupport {

    @Test
    void givenSignalledCase_whenRequestDocuments_thenDocumentsRequested() {
        fixture.given(returnSignalled())
                .when(requestDocuments())
                .expectEvents(documentsRequested())
                .expectState(
                        c -> assertThat(c.state().documentsStatus()).isEqualTo(DocumentsStatus.DOCUMENTS_REQUESTED));
    }

    @Test
    void givenSignalledCase_whenRequestLaissezPasser_thenLaissezPasserRequested() {
        fixture.given(returnSignalled()).when(requestLaissezPasser()).expectEvents(laissezPasserRequested());
    }

    @Test
    void givenSignalledCase_whenCountryIsNotAnIcaoCode_thenRejected() {
        RequestLaissezPasser c = requestLaissezPasser();
        rejected(
                fixture.given(returnSignalled())
                        .when(new RequestLaissezPasser(CASE_ID, "Syria", c.purpose(), c.requestedOn())),
                CaseRejection.INVALID_COUNTRY_CODE);
    }

    @Test
    void givenLaissezPasserRequested_whenPresentationScheduledForNextMonth_thenScheduled() {
        ScheduleEmbassyPresentation c = new ScheduleEmbassyPresentation(
                CASE_ID, PresentationForm.BY_TELEPHONE, TestClock.TODAY.plusMonths(1), TestClock.TODAY);
        fixture.given(returnSignalled(), laissezPasserRequested())
                .when(c)
                .expectEvents(new EmbassyPresentationScheduled(CASE_ID, c.form(), c.presentationOn(), c.scheduledOn()));
    }

    @Test
    void givenNoLaissezPasserRequest_whenPresentationScheduled_thenRejected() {
        rejected(
                fixture.given(returnSignalled()).when(scheduleEmbassyPresentation()),
                CaseRejection.PRESENTATION_NEEDS_LAISSEZ_PASSER_REQUEST);
    }

    @Test
    void givenLaissezPasserRequested_whenPresentationBeforeItIsScheduled_thenRejectedOutOfOrder() {
        ScheduleEmbassyPresentation c = scheduleEmbassyPresentation();
        rejected(
                fixture.given(returnSignalled(), laissezPasserRequested())
                        .when(new ScheduleEmbassyPresentation(
                                CASE_ID, c.form(), c.scheduledOn().minusDays(1), c.scheduledOn())),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenPresentationScheduled_whenOutcomeRecorded_thenPresentationHeld() {
        fixture.given(returnSignalled(), laissezPasserRequested(), embassyPresentationScheduled())
                .when(recordPresentationOutcome())
                .expectEvents(embassyPresentationHeld())
                .expectState(c -> assertThat(c.state().documentsStatus()).isEqualTo(DocumentsStatus.NON_STATEMENT));
    }

    @Test
    void givenNoLaissezPasserRequest_whenOutcomeRecorded_thenRejected() {
        rejected(
                fixture.given(returnSignalled()).when(recordPresentationOutcome()),
                CaseRejection.PRESENTATION_NEEDS_LAISSEZ_PASSER_REQUEST);
    }

    @Test
    void givenLaissezPasserRequestedLessThan12MonthsAgo_whenNoResponseRecorded_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), laissezPasserRequested())
                        .when(new RecordPresentationOutcome(
                                CASE_ID, PresentationOutcome.NO_RESPONSE_AFTER_12_MONTHS, TestClock.TODAY)),
                CaseRejection.NO_RESPONSE_BEFORE_12_MONTHS);
    }

    @Test
    void givenLaissezPasserRequested12MonthsAgo_whenNoResponseRecorded_thenPresentationHeld() {
        LocalDate requestedOn = TestClock.TODAY.minusMonths(12);
        fixture.given(
                        returnSignalled(),
                        new LaissezPasserRequested(CASE_ID, "SYR", LaissezPasserPurpose.RETURN, requestedOn))
                .when(new RecordPresentationOutcome(
                        CASE_ID, PresentationOutcome.NO_RESPONSE_AFTER_12_MONTHS, TestClock.TODAY))
                .expectEvents(new EmbassyPresentationHeld(
                        CASE_ID, PresentationOutcome.NO_RESPONSE_AFTER_12_MONTHS, TestClock.TODAY));
    }

    @Test
    void givenSignalledCase_whenTravelDocumentObtained_thenRecorded() {
        fixture.given(returnSignalled())
                .when(recordTravelDocumentObtained())
                .expectEvents(travelDocumentObtained())
                .expectState(c ->
                        assertThat(c.state().documentsStatus()).isEqualTo(DocumentsStatus.TRAVEL_DOCUMENT_AVAILABLE));
    }

    @Test
    void givenSignalledCase_whenTravelDocumentExpiredBeforeObtained_thenRejectedOutOfOrder() {
        RecordTravelDocumentObtained c = recordTravelDocumentObtained();
        rejected(
                fixture.given(returnSignalled())
                        .when(new RecordTravelDocumentObtained(
                                CASE_ID, c.kind(), c.obtainedOn().minusDays(1), c.obtainedOn())),
                CommonRejection.DATES_OUT_OF_ORDER);
    }
}
