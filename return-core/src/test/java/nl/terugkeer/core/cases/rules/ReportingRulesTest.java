package nl.terugkeer.core.cases.rules;

import static nl.terugkeer.core.cases.rules.RuleTestSupport.stateOf;
import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.events.CheckInRecorded;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import nl.terugkeer.core.shared.Rejection;
import org.junit.jupiter.api.Test;

/** Check-ins lie on or after the day the obligation was imposed, each after the last (Rva art. 7(1)(j)). */
class ReportingRulesTest {

    private static final ReportingObligationImposed IMPOSED_ON_6_APRIL =
            new ReportingObligationImposed(CASE_ID, ReportingFrequency.WEEKLY, LocalDate.of(2026, 4, 6));

    @Test
    void givenAnObligationImposedOn6April_whenTheFirstCheckInIsOn6April_thenInOrder() {
        assertThat(ReportingRules.checkInInOrder(
                        stateOf(returnSignalled(), IMPOSED_ON_6_APRIL), LocalDate.of(2026, 4, 6)))
                .isEmpty();
    }

    @Test
    void givenAnObligationImposedOn6April_whenACheckInIsOn5April_thenOutOfOrder() {
        assertThat(ReportingRules.checkInInOrder(
                        stateOf(returnSignalled(), IMPOSED_ON_6_APRIL), LocalDate.of(2026, 4, 5)))
                .contains(Rejection.of(
                        CaseRejection.CHECK_IN_OUT_OF_ORDER,
                        "a check-in lies on or after 2026-04-06 and after the last one"));
    }

    @Test
    void givenACheckInOn13April_whenTheNextIsOn13April_thenOutOfOrderAndOn14AprilInOrder() {
        CaseState state =
                stateOf(returnSignalled(), IMPOSED_ON_6_APRIL, new CheckInRecorded(CASE_ID, LocalDate.of(2026, 4, 13)));
        assertThat(ReportingRules.checkInInOrder(state, LocalDate.of(2026, 4, 13)))
                .contains(Rejection.of(
                        CaseRejection.CHECK_IN_OUT_OF_ORDER,
                        "a check-in lies on or after 2026-04-06 and after the last one (2026-04-13)"));
        assertThat(ReportingRules.checkInInOrder(state, LocalDate.of(2026, 4, 14)))
                .isEmpty();
    }
}
