package nl.terugkeer.core.cases;

/** How the person left (vertrekvorm): independently (zelfstandig), forced (gedwongen), or without supervision (zelfstandig vertrek zonder toezicht, MOB). */
public enum DepartureType {
    INDEPENDENT,
    FORCED,
    WITHOUT_SUPERVISION
}
