package nl.terugkeer.core.entitlement;

/**
 * How the means test of Rva 2005 art. 2 counts. The law excludes a person with sufficient means from Rva reception
 * but does not say who establishes the means nor from when (ADR 23).
 */
public enum MeansTestRule {
    /** Default: a recorded finding of sufficient means excludes Rva reception for the time it covers. */
    RECORDED_FACT,
    /** Findings are recorded but do not change the answer (while the source of the finding is unsettled). */
    IGNORED
}
