package nl.terugkeer.projections.casestatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Where a return case stands, as the case-status projection last saw it. */
public record CaseStatus(
        UUID caseId,
        UUID alienId,
        String status,
        String signalSource,
        String municipalityCode,
        String reason,
        LocalDate signalledOn,
        long version,
        Instant lastRecordedAt) {}
