package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.FamilyLeaveReason;
import nl.terugkeer.core.shared.AlienId;

/**
 * A family member is no longer part of the family from {@code leftOn} (gezinslid vertrokken); the member is the one
 * recorded by the entry at {@code memberSequence}, at {@code memberPosition} (from 1) in its list.
 */
public record FamilyMemberLeft(
        AlienId alienId, long memberSequence, int memberPosition, FamilyLeaveReason reason, LocalDate leftOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return leftOn;
    }
}
