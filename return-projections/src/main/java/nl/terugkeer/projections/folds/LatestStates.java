package nl.terugkeer.projections.folds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;

/**
 * An aggregate's state right after one of its events, computed with core's fold ({@link CaseState},
 * {@link LegalPosition}): the same code the aggregates use, so a projection can never disagree with the command
 * side. The last state of recently seen aggregates is kept, so that handling events in order costs one
 * {@code apply} (and an aggregate's first event needs no read at all); anything else (a gap, a rebuild after a crash, another node having handled earlier events) reads
 * the aggregate's events back from the store.
 *
 * @param <K> the aggregate's id type
 * @param <E> its event type
 * @param <S> its state type
 */
public final class LatestStates<K, E, S> {

    private static final int CACHED_AGGREGATES = 10_000;

    /** How to fold one aggregate type: its id, its initial state, one step, a read back from the store. */
    private record Fold<K, E, S>(
            Function<E, K> idOf,
            S initial,
            Step<S, E> apply,
            BiFunction<K, Long, S> readUpTo,
            ToLongFunction<S> lastSequence) {}

    private interface Step<S, E> {
        S apply(S state, long sequence, E event);
    }

    private final Fold<K, E, S> fold;
    private final Map<K, S> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, S> eldest) {
            return size() > CACHED_AGGREGATES;
        }
    };

    private LatestStates(Fold<K, E, S> fold) {
        this.fold = fold;
    }

    public static LatestStates<CaseId, CaseEvent, CaseState> ofCases(EventHistories histories) {
        return new LatestStates<>(new Fold<>(
                CaseEvent::caseId,
                CaseState.initial(),
                CaseState::apply,
                (id, sequence) -> CaseState.of(histories.ofCase(id, sequence)),
                state -> state.history().isEmpty()
                        ? -1
                        : state.history().getLast().sequence()));
    }

    public static LatestStates<AlienId, AlienEvent, LegalPosition> ofAliens(EventHistories histories) {
        return new LatestStates<>(new Fold<>(
                AlienEvent::alienId,
                LegalPosition.initial(),
                LegalPosition::apply,
                (id, sequence) -> LegalPosition.of(histories.ofAlien(id, sequence)),
                state -> state.history().isEmpty()
                        ? -1
                        : state.history().getLast().sequence()));
    }

    /** The state right after {@code event}, which has aggregate sequence number {@code sequence}. */
    public S after(E event, long sequence) {
        K id = fold.idOf().apply(event);
        S previous;
        synchronized (recent) {
            previous = recent.get(id);
        }
        S next;
        if (sequence == 0) {
            next = fold.apply().apply(fold.initial(), 0, event);
        } else if (previous != null && fold.lastSequence().applyAsLong(previous) == sequence - 1) {
            next = fold.apply().apply(previous, sequence, event);
        } else {
            next = fold.readUpTo().apply(id, sequence);
        }
        synchronized (recent) {
            recent.put(id, next);
        }
        return next;
    }

    public void forgetAll() {
        synchronized (recent) {
            recent.clear();
        }
    }
}
