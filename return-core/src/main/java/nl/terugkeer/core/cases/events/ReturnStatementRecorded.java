package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/**
 * The person signed, or refused, the handwritten statement that he wants to return voluntarily (Vc B8/4.1 under 4).
 * The latest statement counts.
 */
public record ReturnStatementRecorded(CaseId caseId, boolean signed, LocalDate recordedOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return recordedOn;
    }
}
