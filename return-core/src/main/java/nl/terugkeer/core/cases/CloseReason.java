package nl.terugkeer.core.cases;

/** Why a case is closed (reden afsluiting): departure, lawful residence granted, death, or administratively. */
public enum CloseReason {
    DEPARTED,
    LAWFUL_RESIDENCE_GRANTED,
    DECEASED,
    ADMINISTRATIVE
}
