package nl.terugkeer.core.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.cases.rules.SignalRules;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.CommonRules;
import nl.terugkeer.core.shared.Rejection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** DTenV's return process for one person: from the signal to departure or another way out. */
public class Case {

    @AggregateIdentifier
    private CaseId caseId;

    protected Case() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Case(SignalReturn command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Rejection.enforce(
                CommonRules.present("caseId", command.caseId()),
                CommonRules.present("alienId", command.alienId()),
                CommonRules.present("source", command.source()),
                CommonRules.present("signalledOn", command.signalledOn()));
        Rejection.enforce(
                CommonRules.happenedNotLaterThanToday("signalledOn", command.signalledOn(), today),
                SignalRules.municipalityCodeIffMunicipalitySignals(command.source(), command.municipality()));
        apply(new ReturnSignalled(
                command.caseId(),
                command.alienId(),
                command.source(),
                command.municipality(),
                command.reason(),
                command.signalledOn()));
    }

    @EventSourcingHandler
    void on(ReturnSignalled event) {
        caseId = event.caseId();
    }
}
