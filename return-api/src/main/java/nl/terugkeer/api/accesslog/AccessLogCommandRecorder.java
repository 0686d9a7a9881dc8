package nl.terugkeer.api.accesslog;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.commandside.CommandSideRegisters;
import nl.terugkeer.api.security.Actor;
import nl.terugkeer.api.security.CommandMetadata;
import nl.terugkeer.api.security.Role;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a command's access-log record in the command's own transaction (issue 9): after the handler accepted the
 * command and before the unit of work commits its events. The record and the events commit together or not at all;
 * if the record cannot be written the command fails ({@link AccessLogUnavailable}, 503) and nothing is stored. Only
 * commands sent for an HTTP request that the access log covers are recorded here; the filter records the rest,
 * including refused commands.
 */
public class AccessLogCommandRecorder implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The status a command's request answers once the command committed (every command route answers 201). */
    static final int COMMITTED = 201;

    private final AccessLog accessLog;
    private final Pseudonyms pseudonyms;
    private final CommandSideRegisters registers;

    public AccessLogCommandRecorder(AccessLog accessLog, Pseudonyms pseudonyms, CommandSideRegisters registers) {
        this.accessLog = accessLog;
        this.pseudonyms = pseudonyms;
        this.registers = registers;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Optional<RequestAccess> access = RequestAccess.current().filter(a -> !a.recordedWithCommand());
        Object result = chain.proceed();
        if (access.isPresent()) {
            CommandMessage<?> command = unitOfWork.getMessage();
            accessLog.append(AccessLogFilter.of(
                    access.get(),
                    actor(command.getMetaData()),
                    COMMITTED,
                    person(command.getPayload()).map(pseudonyms::of).orElse(null),
                    access.get().spanId,
                    access.get().parentSpanId,
                    ""));
            // the record is part of the command's transaction: if that rolls back, the filter records the refusal
            access.get().recordedWithCommand(true);
            unitOfWork.root().onRollback(rolledBack -> access.get().recordedWithCommand(false));
        }
        return result;
    }

    private static Optional<Actor> actor(MetaData metaData) {
        try {
            return Optional.of(new Actor(
                    String.valueOf(metaData.get(CommandMetadata.USER_ID)),
                    Role.valueOf(String.valueOf(metaData.get(CommandMetadata.ROLE))),
                    String.valueOf(metaData.get(CommandMetadata.ORGANISATION))));
        } catch (IllegalArgumentException noActor) {
            return Actor.current();
        }
    }

    /** The person the command is about: its {@code alienId}, or the person of its {@code caseId}. */
    private Optional<UUID> person(Object payload) {
        Object alien = component(payload, "alienId");
        if (alien instanceof AlienId alienId) {
            return Optional.of(alienId.value());
        }
        Object caseId = component(payload, "caseId");
        if (caseId instanceof CaseId id) {
            return registers.alienOf(id).map(AlienId::value);
        }
        return Optional.empty();
    }

    private static Object component(Object payload, String name) {
        if (payload == null || !payload.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }
}
