package nl.terugkeer.core.cases;

/** A domain that an escalated complex case crosses into (domein: zorg, veiligheid, ...), Kamerbrief 2025. */
public enum ReviewDomain {
    CARE,
    SAFETY,
    MEDICAL,
    PUBLIC_ORDER
}
