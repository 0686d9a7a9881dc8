package nl.terugkeer.core.cases;

/** An active supervision measure or placement (toezichtmaatregel): reporting obligation (meldplicht), VBL, family location (gezinslocatie), detention (bewaring). */
public enum Measure {
    REPORTING_OBLIGATION,
    VBL,
    FAMILY_LOCATION,
    DETENTION
}
