package nl.terugkeer.core.cases;

/**
 * Why a detention is extended beyond its first term (verlengingsgrond); each ground allows its own reasons
 * ({@link DetentionGround#extensionReasons()}).
 */
public enum DetentionExtensionReason {
    /** Vw art. 59(6): the person does not cooperate with the departure. */
    NON_COOPERATION,
    /** Vw art. 59(6): the documents needed from third countries are missing. */
    MISSING_DOCUMENTS,
    /** Vw art. 59b(3): the person awaits the outcome of an appeal. */
    AWAITING_APPEAL,
    /** Vw art. 59b(5): special circumstances in a public-order or national-security case. */
    SPECIAL_CIRCUMSTANCES
}
