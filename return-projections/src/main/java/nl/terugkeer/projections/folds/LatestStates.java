package nl.terugkeer.projections.folds;

import java.util.LinkedHashMap;
import java.util.Map;
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

    /** How to fold one aggregate type. */
    interface Fold<K, E, S> {
        K idOf(E event);

        S initial();

        S apply(S state, long sequence, E event);

        S readUpTo(K id, long sequence);

        long lastSequence(S state);
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
        return new LatestStates<>(new Fold<>() {
            public CaseId idOf(CaseEvent event) {
                return event.caseId();
            }

            public CaseState initial() {
                return CaseState.initial();
            }

            public CaseState apply(CaseState state, long sequence, CaseEvent event) {
                return state.apply(sequence, event);
            }

            public CaseState readUpTo(CaseId id, long sequence) {
                return CaseState.of(histories.ofCase(id, sequence));
            }

            public long lastSequence(CaseState state) {
                return state.history().isEmpty()
                        ? -1
                        : state.history().getLast().sequence();
            }
        });
    }

    public static LatestStates<AlienId, AlienEvent, LegalPosition> ofAliens(EventHistories histories) {
        return new LatestStates<>(new Fold<>() {
            public AlienId idOf(AlienEvent event) {
                return event.alienId();
            }

            public LegalPosition initial() {
                return LegalPosition.initial();
            }

            public LegalPosition apply(LegalPosition state, long sequence, AlienEvent event) {
                return state.apply(sequence, event);
            }

            public LegalPosition readUpTo(AlienId id, long sequence) {
                return LegalPosition.of(histories.ofAlien(id, sequence));
            }

            public long lastSequence(LegalPosition state) {
                return state.history().isEmpty()
                        ? -1
                        : state.history().getLast().sequence();
            }
        });
    }

    /** The state right after {@code event}, which has aggregate sequence number {@code sequence}. */
    public S after(E event, long sequence) {
        K id = fold.idOf(event);
        S previous;
        synchronized (recent) {
            previous = recent.get(id);
        }
        S next;
        if (sequence == 0) {
            next = fold.apply(fold.initial(), 0, event);
        } else if (previous != null && fold.lastSequence(previous) == sequence - 1) {
            next = fold.apply(previous, sequence, event);
        } else {
            next = fold.readUpTo(id, sequence);
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
