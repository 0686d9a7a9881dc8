package nl.terugkeer.core.aliens;

/** Where the person was sent and had to arrive in time, or lose reception. */
public enum ArrivalDeadline {
    /** Rva 2005 art. 7(1)(i): not arriving at the new location within 48 hours of a transfer (overplaatsing). */
    TRANSFER_48_HOURS,
    /** Rva 2005 art. 4(3)(a): not reporting at the location referred to within 24 hours of a referral. */
    REFERRAL_24_HOURS
}
