package nl.terugkeer.api.security;

import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.commands.SignalReturn;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The rules of who may send a command that depend on the command's content: a municipality may only signal, only
 * as source {@code MUNICIPALITY} and only with its own CBS code. Runs in the command's unit of work, so whatever
 * path a command takes into the bus, the rule holds.
 */
public class CommandAuthorization implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> message = unitOfWork.getMessage();
        Object role = message.getMetaData().get(CommandMetadata.ROLE);
        if (Role.GEMEENTE.name().equals(role)) {
            Object organisation = message.getMetaData().get(CommandMetadata.ORGANISATION);
            if (!(message.getPayload() instanceof SignalReturn signal)) {
                throw new ActionForbidden("a municipality may only signal a return case");
            }
            if (signal.source() != SignalSource.MUNICIPALITY
                    || signal.municipality() == null
                    || !signal.municipality().value().equals(organisation)) {
                throw new ActionForbidden(
                        "a municipality may only signal with source MUNICIPALITY and its own municipality code");
            }
        }
        return chain.proceed();
    }
}
