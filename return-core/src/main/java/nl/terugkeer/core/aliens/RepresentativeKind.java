package nl.terugkeer.core.aliens;

/** Who acts for the person (gemachtigde, Awb art. 2:1). */
public enum RepresentativeKind {
    /** A lawyer (advocaat). */
    LAWYER,
    /** A legal aid or refugee organisation (e.g. a rechtswinkel or VluchtelingenWerk). */
    LEGAL_AID_ORGANISATION,
    OTHER
}
