package nl.terugkeer.projections.folds;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.shared.CaseId;

/**
 * A case's state right after one of its events, computed with core's {@link CaseState} fold: the same code the
 * aggregate uses, so a projection can never disagree with the command side. The last state of recently seen cases
 * is kept, so that handling events in order costs one {@code apply}; anything else (a gap, a rebuild after a
 * crash, another node having handled earlier events) reads the case's events back from the store.
 */
public class CaseStates {

    private static final int CACHED_CASES = 10_000;

    private final EventHistories histories;
    private final Map<CaseId, CaseState> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CaseId, CaseState> eldest) {
            return size() > CACHED_CASES;
        }
    };

    public CaseStates(EventHistories histories) {
        this.histories = histories;
    }

    /** The state of the case right after {@code event}, which has aggregate sequence number {@code sequence}. */
    public CaseState after(CaseEvent event, long sequence) {
        CaseId caseId = event.caseId();
        CaseState previous;
        synchronized (recent) {
            previous = recent.get(caseId);
        }
        CaseState next = previous != null && lastSequence(previous) == sequence - 1
                ? previous.apply(sequence, event)
                : CaseState.of(histories.ofCase(caseId, sequence));
        synchronized (recent) {
            recent.put(caseId, next);
        }
        return next;
    }

    public void forgetAll() {
        synchronized (recent) {
            recent.clear();
        }
    }

    private static long lastSequence(CaseState state) {
        return state.history().isEmpty() ? -1 : state.history().getLast().sequence();
    }
}
