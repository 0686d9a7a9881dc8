package nl.terugkeer.core.aliens;

/** Why a return decision (terugkeerbesluit) outside the asylum procedure was issued (docs/domain/brief.md §1.1). */
public enum ReturnDecisionOccasion {
    /** Apprehended in inland or mobile supervision (binnenlands/mobiel vreemdelingentoezicht), e.g. after an arrest. */
    APPREHENDED_IN_SUPERVISION,
    /** The residence permit was withdrawn (intrekking verblijfsvergunning). */
    PERMIT_WITHDRAWN,
    /** A regular (non-asylum) application was rejected. */
    REGULAR_APPLICATION_REJECTED,
    OTHER
}
