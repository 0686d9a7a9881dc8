package nl.terugkeer.api.operations;

import java.util.List;
import java.util.function.BiFunction;
import nl.terugkeer.api.concurrency.IdempotencyFilter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Marks the request's Idempotency-Key as committed in the command's own transaction, when the command appends its
 * first event (issue 14): if the database goes away after that commit but before the answer is stored, the key is
 * not released, so a retry is told that the first attempt was recorded instead of running the command again. The
 * mark rolls back with the command. Registered on the event bus by config.RequestPipeline.
 */
public class CommittedIdempotencyKeys implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String MARKED = CommittedIdempotencyKeys.class.getName() + ".marked";

    private final JdbcClient jdbc;

    public CommittedIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(IdempotencyFilter.CLAIM_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                        instanceof IdempotencyFilter.Claim claim
                && request.getAttribute(MARKED, RequestAttributes.SCOPE_REQUEST) == null
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            String aggregateId = messages.stream()
                    .filter(DomainEventMessage.class::isInstance)
                    .map(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier())
                    .findFirst()
                    .orElse(null);
            jdbc.sql("""
                            UPDATE api.idempotent_request SET committed = true, committed_aggregate_id = :aggregate
                            WHERE user_id = :user AND idempotency_key = :key""")
                    .param("aggregate", aggregateId)
                    .param("user", claim.userId())
                    .param("key", claim.key())
                    .update();
            request.setAttribute(MARKED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        return (index, message) -> message;
    }
}
