package nl.terugkeer.core.entitlement;

/** The kind of state reception (soort opvang) a person is entitled to, or none. */
public enum EntitlementKind {
    /** COA reception of an asylum seeker (Rva 2005 art. 1(d), 3). */
    ASYLUM_RECEPTION,
    /**
     * Reception continued while interim relief against an asylum rejection is pending, until 4 weeks after it is
     * refused (Rva art. 5), or while it is granted (Rva art. 3(3)(a)).
     */
    INTERIM_RELIEF,
    /** Reception continued during the departure term after a rejection (Vw art. 62; Rva art. 5, 7(1)(b)). */
    DEPARTURE_TERM,
    /** Reception during art. 64 deferral of departure and 4 weeks after (Rva art. 3(3)(f), 7(1)(d)). */
    ART_64,
    /** Reception of a category equated with an asylum seeker (Rva art. 3(3)(g), (l), (m)-(o)). */
    EQUATED_CATEGORY,
    /** Extra-legal shelter in the freedom-restricting location (art. 56 Vw; LTV-VBL). */
    VBL,
    /** Extra-legal shelter of a family with minor children in a family location (DTV-GL). */
    FAMILY_LOCATION,
    /** Reception of an unaccompanied minor until 18 (Rva art. 6). */
    UNACCOMPANIED_MINOR,
    /** Allowance for a trafficking victim in the reflection period, not COA shelter (Rvb art. 2-3; Vc B8/3). */
    RVB_ALLOWANCE,
    NONE
}
