package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.VNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a person in the return process (vreemdeling registreren). The V-number is optional. */
public record RegisterAlien(
        @TargetAggregateIdentifier AlienId alienId,
        VNumber vNumber,
        PersonName name,
        LocalDate dateOfBirth,
        String claimedNationality,
        boolean unaccompaniedMinor,
        List<FamilyMember> familyMembers,
        LocalDate registeredOn) {

    public RegisterAlien {
        familyMembers = familyMembers == null ? List.of() : List.copyOf(familyMembers);
    }
}
