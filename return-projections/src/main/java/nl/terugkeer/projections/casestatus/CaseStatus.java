package nl.terugkeer.projections.casestatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a return case stands, as the case-status projection last saw it. Dates are business dates; anything that
 * depends on today (days open, deadlines due) is computed at query time from them.
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
        LocalDate detentionMaximumEndOn,
        LocalDate vblEndsOn,
        String departureType,
        LocalDate departedOn,
        Boolean departurePresumed,
        LocalDate closedOn,
        long version,
        Instant lastRecordedAt) {}
