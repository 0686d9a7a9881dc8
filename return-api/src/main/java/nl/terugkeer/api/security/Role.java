package nl.terugkeer.api.security;

/** The roles of product.md's users. */
public enum Role {
    GEMEENTE,
    DTENV,
    IND,
    AUDITOR,
    ANALYST,
    ADMIN,
    /** The reception agency: a consumer of the entitlement feed only (ADR 24). */
    COA
}
