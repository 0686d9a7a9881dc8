package nl.terugkeer.projections.casehistory;

import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.projections.Slice;

/** Query: the timeline of a person's legal position, oldest first; the part of it that {@code slice} names. */
public record FindPersonHistory(AlienId alienId, Slice slice) {

    public FindPersonHistory(AlienId alienId) {
        this(alienId, Slice.ALL);
    }
}
