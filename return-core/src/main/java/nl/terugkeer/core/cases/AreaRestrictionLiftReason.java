package nl.terugkeer.core.cases;

/** Why an area restriction was lifted before its last day. */
public enum AreaRestrictionLiftReason {
    /** Vw art. 56: the person declared he wants to leave and is able to. */
    WILLING_AND_ABLE_TO_LEAVE,
    /** Public order or national security no longer requires it (Vw art. 56). */
    NO_LONGER_REQUIRED,
    OTHER
}
