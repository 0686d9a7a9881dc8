package nl.terugkeer.core.cases;

import static org.hamcrest.Matchers.startsWith;

import nl.terugkeer.core.shared.RejectionCode;
import nl.terugkeer.core.shared.RuleViolation;
import nl.terugkeer.core.testdata.CaseSamples;
import nl.terugkeer.core.testdata.TestClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;

/** A Case fixture with the test clock and a fake {@link PersonFactsLookup} whose answer a test can change. */
abstract class CaseFixtureSupport {

    protected FixtureConfiguration<Case> fixture;
    protected PersonFacts person = CaseSamples.ESTABLISHED_ADULT;

    @BeforeEach
    void setUpFixture() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(TestClock.CLOCK);
        fixture.registerInjectableResource((PersonFactsLookup) (alienId, on) -> person);
    }

    /** Asserts that the command was refused with {@code code} and recorded nothing. */
    protected static void rejected(ResultValidator<Case> result, RejectionCode code) {
        result.expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage(startsWith(code.name() + ":"));
    }
}
