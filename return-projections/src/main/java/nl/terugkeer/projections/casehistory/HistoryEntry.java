package nl.terugkeer.projections.casehistory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of a case's timeline: what happened (type and payload as stored), the business date it is about, when
 * and by whom it was recorded and why, and how it relates to corrections.
 *
 * @param correctsSequence for a correction: the sequence number (same aggregate) of the entry it corrects
 * @param correctedBySequence for a corrected entry: the sequence number of the correction
 */
public record HistoryEntry(
        String eventId,
        String aggregateType,
        UUID aggregateId,
        long sequence,
        String eventType,
        LocalDate businessDate,
        Instant recordedAt,
        String userId,
        String role,
        String organisation,
        String correlationId,
        String causationId,
        Long correctsSequence,
        Long correctedBySequence,
        String payload) {}
