package nl.terugkeer.core.cases;

/** What blocks return (belemmering), docs/domain/brief.md §8. */
public enum ObstacleType {
    NON_COOPERATION_ALIEN,
    NON_COOPERATION_COUNTRY,
    NO_TRAVEL_DOCUMENT,
    IDENTITY_OR_NATIONALITY_UNCLEAR,
    NON_STATEMENT,
    MEDICAL,
    PREGNANCY,
    TUBERCULOSIS,
    PROCEDURE_PENDING,
    HUMAN_TRAFFICKING_SIGNAL,
    MINOR_CHILDREN_IN_FAMILY,
    UNACCOMPANIED_MINOR
}
