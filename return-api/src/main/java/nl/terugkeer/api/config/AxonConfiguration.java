package nl.terugkeer.api.config;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import nl.terugkeer.api.security.CommandMetadata;
import nl.terugkeer.core.aliens.Alien;
import nl.terugkeer.core.cases.Case;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** How Axon runs here: the aggregates, the serializer, metadata propagation and PostgreSQL error mapping. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    private static final String DUPLICATE_KEY = "23505";

    /** core stays free of Spring, so its aggregates are registered here (stack.md trap 7). */
    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer.configureAggregate(Case.class).configureAggregate(Alien.class);
    }

    /**
     * Lets the Jackson 3 serializer read back Axon's own polymorphic tokens (ReplayToken after a reset) and ours;
     * without it a reset processor loops on "PolymorphicTypeValidator denies resolution" (stack.md trap 2).
     */
    @Bean
    Jackson3SerializerCustomizer polymorphicTypesOfAxonAndThisProject() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("nl.terugkeer.")
                .build());
    }

    /**
     * pgjdbc reports a unique-key violation as a {@code PSQLException} with SQL state 23505, which Axon's default
     * resolver does not recognise; a lost append race would surface as a generic error instead of a
     * {@code ConcurrencyException} (stack.md trap 5, AxonFramework#313).
     */
    @Bean
    PersistenceExceptionResolver postgresDuplicateKeyResolver() {
        return AxonConfiguration::isDuplicateKey;
    }

    static boolean isDuplicateKey(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof BatchUpdateException batch
                    && batch.getNextException() != null
                    && DUPLICATE_KEY.equals(batch.getNextException().getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Every event carries who recorded it (copied from the command) and why: {@code correlationId} is the
     * request's id kept through the whole chain, {@code causationId} the id of the message that caused it.
     */
    @Bean
    CorrelationDataProvider causationAndCorrelation() {
        return new MessageOriginProvider(CommandMetadata.CAUSATION_ID, CommandMetadata.CORRELATION_ID);
    }

    @Bean
    CorrelationDataProvider actorOfTheCommand() {
        return new SimpleCorrelationDataProvider(
                CommandMetadata.USER_ID, CommandMetadata.ROLE, CommandMetadata.ORGANISATION);
    }
}
