package nl.terugkeer.core.cases.rules;

import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.cases.SupportKind;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.shared.Rejection;

/** Rules for return support (basisvertrekondersteuning, herintegratieondersteuning). */
public final class SupportRules {

    public static final int REINTEGRATION_PER_ADULT_IN_EUROS = 1_800;
    public static final int REINTEGRATION_PER_MINOR_IN_EUROS = 2_800;
    public static final int CASH_PER_PERSON_IN_EUROS = 300;
    public static final int BASIC_CONTRIBUTION_PER_PERSON_IN_EUROS = 200;

    private SupportRules() {}

    // Plain input check: support is for at least one person, and amounts are not negative.
    public static Optional<Rejection> householdAndAmountsValid(int adults, int minors, int amount, int cash) {
        return adults < 0 || minors < 0 || adults + minors < 1 || amount < 0 || cash < 0
                ? Optional.of(Rejection.of(
                        CommonRejection.INVALID_VALUE,
                        "adults and minors are not negative and at least one person; amounts are not negative"))
                : Optional.empty();
    }

    // DTV-basis, DTV-herint (docs/domain/brief.md §1.5): support is granted on the offer (REAN/AVRR application through
    // IOM).
    public static Optional<Rejection> offeredBeforeGranted(CaseState state, SupportKind kind) {
        return state.supportOffers().stream().anyMatch(o -> o.kind() == kind)
                ? Optional.empty()
                : Optional.of(Rejection.of(CaseRejection.SUPPORT_NOT_OFFERED, kind + " support was not offered"));
    }

    // DTV-hulp (docs/domain/brief.md §1.5): DTenV helps with departure only when no asylum or residence application is
    // pending.
    public static Optional<Rejection> noApplicationPending(PersonFacts facts) {
        return facts.applicationPending()
                ? Optional.of(
                        Rejection.of(CaseRejection.SUPPORT_WHILE_APPLICATION_PENDING, "an application is pending"))
                : Optional.empty();
    }

    // DTV-herint, IOM-2017 (docs/domain/brief.md §1.5): reintegration support at most EUR 1,800 per adult and 2,800 per
    // minor.
    public static Optional<Rejection> reintegrationWithinMaximum(SupportKind kind, int adults, int minors, int amount) {
        int maximum = adults * REINTEGRATION_PER_ADULT_IN_EUROS + minors * REINTEGRATION_PER_MINOR_IN_EUROS;
        return kind == SupportKind.REINTEGRATION && amount > maximum
                ? Optional.of(Rejection.of(
                        CaseRejection.REINTEGRATION_ABOVE_MAXIMUM, "amountInEuros is above the maximum " + maximum))
                : Optional.empty();
    }

    // DTV-basis (docs/domain/brief.md §1.5): the basic contribution for first needs is EUR 40-200 per person by
    // nationality.
    public static Optional<Rejection> basicContributionWithinMaximum(
            SupportKind kind, int adults, int minors, int amount) {
        int maximum = (adults + minors) * BASIC_CONTRIBUTION_PER_PERSON_IN_EUROS;
        return kind == SupportKind.BASIC && amount > maximum
                ? Optional.of(Rejection.of(
                        CaseRejection.BASIC_SUPPORT_ABOVE_MAXIMUM, "amountInEuros is above the maximum " + maximum))
                : Optional.empty();
    }

    // DTV-herint, IOM-2017 (docs/domain/brief.md §1.5): of the support at most EUR 300 per person in cash, the rest in
    // kind.
    public static Optional<Rejection> cashWithinMaximum(int adults, int minors, int amount, int cash) {
        int maximum = Math.min(amount, (adults + minors) * CASH_PER_PERSON_IN_EUROS);
        return cash > maximum
                ? Optional.of(
                        Rejection.of(CaseRejection.CASH_ABOVE_MAXIMUM, "cashInEuros is above the maximum " + maximum))
                : Optional.empty();
    }
}
