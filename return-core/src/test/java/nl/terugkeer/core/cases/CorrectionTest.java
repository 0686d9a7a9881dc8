package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.SECOND_MISS_ON;
import static nl.terugkeer.core.testdata.CaseSamples.assignCaseManager;
import static nl.terugkeer.core.testdata.CaseSamples.caseEntryCorrected;
import static nl.terugkeer.core.testdata.CaseSamples.caseManagerAssigned;
import static nl.terugkeer.core.testdata.CaseSamples.checkInMissed;
import static nl.terugkeer.core.testdata.CaseSamples.correctCaseEntry;
import static nl.terugkeer.core.testdata.CaseSamples.reportingObligationImposed;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.unsupervisedDepartureMarked;
import static org.assertj.core.api.Assertions.assertThat;

import nl.terugkeer.core.cases.commands.CorrectCaseEntry;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;

class CorrectionTest extends CaseFixtureSupport {

    @Test
    void givenCaseManagerAssigned_whenThatEntryIsCorrected_thenTreatedAsNotRecorded() {
        fixture.given(returnSignalled(), caseManagerAssigned())
                .when(correctCaseEntry(1))
                .expectEvents(caseEntryCorrected(1, "CaseManagerAssigned"))
                .expectState(c -> {
                    assertThat(c.state().caseManager()).isEmpty();
                    assertThat(c.state().phase()).isEqualTo(CasePhase.SIGNALLED);
                    assertThat(c.state().correctedSequences()).containsExactly(1L);
                    assertThat(c.state().history()).hasSize(3);
                });
    }

    @Test
    void givenCorrectedEntry_whenTheRightFactIsRecorded_thenItCounts() {
        fixture.given(returnSignalled(), caseManagerAssigned(), caseEntryCorrected(1, "CaseManagerAssigned"))
                .when(assignCaseManager())
                .expectEvents(caseManagerAssigned())
                .expectState(c -> assertThat(c.state().caseManager()).contains(caseManagerAssigned()));
    }

    @Test
    void givenCase_whenCorrectingAnUnknownSequence_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), caseManagerAssigned()).when(correctCaseEntry(7)),
                CaseRejection.UNKNOWN_ENTRY);
    }

    @Test
    void givenCase_whenCorrectingTheCreation_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), caseManagerAssigned()).when(correctCaseEntry(0)),
                CaseRejection.CANNOT_CORRECT_CREATION);
    }

    @Test
    void givenCorrection_whenCorrectingTheCorrection_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), caseManagerAssigned(), caseEntryCorrected(1, "CaseManagerAssigned"))
                        .when(correctCaseEntry(2)),
                CaseRejection.CANNOT_CORRECT_CORRECTION);
    }

    @Test
    void givenCorrectedEntry_whenCorrectedAgain_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), caseManagerAssigned(), caseEntryCorrected(1, "CaseManagerAssigned"))
                        .when(correctCaseEntry(1)),
                CaseRejection.ENTRY_ALREADY_CORRECTED);
    }

    @Test
    void givenMark_whenCorrectingTheMarkItself_thenRejected() {
        rejected(
                fixture.given(
                                returnSignalled(),
                                reportingObligationImposed(),
                                checkInMissed(),
                                checkInMissed(SECOND_MISS_ON),
                                unsupervisedDepartureMarked())
                        .when(correctCaseEntry(4)),
                CaseRejection.CANNOT_CORRECT_DERIVED_ENTRY);
    }

    @Test
    void givenCase_whenCorrectionHasNoReason_thenRejectedAsMissingField() {
        CorrectCaseEntry c = correctCaseEntry(1);
        rejected(
                fixture.given(returnSignalled(), caseManagerAssigned())
                        .when(new CorrectCaseEntry(c.caseId(), 1, null, c.correctedOn())),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }
}
