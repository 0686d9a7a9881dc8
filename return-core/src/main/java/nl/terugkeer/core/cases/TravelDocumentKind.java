package nl.terugkeer.core.cases;

/** Kind of (replacement) travel document obtained (reisdocument): a laissez-passer, a national passport or an EU laissez-passer. */
public enum TravelDocumentKind {
    LAISSEZ_PASSER,
    PASSPORT,
    EU_LAISSEZ_PASSER
}
