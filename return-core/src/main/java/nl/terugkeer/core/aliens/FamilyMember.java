package nl.terugkeer.core.aliens;

import java.time.LocalDate;

/** A family member who travels with the person; the date of birth decides who is a minor and until when. */
public record FamilyMember(Relationship relationship, LocalDate dateOfBirth) {

    public enum Relationship {
        CHILD,
        PARTNER,
        PARENT,
        OTHER
    }
}
