package nl.terugkeer.core.cases;

/** A party at a case review (casusoverleg): DTenV, IND, COA, municipality, police, KMar, IOM, a care provider. */
public enum ReviewParticipant {
    DTENV,
    IND,
    COA,
    MUNICIPALITY,
    POLICE,
    KMAR,
    IOM,
    CARE_PROVIDER
}
