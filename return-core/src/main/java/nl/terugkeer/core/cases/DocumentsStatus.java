package nl.terugkeer.core.cases;

/** Where the documents track stands (documententraject), docs/domain/brief.md §1.9. */
public enum DocumentsStatus {
    NONE,
    DOCUMENTS_REQUESTED,
    LAISSEZ_PASSER_REQUESTED,
    PRESENTATION_SCHEDULED,
    RECOGNISED,
    NON_STATEMENT,
    INSUFFICIENT_INFORMATION,
    NO_RESPONSE_AFTER_12_MONTHS,
    TRAVEL_DOCUMENT_AVAILABLE
}
