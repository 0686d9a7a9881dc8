package nl.terugkeer.core.entitlement;

/**
 * How a repeated (opvolgende) asylum application counts. The 2015 Rva no longer says "first"; COA limits
 * reception after a repeated application (Rva art. 10(1)(e)); the minister's letter says it gives rijksopvang.
 */
public enum RepeatedAsylumApplicationRule {
    /** The letter's reading (default): reception from filing, like a first application. */
    FROM_FILING,
    /** No reception from a repeated application. */
    NONE
}
