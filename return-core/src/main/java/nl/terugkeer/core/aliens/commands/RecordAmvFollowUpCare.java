package nl.terugkeer.core.aliens.commands;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the guardian organisation took over an unaccompanied minor's care (vervolgopvang, Rva 2005 art. 6). */
public record RecordAmvFollowUpCare(
        @TargetAggregateIdentifier AlienId alienId, LocalDate startedOn) {}
