package nl.terugkeer.api.concurrency;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Optimistic concurrency with {@code If-Match} (ADR 0014). In the command's unit of work (and transaction) a
 * command whose metadata carries {@link ExpectedVersions} takes a transaction-scoped lock on its aggregate, compares
 * them with the aggregate's current version and fails with {@link PreconditionFailed} (412) on a mismatch; the lock
 * makes check and append one step against other conditional commands, on any node. A command without them takes no
 * lock and reads no version: should it append between another's check and append, the event store's unique
 * (aggregate, sequence) key refuses the later append (409), so no write is lost.
 */
public class IfMatchGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final AggregateVersions versions;
    private final CommandTargetResolver targets =
            AnnotationCommandTargetResolver.builder().build();

    public IfMatchGuard(AggregateVersions versions) {
        this.versions = versions;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object expected = command.getMetaData().get(ExpectedVersions.METADATA_KEY);
        if (expected instanceof String list && !list.equals("*")) {
            String aggregateId;
            try {
                aggregateId = targets.resolveTarget(command).getIdentifier();
            } catch (IllegalArgumentException noTarget) {
                return chain.proceed();
            }
            versions.lockUntilCommit(aggregateId);
            Long current = versions.current(aggregateId).orElse(null);
            if (current == null || !List.of(list.split(",")).contains(Long.toString(current))) {
                throw new PreconditionFailed(current);
            }
        }
        return chain.proceed();
    }
}
