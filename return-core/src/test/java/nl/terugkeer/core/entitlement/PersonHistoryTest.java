package nl.terugkeer.core.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.CheckInMissed;
import nl.terugkeer.core.cases.events.CheckInRecorded;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarked;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import org.junit.jupiter.api.Test;

/** What was valid on a date: entries up to that date, corrections and withdrawn marks left out. */
class PersonHistoryTest {

    private static final AlienId ALIEN = new AlienId(UUID.fromString("00000000-0000-0000-0000-0000000ae001"));
    private static final CaseId CASE = new CaseId(UUID.fromString("00000000-0000-0000-0000-0000000ce001"));

    private static List<SequencedCaseEvent> sequenced(CaseEvent... events) {
        List<SequencedCaseEvent> sequenced = new ArrayList<>();
        for (CaseEvent event : events) {
            sequenced.add(new SequencedCaseEvent(sequenced.size(), event));
        }
        return sequenced;
    }

    private static ReturnSignalled signalledOn(LocalDate date) {
        return new ReturnSignalled(CASE, ALIEN, SignalSource.IND, null, "rejected", date);
    }

    @Test
    void givenTwoMissesMarkedOneCorrectedAndAThirdMissMarkedAgain_whenValidOnALaterDay_thenOnlyTheLastMarkStays() {
        List<SequencedCaseEvent> known = sequenced(
                signalledOn(LocalDate.of(2026, 1, 6)), // 0
                new ReportingObligationImposed(CASE, ReportingFrequency.WEEKLY, LocalDate.of(2026, 2, 1)), // 1
                new CheckInMissed(CASE, LocalDate.of(2026, 2, 8)), // 2
                new CheckInMissed(CASE, LocalDate.of(2026, 2, 15)), // 3
                new UnsupervisedDepartureMarked(CASE, LocalDate.of(2026, 2, 8), LocalDate.of(2026, 2, 15)), // 4
                new CaseEntryCorrected(CASE, 2, "CheckInMissed", "did report", LocalDate.of(2026, 2, 16)), // 5
                new UnsupervisedDepartureMarkWithdrawn(CASE, 2, LocalDate.of(2026, 2, 16)), // 6
                new CheckInMissed(CASE, LocalDate.of(2026, 2, 22)), // 7
                new UnsupervisedDepartureMarked(CASE, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 22)), // 8
                new CheckInRecorded(CASE, LocalDate.of(2026, 3, 1))); // 9

        assertThat(PersonHistory.caseEventsValidOn(known, LocalDate.of(2026, 3, 1)))
                .extracting(SequencedCaseEvent::sequence)
                .containsExactly(0L, 1L, 3L, 7L, 8L, 9L);
        assertThat(PersonHistory.caseEventsValidOn(known, LocalDate.of(2026, 2, 15)))
                .extracting(SequencedCaseEvent::sequence)
                .containsExactly(0L, 1L, 3L);
    }

    @Test
    void givenACaseSignalledOn6January_whenValidOnTheDayBefore_thenTheCaseIsLeftOutButItsCreationIsKept() {
        List<SequencedCaseEvent> known = sequenced(signalledOn(LocalDate.of(2026, 1, 6)));
        PersonHistory history = new PersonHistory(List.of(), List.of(known));

        assertThat(PersonHistory.caseEventsValidOn(known, LocalDate.of(2026, 1, 5)))
                .extracting(SequencedCaseEvent::sequence)
                .containsExactly(0L);
        assertThat(history.casesOn(LocalDate.of(2026, 1, 5))).isEmpty();
        assertThat(history.casesOn(LocalDate.of(2026, 1, 6)))
                .extracting(c -> c.caseId())
                .containsExactly(CASE);
    }

    @Test
    void givenARegistrationOn5JanuaryAndAnApplicationOn1February_whenValidOn4January_thenOnlyTheRegistration() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 2, 1)));
        PersonHistory history = b.build();

        assertThat(history.personOn(LocalDate.of(2026, 1, 4)).alienId()).isEqualTo(b.alienId);
        assertThat(history.personOn(LocalDate.of(2026, 1, 31)).asylumApplications())
                .isEmpty();
        assertThat(history.personOn(LocalDate.of(2026, 2, 1)).asylumApplications())
                .hasSize(1);
        assertThat(PersonHistory.alienEventsValidOn(history.person(), LocalDate.of(2026, 1, 4)))
                .extracting(SequencedAlienEvent::sequence)
                .containsExactly(0L);
    }

    @Test
    void givenACorrectedAlienEntry_whenValidOnALaterDay_thenTheEntryAndItsCorrectionAreLeftOut() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 2, 1)))
                .alien(new AlienEntryCorrected(
                        b.alienId, 1, "AsylumApplicationFiled", "wrong person", LocalDate.of(2026, 2, 3)));
        PersonHistory history = b.build();

        assertThat(PersonHistory.alienEventsValidOn(history.person(), LocalDate.of(2026, 3, 1)))
                .extracting(SequencedAlienEvent::sequence)
                .containsExactly(0L);
        assertThat(history.personOn(LocalDate.of(2026, 3, 1)).asylumApplications())
                .isEmpty();
    }

    @Test
    void givenMutableInputLists_whenChangedAfterwards_thenTheHistoryKeepsWhatItWasGiven() {
        List<SequencedCaseEvent> caseEvents = new ArrayList<>(sequenced(signalledOn(LocalDate.of(2026, 1, 6))));
        List<List<SequencedCaseEvent>> cases = new ArrayList<>(List.of(caseEvents));
        PersonHistory history = new PersonHistory(new ArrayList<>(), cases);

        caseEvents.add(new SequencedCaseEvent(1, new CheckInMissed(CASE, LocalDate.of(2026, 2, 8))));
        cases.add(List.of());

        assertThat(history.cases()).hasSize(1);
        assertThat(history.cases().getFirst()).hasSize(1);
    }
}
