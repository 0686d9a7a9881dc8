package nl.terugkeer.core.cases;

/** Where the person is placed: the freedom-restricting location (vrijheidsbeperkende locatie, VBL) or a family location (gezinslocatie). */
public enum PlacementKind {
    VBL,
    FAMILY_LOCATION
}
