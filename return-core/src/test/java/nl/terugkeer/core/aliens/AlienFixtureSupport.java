package nl.terugkeer.core.aliens;

import static org.hamcrest.Matchers.startsWith;

import nl.terugkeer.core.shared.RejectionCode;
import nl.terugkeer.core.shared.RuleViolation;
import nl.terugkeer.core.testdata.TestClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;

/** An Alien fixture with the test clock. */
abstract class AlienFixtureSupport {

    protected FixtureConfiguration<Alien> fixture;

    @BeforeEach
    void setUpFixture() {
        fixture = new AggregateTestFixture<>(Alien.class);
        fixture.registerInjectableResource(TestClock.CLOCK);
    }

    /** Asserts that the command was refused with {@code code} and recorded nothing. */
    protected static void rejected(ResultValidator<Alien> result, RejectionCode code) {
        result.expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage(startsWith(code.name() + ":"));
    }
}
