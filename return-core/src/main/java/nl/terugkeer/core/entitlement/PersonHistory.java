package nl.terugkeer.core.entitlement;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarked;

/**
 * A person's recorded history: the Alien's events and those of each of the person's cases, in sequence order.
 * It answers what was valid on a date: the entries not withdrawn by a correction (or, for a presumed departure, a
 * withdrawal), whose business date is on or before that date, folded with core's folds.
 */
public record PersonHistory(List<SequencedAlienEvent> person, List<List<SequencedCaseEvent>> cases) {

    public PersonHistory {
        person = List.copyOf(person);
        cases = cases.stream().map(List::copyOf).toList();
    }

    /** The person's legal position as valid on {@code date}. */
    public LegalPosition personOn(LocalDate date) {
        return LegalPosition.of(alienEventsValidOn(person, date));
    }

    /** Each case's state as valid on {@code date} (a case signalled later is left out). */
    public List<CaseState> casesOn(LocalDate date) {
        return cases.stream()
                .map(events -> caseEventsValidOn(events, date))
                .filter(events -> !events.isEmpty()
                        && !events.getFirst().event().businessDate().isAfter(date))
                .map(CaseState::of)
                .toList();
    }

    /** Every business date in the history: the days on which an answer may change. */
    public Stream<LocalDate> businessDates() {
        return Stream.concat(
                person.stream().map(e -> e.event().businessDate()),
                cases.stream().flatMap(List::stream).map(e -> e.event().businessDate()));
    }

    /** The Alien's entries valid on {@code date}: corrected entries and corrections dropped, creation kept. */
    public static List<SequencedAlienEvent> alienEventsValidOn(List<SequencedAlienEvent> known, LocalDate date) {
        Set<Long> corrected = LegalPosition.of(known).correctedSequences();
        return known.stream()
                .filter(e -> !corrected.contains(e.sequence()) && !(e.event() instanceof AlienEntryCorrected))
                .filter(e -> e.sequence() == 0 || !e.event().businessDate().isAfter(date))
                .toList();
    }

    /**
     * A case's entries valid on {@code date}: corrected entries, corrections, withdrawn presumed departures and
     * their withdrawals dropped.
     */
    public static List<SequencedCaseEvent> caseEventsValidOn(List<SequencedCaseEvent> known, LocalDate date) {
        Set<Long> corrected = CaseState.of(known).correctedSequences();
        Set<Long> withdrawnMarks = withdrawnMarks(known);
        Predicate<SequencedCaseEvent> withdrawn = e -> corrected.contains(e.sequence())
                || withdrawnMarks.contains(e.sequence())
                || e.event() instanceof CaseEntryCorrected
                || e.event() instanceof UnsupervisedDepartureMarkWithdrawn;
        return known.stream()
                .filter(withdrawn.negate())
                .filter(e -> e.sequence() == 0 || !e.event().businessDate().isAfter(date))
                .toList();
    }

    /** Each withdrawal withdraws the presumed departure marked last before it. */
    private static Set<Long> withdrawnMarks(List<SequencedCaseEvent> known) {
        Set<Long> withdrawn = new HashSet<>();
        Long lastMark = null;
        for (SequencedCaseEvent e : known) {
            if (e.event() instanceof UnsupervisedDepartureMarked) {
                lastMark = e.sequence();
            } else if (e.event() instanceof UnsupervisedDepartureMarkWithdrawn && lastMark != null) {
                withdrawn.add(lastMark);
                lastMark = null;
            }
        }
        return withdrawn;
    }
}
