package nl.terugkeer.core.aliens;

/**
 * How a family member joined the family after the registration (gezinsuitbreiding): a child born, or a child or
 * partner who joined the family in the Netherlands (arrived, adopted, placed, married).
 */
public enum FamilyJoinKind {
    BORN,
    JOINED
}
