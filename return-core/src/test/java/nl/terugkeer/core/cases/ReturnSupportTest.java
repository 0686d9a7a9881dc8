package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.CASE_ID;
import static nl.terugkeer.core.testdata.CaseSamples.grantReturnSupport;
import static nl.terugkeer.core.testdata.CaseSamples.offerReturnSupport;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.returnSupportGranted;
import static nl.terugkeer.core.testdata.CaseSamples.returnSupportOffered;

import java.time.LocalDate;
import nl.terugkeer.core.cases.commands.GrantReturnSupport;
import nl.terugkeer.core.cases.events.ReturnSupportGranted;
import nl.terugkeer.core.cases.events.ReturnSupportOffered;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;

class ReturnSupportTest extends CaseFixtureSupport {

    private static GrantReturnSupport grant(SupportKind kind, int adults, int minors, int amount, int cash) {
        return new GrantReturnSupport(
                CASE_ID,
                kind,
                adults,
                minors,
                amount,
                cash,
                grantReturnSupport().grantedOn());
    }

    @Test
    void givenSignalledCase_whenOfferReturnSupport_thenOffered() {
        fixture.given(returnSignalled()).when(offerReturnSupport()).expectEvents(returnSupportOffered());
    }

    @Test
    void givenReintegrationOffered_whenGrantedAtTheMaximumForAnAdultAndAMinor_thenGranted() {
        fixture.given(returnSignalled(), returnSupportOffered())
                .when(grantReturnSupport())
                .expectEvents(returnSupportGranted());
    }

    @Test
    void givenReintegrationOffered_whenGranted1800ForOneAdult_thenGranted() {
        fixture.given(returnSignalled(), returnSupportOffered())
                .when(grant(SupportKind.REINTEGRATION, 1, 0, 1_800, 300))
                .expectEvents(new ReturnSupportGranted(
                        CASE_ID, SupportKind.REINTEGRATION, 1, 0, 1_800, 300, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void givenReintegrationOffered_whenGranted1801ForOneAdult_thenRejectedAboveTheAdultMaximum() {
        rejected(
                fixture.given(returnSignalled(), returnSupportOffered())
                        .when(grant(SupportKind.REINTEGRATION, 1, 0, 1_801, 300)),
                CaseRejection.REINTEGRATION_ABOVE_MAXIMUM);
    }

    @Test
    void givenReintegrationOffered_whenGranted2800ForOneMinor_thenGranted() {
        fixture.given(returnSignalled(), returnSupportOffered())
                .when(grant(SupportKind.REINTEGRATION, 0, 1, 2_800, 300))
                .expectEvents(new ReturnSupportGranted(
                        CASE_ID, SupportKind.REINTEGRATION, 0, 1, 2_800, 300, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void givenReintegrationOffered_whenGranted2801ForOneMinor_thenRejectedAboveTheMinorMaximum() {
        rejected(
                fixture.given(returnSignalled(), returnSupportOffered())
                        .when(grant(SupportKind.REINTEGRATION, 0, 1, 2_801, 300)),
                CaseRejection.REINTEGRATION_ABOVE_MAXIMUM);
    }

    @Test
    void givenNothingOffered_whenGrant_thenRejected() {
        rejected(fixture.given(returnSignalled()).when(grantReturnSupport()), CaseRejection.SUPPORT_NOT_OFFERED);
    }

    @Test
    void givenApplicationPending_whenGrant_thenRejected() {
        person = new PersonFacts(true, true, true, false);
        rejected(
                fixture.given(returnSignalled(), returnSupportOffered()).when(grantReturnSupport()),
                CaseRejection.SUPPORT_WHILE_APPLICATION_PENDING);
    }

    @Test
    void givenReintegrationOffered_whenAmountAboveMaximum_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), returnSupportOffered())
                        .when(grant(SupportKind.REINTEGRATION, 1, 1, 4_601, 300)),
                CaseRejection.REINTEGRATION_ABOVE_MAXIMUM);
    }

    @Test
    void givenReintegrationOffered_whenCashAbove300PerPerson_thenRejected() {
        rejected(
                fixture.given(returnSignalled(), returnSupportOffered())
                        .when(grant(SupportKind.REINTEGRATION, 1, 1, 4_600, 601)),
                CaseRejection.CASH_ABOVE_MAXIMUM);
    }

    @Test
    void givenBasicOffered_whenContributionWithin200PerPerson_thenGranted() {
        ReturnSupportOffered offered = new ReturnSupportOffered(
                CASE_ID, SupportKind.BASIC, returnSupportOffered().offeredOn());
        GrantReturnSupport c = grant(SupportKind.BASIC, 2, 0, 400, 300);
        fixture.given(returnSignalled(), offered)
                .when(c)
                .expectEvents(new ReturnSupportGranted(CASE_ID, SupportKind.BASIC, 2, 0, 400, 300, c.grantedOn()));
    }

    @Test
    void givenBasicOffered_whenContributionAbove200PerPerson_thenRejected() {
        ReturnSupportOffered offered = new ReturnSupportOffered(
                CASE_ID, SupportKind.BASIC, returnSupportOffered().offeredOn());
        rejected(
                fixture.given(returnSignalled(), offered).when(grant(SupportKind.BASIC, 1, 0, 201, 200)),
                CaseRejection.BASIC_SUPPORT_ABOVE_MAXIMUM);
    }

    @Test
    void givenReintegrationOffered_whenNobodyInTheHousehold_thenRejectedAsInvalid() {
        rejected(
                fixture.given(returnSignalled(), returnSupportOffered())
                        .when(grant(SupportKind.REINTEGRATION, 0, 0, 0, 0)),
                CommonRejection.INVALID_VALUE);
    }
}
