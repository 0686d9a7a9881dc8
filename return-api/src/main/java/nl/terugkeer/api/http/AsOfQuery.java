package nl.terugkeer.api.http;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.terugkeer.projections.asof.AsOf;

/**
 * The point of view a read asks for (ADR 0011), bound from the query string: {@code geldigOp}, the business date
 * whose facts count, and {@code beschikbaarOp}, the recording time up to which they were known. Neither: now, from
 * the projections. The one default for every controller: the date is {@code geldigOp}, else the date of
 * {@code beschikbaarOp}, else the service clock's today.
 */
public record AsOfQuery(LocalDate geldigOp, Instant beschikbaarOp) {

    public boolean isNow() {
        return geldigOp == null && beschikbaarOp == null;
    }

    public AsOf resolve(Clock clock) {
        return AsOf.of(geldigOp, beschikbaarOp, LocalDate.now(clock), clock.getZone());
    }
}
