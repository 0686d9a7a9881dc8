package nl.terugkeer.api.commandside;

import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.commands.ReopenCase;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.Rejection;
import nl.terugkeer.core.shared.RuleViolation;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Checks the rules that no single aggregate can: a case is signalled only for a registered person, and a
 * person has at most one open case (issue 3). Runs inside the command's unit of work, before the aggregate.
 */
public class CrossAggregateRules implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandSideRegisters registers;

    public CrossAggregateRules(CommandSideRegisters registers) {
        this.registers = registers;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        if (command instanceof SignalReturn signal && signal.alienId() != null) {
            if (!registers.isRegistered(signal.alienId())) {
                throw new RuleViolation(
                        Rejection.of(CaseRejection.UNKNOWN_ALIEN, "alienId names no registered person"));
            }
            refuseIfAnotherCaseIsOpen(signal.alienId(), signal.caseId());
        }
        if (command instanceof ReopenCase reopen) {
            registers
                    .alienOf(reopen.caseId())
                    .ifPresent(alienId -> refuseIfAnotherCaseIsOpen(alienId, reopen.caseId()));
        }
        return chain.proceed();
    }

    private void refuseIfAnotherCaseIsOpen(AlienId alienId, CaseId caseId) {
        // The detail never names the open case: the caller may not be allowed to read it (a municipality signalling
        // for a person whose open case is another municipality's, issue 9).
        registers.openCaseOf(alienId).filter(open -> !open.equals(caseId)).ifPresent(open -> {
            throw new RuleViolation(
                    Rejection.of(CaseRejection.ALIEN_HAS_OPEN_CASE, "this person already has an open return case"));
        });
    }
}
