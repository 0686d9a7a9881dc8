package nl.terugkeer.api.operations;

import java.util.Set;
import nl.terugkeer.projections.casehistory.CaseHistoryProjection;
import nl.terugkeer.projections.casestatus.CaseStatusProjection;
import nl.terugkeer.projections.entitlement.EntitlementPeriodsProjection;
import nl.terugkeer.projections.personoverview.PersonOverviewProjection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each projection handler call runs inside a savepoint of the batch's transaction (a nested Spring transaction),
 * so that a handler whose SQL fails leaves the transaction usable: PostgreSQL refuses every later statement of an
 * aborted transaction, and the dead letter (issue 14) must be written in that same transaction, together with the
 * token. Costs a SAVEPOINT and a RELEASE per event and projection.
 */
class SavepointPerProjectionHandler implements HandlerEnhancerDefinition {

    private static final Set<Class<?>> PROJECTIONS = Set.of(
            CaseStatusProjection.class,
            CaseHistoryProjection.class,
            PersonOverviewProjection.class,
            EntitlementPeriodsProjection.class);

    private final ObjectProvider<PlatformTransactionManager> transactions;
    private volatile TransactionTemplate nested;

    SavepointPerProjectionHandler(ObjectProvider<PlatformTransactionManager> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || !PROJECTIONS.contains(original.declaringClass())) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                try {
                    return template().execute(status -> {
                        try {
                            return original.handle(message, target);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new Checked(e);
                        }
                    });
                } catch (Checked e) {
                    throw e.checked;
                }
            }
        };
    }

    private TransactionTemplate template() {
        TransactionTemplate template = nested;
        if (template == null) {
            template = new TransactionTemplate(transactions.getObject());
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            nested = template;
        }
        return template;
    }

    private static final class Checked extends RuntimeException {
        private final Exception checked;

        Checked(Exception checked) {
            super(checked);
            this.checked = checked;
        }
    }
}
