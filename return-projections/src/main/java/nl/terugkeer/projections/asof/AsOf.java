package nl.terugkeer.projections.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A bitemporal point of view: the facts valid on {@code validOn} (geldigOp, a business date) as they were known
 * at {@code knownAt} (beschikbaarOp, a recording time). Now and today by default.
 */
public record AsOf(LocalDate validOn, Instant knownAt) {

    /**
     * When only the recording time is given: the facts valid on that moment's date, as known then. Without a
     * recording time, everything recorded so far: recording times are the event store's wall-clock time, while
     * {@code today} comes from the service clock (which a test or demo may pin to another date).
     */
    public static AsOf of(LocalDate validOn, Instant knownAt, LocalDate today, ZoneId zone) {
        Instant known = knownAt != null ? knownAt : Instant.now();
        LocalDate valid = validOn != null ? validOn : knownAt != null ? LocalDate.ofInstant(knownAt, zone) : today;
        return new AsOf(valid, known);
    }
}
