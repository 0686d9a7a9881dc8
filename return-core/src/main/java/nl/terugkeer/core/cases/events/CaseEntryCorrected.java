package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** The entry at {@code correctedSequence} (of type {@code correctedEventType}) is to be treated as not recorded (correctie); history itself is never edited. */
public record CaseEntryCorrected(
        CaseId caseId, long correctedSequence, String correctedEventType, String reason, LocalDate correctedOn)
        implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return correctedOn;
    }
}
