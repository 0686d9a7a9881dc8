package nl.terugkeer.core.cases.events;

import java.time.LocalDate;
import nl.terugkeer.core.shared.CaseId;

/** Everything that can happen in a return case. The package and class names are a stored contract. */
public sealed interface CaseEvent permits ReturnSignalled {

    CaseId caseId();

    /** The date the fact is about (not when it was recorded: that is the event's timestamp). */
    LocalDate businessDate();
}
