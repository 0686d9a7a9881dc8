package nl.terugkeer.core.cases;

/** Kind of return support (terugkeerondersteuning): basic (basisvertrekondersteuning, REAN) or reintegration (herintegratieondersteuning, AVRR). */
public enum SupportKind {
    BASIC,
    REINTEGRATION
}
