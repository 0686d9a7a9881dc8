package nl.terugkeer.core.aliens;

/** An art. 64 deferral applied provisionally (voorlopig, at most 3 months) or granted (at most 1 year). */
public enum DeferralKind {
    PROVISIONAL,
    GRANTED
}
