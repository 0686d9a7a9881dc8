package nl.terugkeer.core.cases.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.shared.Rejection;

/** Rules for the reporting obligation (meldplicht) and its check-ins. */
public final class ReportingRules {

    private ReportingRules() {}

    // Vw art. 54(1)(f), Vb art. 4.51: one reporting obligation at a time.
    public static Optional<Rejection> noReportingObligationYet(CaseState state) {
        return state.reportingObligation().isPresent()
                ? Optional.of(Rejection.of(
                        CaseRejection.REPORTING_OBLIGATION_ALREADY_ACTIVE, "a reporting obligation is in force"))
                : Optional.empty();
    }

    // Vw art. 54(1)(f), Vb art. 4.51: check-ins exist only under an imposed reporting obligation.
    public static Optional<Rejection> reportingObligationActive(CaseState state) {
        return state.reportingObligation().isEmpty()
                ? Optional.of(Rejection.of(CaseRejection.NO_REPORTING_OBLIGATION, "no reporting obligation in force"))
                : Optional.empty();
    }

    // Vb art. 4.51(3): the reporting obligation does not apply while the person is detained.
    public static Optional<Rejection> notDetained(CaseState state) {
        return state.isDetained()
                ? Optional.of(Rejection.of(CaseRejection.REPORTING_WHILE_DETAINED, "the person is detained"))
                : Optional.empty();
    }

    // Rva art. 7(1)(j) counts misses "in a row": check-ins are recorded in date order, after the obligation began.
    public static Optional<Rejection> checkInInOrder(CaseState state, LocalDate date) {
        LocalDate imposedOn = state.reportingObligation().orElseThrow().imposedOn();
        Optional<LocalDate> last = state.lastCheckInDate();
        if (date.isBefore(imposedOn) || last.filter(l -> !date.isAfter(l)).isPresent()) {
            return Optional.of(Rejection.of(
                    CaseRejection.CHECK_IN_OUT_OF_ORDER,
                    "a check-in lies on or after " + imposedOn + " and after the last one"
                            + last.map(l -> " (" + l + ")").orElse("")));
        }
        return Optional.empty();
    }
}
