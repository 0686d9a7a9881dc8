package nl.terugkeer.core.cases;

/** Outcome of an embassy presentation (terugkoppeling presentatie, docs/domain/brief.md §1.4 [DTV-LP-resultaat]). */
public enum PresentationOutcome {
    RECOGNISED,
    NON_STATEMENT,
    INSUFFICIENT_INFORMATION,
    NO_RESPONSE_AFTER_12_MONTHS
}
