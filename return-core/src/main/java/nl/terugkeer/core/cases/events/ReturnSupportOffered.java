package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.cases.SupportKind;
import nl.terugkeer.core.shared.CaseId;

/** Return support was offered (terugkeerondersteuning aangeboden). */
public record ReturnSupportOffered(CaseId caseId, SupportKind kind, LocalDate offeredOn) implements CaseEvent {

    @Override
    public LocalDate businessDate() {
        return offeredOn;
    }
}
