package nl.terugkeer.core.cases;

/**
 * Conduct at an embassy presentation that excludes buitenschuld (Vc B8/4.1 under 4). The third exclusion, refusing
 * the handwritten statement, is its own fact ({@code ReturnStatementRecorded}).
 */
public enum BuitenschuldExclusion {
    /** Vc B8/4.1 under 4: did not appear at the presentation without a valid reason. */
    MISSED_PRESENTATION_WITHOUT_REASON,
    /** Vc B8/4.1 under 4: stated at the presentation not to want to return voluntarily. */
    STATED_NOT_WILLING_TO_RETURN
}
