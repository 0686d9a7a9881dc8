package nl.terugkeer.core.entitlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
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

    /**
     * The same answers as {@link #personOn} and {@link #casesOn}, for dates asked in ascending order (issue 13): each
     * fold goes on from the previous date's where the entries valid on the later date extend those valid on the
     * earlier, the usual case, instead of folding the whole history again for every day. A fold is a left fold of
     * pure steps, so going on from a prefix gives the very state that folding from the start gives.
     */
    public Ascending ascending() {
        return new Ascending(this);
    }

    /** Folds of one history on ascending dates; see {@link #ascending()}. Not for use by several threads. */
    public static final class Ascending {

        private final DatedFold<SequencedAlienEvent, LegalPosition> person;
        private final List<DatedFold<SequencedCaseEvent, CaseState>> cases;

        private Ascending(PersonHistory history) {
            person = new DatedFold<>(
                    alienEventsValidOn(history.person, LocalDate.MAX),
                    SequencedAlienEvent::sequence,
                    e -> e.event().businessDate(),
                    LegalPosition.initial(),
                    LegalPosition::apply);
            cases = history.cases.stream()
                    .map(events -> new DatedFold<>(
                            caseEventsValidOn(events, LocalDate.MAX),
                            SequencedCaseEvent::sequence,
                            e -> e.event().businessDate(),
                            CaseState.initial(),
                            CaseState::apply))
                    .toList();
        }

        /** As {@link PersonHistory#personOn}. */
        public LegalPosition personOn(LocalDate date) {
            return person.fold(person.validOn(date));
        }

        /** As {@link PersonHistory#casesOn}. */
        public List<CaseState> casesOn(LocalDate date) {
            List<CaseState> states = new ArrayList<>();
            for (DatedFold<SequencedCaseEvent, CaseState> fold : cases) {
                List<SequencedCaseEvent> events = fold.validOn(date);
                if (!events.isEmpty()
                        && !events.getFirst().event().businessDate().isAfter(date)) {
                    states.add(fold.fold(events));
                }
            }
            return states;
        }
    }

    /** One aggregate's entries that a correction did not withdraw, folded as valid on a date; remembers the last. */
    private static final class DatedFold<E, S> {
        private final List<E> candidates;
        private final ToLongFunction<E> sequence;
        private final Function<E, LocalDate> businessDate;
        private final S initial;
        private final BiFunction<S, E, S> apply;
        private List<E> lastEvents = List.of();
        private S lastState;

        DatedFold(
                List<E> candidates,
                ToLongFunction<E> sequence,
                Function<E, LocalDate> businessDate,
                S initial,
                BiFunction<S, E, S> apply) {
            this.candidates = candidates;
            this.sequence = sequence;
            this.businessDate = businessDate;
            this.initial = initial;
            this.apply = apply;
        }

        List<E> validOn(LocalDate date) {
            return candidates.stream()
                    .filter(e -> sequence.applyAsLong(e) == 0
                            || !businessDate.apply(e).isAfter(date))
                    .toList();
        }

        S fold(List<E> events) {
            boolean goesOn = lastState != null && startsWith(events, lastEvents);
            S state = goesOn ? lastState : initial;
            for (int i = goesOn ? lastEvents.size() : 0; i < events.size(); i++) {
                state = apply.apply(state, events.get(i));
            }
            lastEvents = events;
            lastState = state;
            return state;
        }

        private static <E> boolean startsWith(List<E> events, List<E> prefix) {
            if (events.size() < prefix.size()) {
                return false;
            }
            for (int i = 0; i < prefix.size(); i++) {
                if (events.get(i) != prefix.get(i)) {
                    return false;
                }
            }
            return true;
        }
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
