package nl.terugkeer.core.cases.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.shared.Rejection;

/** Rules every command on an existing case obeys: the case is open, and dates and texts make sense. */
public final class CaseRules {

    private CaseRules() {}

    // Issue 3 "rules that hold across both": a closed case takes no commands, a documented reopen excepted.
    public static Optional<Rejection> caseIsOpen(CaseState state) {
        return state.isClosed()
                ? Optional.of(Rejection.of(CaseRejection.CASE_CLOSED, "the case was closed; reopen it first"))
                : Optional.empty();
    }

    // DTV-schema (docs/domain/brief.md §1.1): casemanagement starts when the dossier is handed over; its work follows
    // the signal.
    public static Optional<Rejection> notBeforeSignal(CaseState state, String field, LocalDate date) {
        return state.signalledOn()
                .filter(date::isBefore)
                .map(signalledOn -> Rejection.of(
                        CaseRejection.DATE_BEFORE_SIGNAL,
                        field + " " + date + " is before signalledOn " + signalledOn));
    }

    // Plain fact: a later step of the same matter does not precede the earlier one.
    public static Optional<Rejection> notBefore(String field, LocalDate date, String earlierField, LocalDate earlier) {
        return date.isBefore(earlier)
                ? Optional.of(Rejection.of(
                        CommonRejection.DATES_OUT_OF_ORDER,
                        field + " " + date + " is before " + earlierField + " " + earlier))
                : Optional.empty();
    }

    // Plain input check: a required text is not blank.
    public static Optional<Rejection> filledIn(String field, String value) {
        return value == null || value.isBlank()
                ? Optional.of(Rejection.of(CommonRejection.MISSING_REQUIRED_FIELD, field + " is required"))
                : Optional.empty();
    }
}
