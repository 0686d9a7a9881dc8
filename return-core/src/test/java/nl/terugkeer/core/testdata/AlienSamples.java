package nl.terugkeer.core.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.aliens.commands.RegisterAlien;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.VNumber;

/**
 * Test data for the Alien aggregate: commands with sensible defaults, and one canonical instance of every event
 * type (fixed ids and dates) whose stored form the golden files pin.
 */
public final class AlienSamples {

    public static final AlienId ALIEN_ID = new AlienId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    public static final LocalDate REGISTERED_ON = LocalDate.of(2026, 3, 2);

    private AlienSamples() {}

    public static RegisterAlien registerAlien() {
        return registerAlien(ALIEN_ID);
    }

    public static RegisterAlien registerAlien(AlienId alienId) {
        return new RegisterAlien(
                alienId,
                new VNumber("1234567890"),
                new PersonName("Amal", "Haddad"),
                LocalDate.of(1991, 6, 15),
                "SYR",
                false,
                List.of(new FamilyMember(FamilyMember.Relationship.CHILD, LocalDate.of(2019, 1, 10))),
                REGISTERED_ON);
    }

    public static AlienRegistered alienRegistered() {
        return alienRegistered(ALIEN_ID);
    }

    public static AlienRegistered alienRegistered(AlienId alienId) {
        RegisterAlien c = registerAlien(alienId);
        return new AlienRegistered(
                c.alienId(),
                c.vNumber(),
                c.name(),
                c.dateOfBirth(),
                c.claimedNationality(),
                c.unaccompaniedMinor(),
                c.familyMembers(),
                c.registeredOn());
    }

    /** One canonical instance per permitted subtype of {@link AlienEvent}. */
    public static List<AlienEvent> everyEventType() {
        return List.of(alienRegistered());
    }
}
