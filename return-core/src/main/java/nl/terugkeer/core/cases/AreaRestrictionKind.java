package nl.terugkeer.core.cases;

/** What an area restriction (vrijheidsbeperkende maatregel, Vw art. 56; Vb art. 5.1) obliges. */
public enum AreaRestrictionKind {
    /** Stay within the area (gebiedsgebod), the usual form. */
    STAY_IN_AREA,
    /** Do not enter the area (gebiedsverbod). */
    KEEP_OUT_OF_AREA
}
