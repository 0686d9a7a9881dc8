package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.ArrivalDeadline;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the person, transferred or referred on {@code sentOn}, did not arrive in time (COA records it). */
public record RecordNonArrival(
        @TargetAggregateIdentifier AlienId alienId, ArrivalDeadline deadline, LocalDate sentOn) {}
