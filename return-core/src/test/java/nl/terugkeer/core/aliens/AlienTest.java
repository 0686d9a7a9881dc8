package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.registerAlien;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.commands.RegisterAlien;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.shared.RuleViolation;
import nl.terugkeer.core.testdata.TestClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlienTest {

    private FixtureConfiguration<Alien> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alien.class);
        fixture.registerInjectableResource(TestClock.CLOCK);
    }

    @Test
    void givenNothing_whenRegisterAlien_thenAlienRegistered() {
        fixture.givenNoPriorActivity().when(registerAlien()).expectEvents(alienRegistered());
    }

    @Test
    void givenNothing_whenRegisteredTomorrow_thenRejectedAsFuture() {
        RegisterAlien c = registerAlien();
        fixture.givenNoPriorActivity()
                .when(withRegisteredOn(c, TestClock.TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(CommonRejection.DATE_IN_FUTURE.name()));
    }

    @Test
    void givenNothing_whenBornAfterRegistration_thenRejected() {
        RegisterAlien c = registerAlien();
        fixture.givenNoPriorActivity()
                .when(new RegisterAlien(
                        c.alienId(),
                        c.vNumber(),
                        c.name(),
                        c.registeredOn().plusDays(1),
                        c.claimedNationality(),
                        false,
                        c.familyMembers(),
                        c.registeredOn()))
                .expectNoEvents()
                .expectExceptionMessage(
                        org.hamcrest.Matchers.startsWith(AlienRejection.DATE_OF_BIRTH_AFTER_REGISTRATION.name()));
    }

    @Test
    void givenNothing_whenNationalityIsNotAnIcaoCode_thenRejected() {
        RegisterAlien c = registerAlien();
        fixture.givenNoPriorActivity()
                .when(new RegisterAlien(
                        c.alienId(),
                        c.vNumber(),
                        c.name(),
                        c.dateOfBirth(),
                        "Syria",
                        false,
                        c.familyMembers(),
                        c.registeredOn()))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith(AlienRejection.INVALID_NATIONALITY.name()));
    }

    @Test
    void givenNothing_whenNameMissing_thenRejectedAsMissingField() {
        RegisterAlien c = registerAlien();
        fixture.givenNoPriorActivity()
                .when(new RegisterAlien(
                        c.alienId(),
                        c.vNumber(),
                        null,
                        c.dateOfBirth(),
                        c.claimedNationality(),
                        false,
                        c.familyMembers(),
                        c.registeredOn()))
                .expectNoEvents()
                .expectExceptionMessage(
                        org.hamcrest.Matchers.startsWith(CommonRejection.MISSING_REQUIRED_FIELD.name() + ": name"));
    }

    private static RegisterAlien withRegisteredOn(RegisterAlien c, LocalDate registeredOn) {
        return new RegisterAlien(
                c.alienId(),
                c.vNumber(),
                c.name(),
                c.dateOfBirth(),
                c.claimedNationality(),
                c.unaccompaniedMinor(),
                c.familyMembers(),
                registeredOn);
    }
}
