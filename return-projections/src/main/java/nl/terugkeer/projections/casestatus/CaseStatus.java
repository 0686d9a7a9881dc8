package nl.terugkeer.projections.casestatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.Departure;
import nl.terugkeer.core.cases.Detention;
import nl.terugkeer.core.cases.Placement;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CaseManagerAssigned;
import nl.terugkeer.core.cases.events.ReturnSignalled;

/**
 * Where a return case stands, as the case-status projection last saw it. Dates are business dates; anything that
 * depends on today (days open, deadlines due, a detention past its maximum) is computed at query time from them.
 *
 * @param detentionGround null when not detained, and for a detention recorded before grounds were recorded
 * @param detentionMaximumEndOn the last day the current detention may last, as ordered or extended
 */
public record CaseStatus(
        UUID caseId,
        UUID alienId,
        String phase,
        String signalSource,
        String municipalityCode,
        String reason,
        LocalDate signalledOn,
        String caseManager,
        List<String> activeMeasures,
        List<String> openObstacles,
        String detentionBasis,
        String detentionGround,
        LocalDate detentionOrderedOn,
        LocalDate detentionMaximumEndOn,
        LocalDate vblEndsOn,
        String departureType,
        LocalDate departedOn,
        Boolean departurePresumed,
        LocalDate closedOn,
        long version,
        Instant lastRecordedAt) {

    /**
     * The status of a case in {@code state}: the one mapping from core's fold to this read model, used by the
     * projection and by the as-of views alike.
     */
    public static CaseStatus of(CaseState state, long version, Instant lastRecordedAt) {
        ReturnSignalled signal = state.signal().orElseThrow();
        Optional<Detention> detention = state.detention();
        Optional<Departure> departure = state.departure();
        return new CaseStatus(
                signal.caseId().value(),
                signal.alienId().value(),
                state.phase().name(),
                signal.source().name(),
                signal.municipality() == null ? null : signal.municipality().value(),
                signal.reason(),
                signal.signalledOn(),
                state.caseManager().map(CaseManagerAssigned::caseManager).orElse(null),
                state.activeMeasures().stream().map(Enum::name).sorted().toList(),
                state.openObstacles().stream()
                        .map(o -> o.type().name())
                        .sorted()
                        .toList(),
                detention.map(d -> d.basis().name()).orElse(null),
                detention.map(Detention::ground).map(Enum::name).orElse(null),
                detention.map(Detention::orderedOn).orElse(null),
                detention.map(Detention::maximumEndOn).orElse(null),
                state.vblPlacement().map(Placement::endsOn).orElse(null),
                departure.map(d -> d.type().name()).orElse(null),
                departure.map(Departure::departedOn).orElse(null),
                departure.map(Departure::presumed).orElse(null),
                state.closure().map(CaseClosed::closedOn).orElse(null),
                version,
                lastRecordedAt);
    }

    /**
     * Still detained on {@code date} while the detention's maximum end lies before it: the law no longer allows it, so
     * the lift must be recorded (never extended silently). {@code date} is the service's today, or the date asked for.
     */
    public boolean detentionPastMaximumOn(LocalDate date) {
        return detentionMaximumEndOn != null && date.isAfter(detentionMaximumEndOn);
    }
}
