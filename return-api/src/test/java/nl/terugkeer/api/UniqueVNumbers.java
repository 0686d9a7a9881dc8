package nl.terugkeer.api;

import java.util.concurrent.ThreadLocalRandom;
import nl.terugkeer.core.aliens.commands.RegisterAlien;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.VNumber;
import nl.terugkeer.core.testdata.AlienSamples;

/** A V-number is registered once (issue 9): tests that register many persons give each its own. */
public final class UniqueVNumbers {

    private UniqueVNumbers() {}

    public static String next() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
    }

    /** {@link AlienSamples#registerAlien(AlienId)} with a fresh V-number. */
    public static RegisterAlien registerAlien(AlienId alienId) {
        RegisterAlien sample = AlienSamples.registerAlien(alienId);
        return new RegisterAlien(
                sample.alienId(),
                new VNumber(next()),
                sample.name(),
                sample.dateOfBirth(),
                sample.claimedNationality(),
                sample.unaccompaniedMinor(),
                sample.familyMembers(),
                sample.registeredOn());
    }
}
