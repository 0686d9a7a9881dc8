package nl.terugkeer.core.aliens;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import nl.terugkeer.core.aliens.commands.RegisterAlien;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.aliens.rules.RegistrationRules;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CommonRules;
import nl.terugkeer.core.shared.Rejection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A person's legal position: identity, applications, decisions, permits, deferrals. */
public class Alien {

    @AggregateIdentifier
    private AlienId alienId;

    protected Alien() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Alien(RegisterAlien command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Rejection.enforce(
                CommonRules.present("alienId", command.alienId()),
                CommonRules.present("name", command.name()),
                CommonRules.present("dateOfBirth", command.dateOfBirth()),
                CommonRules.present("claimedNationality", command.claimedNationality()),
                CommonRules.present("registeredOn", command.registeredOn()));
        Rejection.enforce(
                CommonRules.happenedNotLaterThanToday("registeredOn", command.registeredOn(), today),
                RegistrationRules.bornOnOrBeforeRegistration(command.dateOfBirth(), command.registeredOn()),
                RegistrationRules.nationalityIsAnIcaoCode(command.claimedNationality()));
        apply(new AlienRegistered(
                command.alienId(),
                command.vNumber(),
                command.name(),
                command.dateOfBirth(),
                command.claimedNationality(),
                command.unaccompaniedMinor(),
                command.familyMembers(),
                command.registeredOn()));
    }

    @EventSourcingHandler
    void on(AlienRegistered event) {
        alienId = event.alienId();
    }
}
