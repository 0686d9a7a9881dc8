package nl.terugkeer.core.cases;

/** Where a return case stands (fase): signalled, in progress (a regievoerder works it), departed, or closed (docs/domain/brief.md §1.9). */
public enum CasePhase {
    SIGNALLED,
    IN_PROGRESS,
    DEPARTED,
    CLOSED
}
