package nl.terugkeer.core.aliens;

import java.time.LocalDate;

/** The departure term (vertrektermijn) of a rejection: 28 or 0 days from {@code startsOn} (Vw art. 62). */
public record DepartureTerm(int days, LocalDate startsOn) {

    /** The last day of the term: the start for a term of 0 days, otherwise {@code days} later. */
    public LocalDate endsOn() {
        return startsOn.plusDays(days);
    }
}
