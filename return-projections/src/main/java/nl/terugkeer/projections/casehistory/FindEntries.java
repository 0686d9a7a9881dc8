package nl.terugkeer.projections.casehistory;

import java.util.UUID;
import nl.terugkeer.projections.Slice;

/**
 * Query: the entries of one event type in one aggregate's own history (a command sub-resource's list), oldest
 * first; the part of them that {@code slice} names.
 */
public record FindEntries(UUID aggregateId, String eventType, Slice slice) {}
