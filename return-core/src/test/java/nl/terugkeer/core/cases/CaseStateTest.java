package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.SECOND_MISS_ON;
import static nl.terugkeer.core.testdata.CaseSamples.caseManagerAssigned;
import static nl.terugkeer.core.testdata.CaseSamples.checkInMissed;
import static nl.terugkeer.core.testdata.CaseSamples.correctCaseEntry;
import static nl.terugkeer.core.testdata.CaseSamples.obstacleRegistered;
import static nl.terugkeer.core.testdata.CaseSamples.reportingObligationImposed;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.unsupervisedDepartureMarked;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
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
    void givenEveryEventType_whenFolded_thenTheSwitchHandlesEachAndKeepsTheHistory() {
        List<SequencedCaseEvent> history = sequenced(CaseSamples.everyEventType());
        CaseState state = CaseState.of(history);
        assertThat(state.history()).isEqualTo(history);
        assertThat(state.caseId()).isEqualTo(CaseSamples.CASE_ID);
    }

    @Test
    void givenTwoConsecutiveMisses_whenOneIsCorrected_thenThePureFoldEqualsTheAggregate() {
        List<CaseEvent> given = List.of(
                returnSignalled(),
                caseManagerAssigned(),
                reportingObligationImposed(),
                checkInMissed(),
                checkInMissed(SECOND_MISS_ON),
                unsupervisedDepartureMarked());
        fixture.given(given.toArray()).when(correctCaseEntry(3)).expectState(aggregate -> {
            List<CaseEvent> all = new ArrayList<>(given);
            all.add(new CaseEntryCorrected(
                    CaseSamples.CASE_ID, 3, "CheckInMissed", "recorded on the wrong case", CaseSamples.CORRECTED_ON));
            all.add(new UnsupervisedDepartureMarkWithdrawn(CaseSamples.CASE_ID, 3, CaseSamples.CORRECTED_ON));
            CaseState folded = CaseState.of(sequenced(all));
            assertThat(aggregate.state()).isEqualTo(folded);
            assertThat(folded.departure()).isEmpty();
            assertThat(folded.phase()).isEqualTo(CasePhase.IN_PROGRESS);
            assertThat(folded.effectiveHistory())
                    .extracting(SequencedCaseEvent::sequence)
                    .containsExactly(0L, 1L, 2L, 4L, 5L, 7L);
        });
    }

    @Test
    void givenAnEventSourcedCase_whenReplayed_thenTheSingleSealedHandlerFoldsEveryEvent() {
        fixture.given(returnSignalled(), caseManagerAssigned(), obstacleRegistered())
                .when(correctCaseEntry(2))
                .expectState(c -> assertThat(c.state())
                        .isEqualTo(CaseState.of(sequenced(Arrays.asList(
                                returnSignalled(),
                                caseManagerAssigned(),
                                obstacleRegistered(),
                                CaseSamples.caseEntryCorrected(2, "ObstacleRegistered"))))));
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
