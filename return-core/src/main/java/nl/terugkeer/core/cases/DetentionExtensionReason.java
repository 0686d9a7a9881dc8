package nl.terugkeer.core.cases;

/** Why art. 59 detention is extended beyond 6 months (verlengingsgrond, Vw art. 59(6)): no cooperation, or documents from a third country missing. */
public enum DetentionExtensionReason {
    NON_COOPERATION,
    MISSING_DOCUMENTS
}
