package nl.terugkeer.core.aliens;

/** The kind of residence permit (verblijfsvergunning). {@code BUITENSCHULD} is valid for exactly 1 year (Vc B8/4). */
public enum PermitKind {
    ASYLUM,
    REGULAR,
    BUITENSCHULD,
    HUMAN_TRAFFICKING
}
