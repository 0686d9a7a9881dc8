package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.FamilyJoinKind;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.shared.AlienId;

/**
 * A family member joined the family after the registration (gezinslid toegevoegd): born, or joined in the Netherlands,
 * part of the family from {@code joinedOn}. The entry's sequence number names the member from then on.
 */
public record FamilyMemberJoined(
        AlienId alienId,
        FamilyMember.Relationship relationship,
        LocalDate dateOfBirth,
        FamilyJoinKind kind,
        LocalDate joinedOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return joinedOn;
    }
}
