package nl.terugkeer.core.cases.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.shared.Rejection;

/** Rules for departure, closing and reopening a case. */
public final class LifecycleRules {

    private LifecycleRules() {}

    // DTV-schema (docs/domain/brief.md §1.1, §1.8): a person departs once; the case ends with that departure.
    public static Optional<Rejection> notDepartedYet(CaseState state) {
        return state.recordedDeparture().isPresent()
                ? Optional.of(Rejection.of(CaseRejection.ALREADY_DEPARTED, "a departure is already recorded"))
                : Optional.empty();
    }

    // Vw art. 63; DTV-proces (docs/domain/brief.md §1.7): forced departure needs a valid travel document.
    public static Optional<Rejection> forcedDepartureHasTravelDocument(
            CaseState state, DepartureType type, LocalDate departedOn) {
        boolean documented =
                state.travelDocuments().stream().anyMatch(d -> !d.validUntil().isBefore(departedOn));
        return type == DepartureType.FORCED && !documented
                ? Optional.of(Rejection.of(
                        CaseRejection.FORCED_DEPARTURE_NEEDS_TRAVEL_DOCUMENT,
                        "no travel document valid on " + departedOn + " is recorded"))
                : Optional.empty();
    }

    // DTV-schema (docs/domain/brief.md §1.1): casemanagement ends on demonstrable departure or departure to an unknown
    // destination.
    public static Optional<Rejection> closedForDepartureOnlyAfterDeparture(CaseState state, CloseReason reason) {
        return reason == CloseReason.DEPARTED && state.departure().isEmpty()
                ? Optional.of(Rejection.of(
                        CaseRejection.CLOSE_REASON_NEEDS_DEPARTURE, "reason DEPARTED needs a recorded departure"))
                : Optional.empty();
    }

    // Issue 3: only a closed case is reopened, with a documented reason.
    public static Optional<Rejection> caseIsClosed(CaseState state) {
        return state.isClosed()
                ? Optional.empty()
                : Optional.of(Rejection.of(CaseRejection.CASE_NOT_CLOSED, "the case is open"));
    }
}
