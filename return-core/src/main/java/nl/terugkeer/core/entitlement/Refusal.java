package nl.terugkeer.core.entitlement;

/** Which rule says no: a stable code for a person without entitlement on a date. */
public enum Refusal {
    /** Domain.md §1.8: the return track ends with a recorded departure. */
    DEPARTED,
    /** Domain.md §1.8: lawful residence (a valid permit) ends the return track. */
    LAWFUL_RESIDENCE,
    /** Rva art. 1(d): a person deprived of liberty is no asylum seeker in the sense of the Rva. */
    DETAINED,
    /** Rva art. 7(1)(h): an entry ban ends reception at once. */
    ENTRY_BAN,
    /** Rva art. 7(1)(j): two consecutive missed check-ins end it 2 weeks after the first. */
    REPORTING_MISSED_TWICE,
    /** Vw art. 62; Rva art. 7(1)(b): the departure term has ended. */
    DEPARTURE_TERM_ENDED,
    /** Rva art. 7(1)(d): 4 weeks after art. 64 ended. */
    ART_64_ENDED,
    /** Rva art. 4(3)(d): only invoking art. 64 gives no reception. */
    ART_64_ONLY_REQUESTED,
    /** Rva art. 7(2): a regular application gives none. */
    REGULAR_APPLICATION_GIVES_NONE,
    /** Configured reading of a repeated asylum application (Rva art. 10(1)(e); contested). */
    REPEATED_APPLICATION_GIVES_NONE,
    /** Vc B8/4: buitenschuld and an ambtsadvies give no entitlement by themselves. */
    BUITENSCHULD_GIVES_NONE,
    /** LTV-VBL: the VBL stay ended after 12 weeks (or its extension). */
    VBL_ENDED,
    /** Nothing recorded gives an entitlement. */
    NO_ENTITLING_FACT
}
