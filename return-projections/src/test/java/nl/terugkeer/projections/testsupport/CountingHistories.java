package nl.terugkeer.projections.testsupport;

import java.util.ArrayList;
import java.util.List;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.folds.EventHistories;

/** The real read path (the event store), noting each read-back "id@lastSequence", to see when a fold reads. */
public final class CountingHistories extends EventHistories {

    private final List<String> reads = new ArrayList<>();

    public CountingHistories(TestDatabase database) {
        super(database.eventStore());
    }

    @Override
    public List<SequencedCaseEvent> ofCase(CaseId caseId, long lastSequence) {
        reads.add(caseId + "@" + lastSequence);
        return super.ofCase(caseId, lastSequence);
    }

    @Override
    public List<SequencedAlienEvent> ofAlien(AlienId alienId, long lastSequence) {
        reads.add(alienId + "@" + lastSequence);
        return super.ofAlien(alienId, lastSequence);
    }

    /** The read-backs so far, oldest first. */
    public List<String> reads() {
        return List.copyOf(reads);
    }
}
