package nl.terugkeer.api.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import nl.terugkeer.projections.casehistory.CaseHistoryProjection;
import nl.terugkeer.projections.casestatus.CaseStatusProjection;
import nl.terugkeer.projections.entitlement.EntitlementPeriodsProjection;
import nl.terugkeer.projections.personoverview.PersonOverviewProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A projection handler that fails no longer skips its event (Axon's default logs and goes on) nor stops its
 * processor: the event goes to Axon's JDBC dead-letter queue ({@code deadletterentry}, V40) and later events of the
 * same sequence (aggregate) queue up behind it, while other sequences go on (issue 14, ADR 0026). ADMIN lists,
 * retries and evicts them through {@link DeadLetterController}. The queue itself comes from Axon's Spring Boot
 * auto-configuration ({@code axon.eventhandling.processors.<name>.dlq.enabled}); this configures what is around it:
 * the error handler that lets the failure reach the queue, a log line and a metric per dead letter, and clearing the
 * queue when the projection is rebuilt.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsProperties.class)
public class DeadLetterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    /** The projections whose handlers dead-letter (application.yml enables the queue for each). */
    public static final List<String> PROJECTIONS = List.of(
            CaseStatusProjection.PROCESSING_GROUP,
            CaseHistoryProjection.PROCESSING_GROUP,
            PersonOverviewProjection.PROCESSING_GROUP,
            EntitlementPeriodsProjection.PROCESSING_GROUP);

    static final String DEAD_LETTERED = "return.projections.dead.lettered";
    static final String DEAD_LETTERS = "return.projections.dead.letters";

    @Bean
    ConfigurerModule deadLetteringProjections(MeterRegistry registry) {
        return configurer -> {
            for (String projection : PROJECTIONS) {
                configurer
                        .eventProcessing()
                        // Axon's default (LoggingErrorHandler) swallows the failure, so nothing would be dead-lettered
                        .registerListenerInvocationErrorHandler(projection, c -> PropagatingErrorHandler.instance())
                        .registerDeadLetterPolicy(projection, c -> policy(projection, registry))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                                projection, (c, builder) -> builder.allowReset(true) // a rebuild empties the queue
                                        .enableSequenceIdentifierCache());
            }
        };
    }

    static EnqueuePolicy<EventMessage<?>> policy(String projection, MeterRegistry registry) {
        Counter enqueued = Counter.builder(DEAD_LETTERED)
                .description("Events a projection could not handle, put in the dead-letter queue")
                .tag("projection", projection)
                .tag("outcome", "enqueued")
                .register(registry);
        Counter retryFailed = Counter.builder(DEAD_LETTERED)
                .description("Events a projection could not handle, put in the dead-letter queue")
                .tag("projection", projection)
                .tag("outcome", "retry_failed")
                .register(registry);
        return (DeadLetter<? extends EventMessage<?>> letter, Throwable cause) -> {
            boolean retry = letter instanceof JdbcDeadLetter<?>;
            (retry ? retryFailed : enqueued).increment();
            // The cause's message may quote data (a constraint's key); the log names its type only (no personal data)
            log.warn(
                    "Projection {} could not handle event {} ({}) of sequence {}: {}; {} (GET /v1/admin/dead-letters)",
                    projection,
                    letter.message().getIdentifier(),
                    letter.message().getPayloadType().getSimpleName(),
                    sequenceOf(letter),
                    cause == null ? "unknown cause" : cause.getClass().getName(),
                    retry ? "the retry failed, it stays in the dead-letter queue" : "dead-lettered");
            EnqueueDecision<EventMessage<?>> decision = Decisions.enqueue(cause);
            return decision;
        };
    }

    private static Object sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JdbcDeadLetter<?> jdbc) {
            return jdbc.getSequenceIdentifier();
        }
        if (letter.message() instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain) {
            return domain.getAggregateIdentifier();
        }
        return "?";
    }

    @Bean
    static SavepointPerProjectionHandler savepointPerProjectionHandler(
            org.springframework.beans.factory.ObjectProvider<org.springframework.transaction.PlatformTransactionManager>
                    transactions) {
        return new SavepointPerProjectionHandler(transactions);
    }

    /** How many dead letters each projection has now (one query per scrape; NaN while the database is gone). */
    @Bean
    MeterBinder deadLetterGauges(JdbcClient jdbc) {
        return registry -> {
            for (String projection : PROJECTIONS) {
                Gauge.builder(DEAD_LETTERS, () -> count(jdbc, projection))
                        .description("Dead letters waiting in a projection's queue")
                        .tag("projection", projection)
                        .register(registry);
            }
        };
    }

    private static double count(JdbcClient jdbc, String projection) {
        try {
            return jdbc.sql("SELECT count(*) FROM deadletterentry WHERE processinggroup = ?")
                    .param(projection)
                    .query(Long.class)
                    .single();
        } catch (RuntimeException databaseGone) {
            return Double.NaN;
        }
    }
}
