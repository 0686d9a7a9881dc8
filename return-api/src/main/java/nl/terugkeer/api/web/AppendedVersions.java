package nl.terugkeer.api.web;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers, for the HTTP request that sent a command, the sequence number of each event it appends, so that the
 * answer's {@code ETag} is the version the command wrote, known without reading the event table again after the
 * commit (issue 13). Commands are handled on the request's thread (the simple command bus), which is what lets the
 * request's attributes carry it. Outside a request nothing is remembered and the caller reads the version instead.
 */
public class AppendedVersions implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String ATTRIBUTE = AppendedVersions.class.getName() + ".";

    public AppendedVersions(EventBus eventBus) {
        eventBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            for (EventMessage<?> message : messages) {
                if (message instanceof DomainEventMessage<?> event) {
                    request.setAttribute(
                            ATTRIBUTE + event.getAggregateIdentifier(),
                            event.getSequenceNumber(),
                            RequestAttributes.SCOPE_REQUEST);
                }
            }
        }
        return (index, message) -> message;
    }

    /** The version the current request's command appended to {@code aggregateId}, if it appended any. */
    static Optional<Long> appendedInThisRequest(String aggregateId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null
                ? Optional.empty()
                : Optional.ofNullable(
                        (Long) request.getAttribute(ATTRIBUTE + aggregateId, RequestAttributes.SCOPE_REQUEST));
    }
}
