package nl.terugkeer.api.concurrency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;

/**
 * Sends a command and answers the version it wrote: the sequence number of the last event it appended to each
 * aggregate, noted as the events are published, so that the answer's {@code ETag} needs no read after the commit.
 * Commands are handled on the sending thread (the simple command bus), which is what lets a thread-confined scope
 * see the events of the command it sent. Registered on the event bus as a dispatch interceptor.
 */
public class VersionedCommands implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final ThreadLocal<Map<String, Long>> APPENDED = new ThreadLocal<>();

    private final CommandGateway gateway;

    public VersionedCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** What a command recorded: its handler's result and the version of every aggregate it appended to. */
    public record Recorded(Object result, Map<String, Long> versions) {

        public Optional<Long> versionOf(UUID aggregateId) {
            return Optional.ofNullable(versions.get(aggregateId.toString()));
        }
    }

    /** Sends the command and waits until it committed (or failed, which is thrown). */
    public Recorded send(Object command, MetaData metaData) {
        Map<String, Long> outer = APPENDED.get();
        Map<String, Long> appended = new HashMap<>();
        APPENDED.set(appended);
        try {
            Object result = gateway.sendAndWait(command, metaData);
            return new Recorded(result, Map.copyOf(appended));
        } finally {
            if (outer == null) {
                APPENDED.remove();
            } else {
                APPENDED.set(outer);
            }
        }
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, Long> appended = APPENDED.get();
        if (appended != null) {
            for (EventMessage<?> message : messages) {
                if (message instanceof DomainEventMessage<?> event) {
                    appended.put(event.getAggregateIdentifier(), event.getSequenceNumber());
                }
            }
        }
        return (index, message) -> message;
    }
}
