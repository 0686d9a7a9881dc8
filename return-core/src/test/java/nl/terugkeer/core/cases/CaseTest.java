package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.signalReturnBy;
import static nl.terugkeer.core.testdata.CaseSamples.signalReturnByMunicipality;
import static org.hamcrest.Matchers.startsWith;

import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.testdata.CaseSamples;
import nl.terugkeer.core.testdata.TestClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(TestClock.CLOCK);
    }

    @Test
    void givenNothing_whenMunicipalitySignalsWithItsCode_thenReturnSignalled() {
        fixture.givenNoPriorActivity().when(signalReturnByMunicipality()).expectEvents(returnSignalled());
    }

    @ParameterizedTest
    @EnumSource(value = SignalSource.class, names = "MUNICIPALITY", mode = EnumSource.Mode.EXCLUDE)
    void givenNothing_whenAnAgencySignalsWithoutCode_thenReturnSignalled(SignalSource source) {
        SignalReturn c = signalReturnBy(source);
        fixture.givenNoPriorActivity()
                .when(c)
                .expectEvents(new ReturnSignalled(c.caseId(), c.alienId(), source, null, c.reason(), c.signalledOn()));
    }

    @Test
    void givenNothing_whenMunicipalitySignalsWithoutCode_thenRejected() {
        SignalReturn c = signalReturnByMunicipality();
        fixture.givenNoPriorActivity()
                .when(new SignalReturn(c.caseId(), c.alienId(), c.source(), null, c.reason(), c.signalledOn()))
                .expectNoEvents()
                .expectExceptionMessage(startsWith(CaseRejection.MUNICIPALITY_SIGNAL_NEEDS_CODE.name()));
    }

    @Test
    void givenNothing_whenDtenvSignalsWithAMunicipalityCode_thenRejected() {
        SignalReturn c = signalReturnBy(SignalSource.DTENV);
        fixture.givenNoPriorActivity()
                .when(new SignalReturn(
                        c.caseId(), c.alienId(), c.source(), CaseSamples.AMSTERDAM, c.reason(), c.signalledOn()))
                .expectNoEvents()
                .expectExceptionMessage(startsWith(CaseRejection.ONLY_MUNICIPALITY_SIGNAL_HAS_CODE.name()));
    }

    @Test
    void givenNothing_whenSignalledTomorrow_thenRejectedAsFuture() {
        SignalReturn c = signalReturnByMunicipality();
        fixture.givenNoPriorActivity()
                .when(new SignalReturn(
                        c.caseId(), c.alienId(), c.source(), c.municipality(), c.reason(), TestClock.TODAY.plusDays(1)))
                .expectNoEvents()
                .expectExceptionMessage(startsWith(CommonRejection.DATE_IN_FUTURE.name()));
    }

    @Test
    void givenNothing_whenAlienMissing_thenRejectedAsMissingField() {
        SignalReturn c = signalReturnByMunicipality();
        fixture.givenNoPriorActivity()
                .when(new SignalReturn(c.caseId(), null, c.source(), c.municipality(), c.reason(), c.signalledOn()))
                .expectNoEvents()
                .expectExceptionMessage(startsWith(CommonRejection.MISSING_REQUIRED_FIELD.name() + ": alienId"));
    }
}
