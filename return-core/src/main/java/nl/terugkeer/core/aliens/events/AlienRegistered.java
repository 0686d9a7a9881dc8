package nl.terugkeer.core.aliens.events;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.VNumber;

/** A person is recorded in the return process (vreemdeling geregistreerd); the V-number is optional. */
public record AlienRegistered(
        AlienId alienId,
        VNumber vNumber,
        PersonName name,
        LocalDate dateOfBirth,
        String claimedNationality,
        boolean unaccompaniedMinor,
        List<FamilyMember> familyMembers,
        LocalDate registeredOn)
        implements AlienEvent {

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }
}
