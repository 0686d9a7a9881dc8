package nl.terugkeer.core.cases;

/** An active supervision measure or placement (toezichtmaatregel): reporting obligation (meldplicht), VBL, family location (gezinslocatie), detention (bewaring), area restriction (vrijheidsbeperkende maatregel, Vw art. 56). */
public enum Measure {
    REPORTING_OBLIGATION,
    VBL,
    FAMILY_LOCATION,
    DETENTION,
    AREA_RESTRICTION
}
