package nl.terugkeer.core.entitlement;

/** Which rule says no: a stable code for a person without entitlement on a date. */
public enum Refusal {
    /** Vw art. 61; Rva 2005 art. 7(1): a recorded departure ends the return track and the reception under it. */
    DEPARTED,
    /** Vw art. 8: lawful residence (a valid permit) ends the return track. */
    LAWFUL_RESIDENCE,
    /** Rva 2005 art. 1(d); Rvb art. 5(b): a person deprived of liberty gets no reception while detained. */
    DETAINED,
    /** Rva 2005 art. 7(1)(h): an entry ban ends reception at once. */
    ENTRY_BAN,
    /** Rva 2005 art. 7(1)(k): established fraud ends reception under the Rva 2005 at once. */
    FRAUD,
    /** Rva 2005 art. 7(1)(i), 4(3)(a): not arriving within 48 hours of a transfer or 24 hours of a referral. */
    NOT_ARRIVED,
    /** Rva 2005 art. 6: the guardian organisation's follow-up care ended the unaccompanied minor's reception. */
    AMV_FOLLOW_UP_CARE,
    /** Rva 2005 art. 5: the interim relief was refused; reception ran until 4 weeks after. */
    INTERIM_RELIEF_REFUSED,
    /** Rva 2005 art. 7(1)(j): two consecutive missed check-ins end reception 2 weeks after the first. */
    REPORTING_MISSED_TWICE,
    /** Vw art. 62; Rva 2005 art. 7(1)(b): the departure term has ended. */
    DEPARTURE_TERM_ENDED,
    /** Rva 2005 art. 7(1)(d): 4 weeks after art. 64 ended. */
    ART_64_ENDED,
    /** Rva 2005 art. 3(3): the equated category (ECtHR interim measure, same situation as art. 64) ended. */
    EQUATED_CATEGORY_ENDED,
    /** Rva 2005 art. 4(3)(d): only invoking art. 64 gives no reception. */
    ART_64_ONLY_REQUESTED,
    /** Vc A3/7: a provisional art. 64 gives reception only to a rejected asylum seeker. */
    PROVISIONAL_ART_64_GIVES_NONE,
    /** Rva 2005 art. 7(2): a regular application gives none and does not stop an ending. */
    REGULAR_APPLICATION_GIVES_NONE,
    /** Configured reading of a repeated asylum application (Rva 2005 art. 10(1)(e); contested). */
    REPEATED_APPLICATION_GIVES_NONE,
    /** Vc B8/4: buitenschuld and an ambtsadvies give no entitlement by themselves. */
    BUITENSCHULD_GIVES_NONE,
    /** Rva 2005 art. 2: a recorded finding of sufficient means of one's own excludes Rva reception while it holds. */
    SUFFICIENT_MEANS,
    /** Policy on the VBL: the stay ended after 12 weeks (or its extension). */
    VBL_ENDED,
    /** Rva 2005 art. 6: the unaccompanied minor's reception ended the day after turning 18. */
    TURNED_18,
    /** Vw art. 56; policy on the family location: the youngest child turned 18. */
    YOUNGEST_CHILD_TURNED_18,
    /** Rvb art. 2-3; Vc B8/3: the reflection period or the trafficking permit ended. */
    RVB_ENDED,
    /** Nothing recorded gives an entitlement now (or what did has run its course). */
    NO_ENTITLING_FACT
}
