package nl.terugkeer.projections.casehistory;

import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.Slice;

/** Query: the timeline of a case and of its person, oldest first; the part of it that {@code slice} names. */
public record FindCaseHistory(CaseId caseId, Slice slice) {

    public FindCaseHistory(CaseId caseId) {
        this(caseId, Slice.ALL);
    }
}
