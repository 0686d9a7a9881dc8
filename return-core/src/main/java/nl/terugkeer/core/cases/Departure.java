package nl.terugkeer.core.cases;

import java.time.LocalDate;

/**
 * The person's departure (vertrek): its type and date. {@code presumed} is true when it follows from two consecutive
 * missed check-ins (MOB-markering) rather than from a recorded departure.
 */
public record Departure(DepartureType type, LocalDate departedOn, boolean presumed) {}
