package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;

/** Pins the wiring that Axon 4.13 on Spring Boot 4 gets wrong silently (stack.md trap 1). */
@ReturnApiTest
class WiringTest {

    @Autowired
    ApplicationContext context;

    /**
     * Each interceptor once on the command bus, in the order config.RequestPipeline declares: a second registration
     * would run its checks and queries twice, another order would let a refused command take locks or log first.
     */
    @Test
    void givenTheApplication_whenStarted_thenTheCommandInterceptorsAreRegisteredOnceInTheDeclaredOrder(
            @Autowired CommandBus commandBus) throws ReflectiveOperationException {
        List<?> handlers = field(SimpleCommandBus.class, commandBus, "handlerInterceptors");
        List<?> dispatchers = field(SimpleCommandBus.class, commandBus, "dispatchInterceptors");

        assertThat(handlers.stream()
                        .filter(h -> h.getClass().getPackageName().startsWith("nl.terugkeer"))
                        .map(h -> h.getClass().getSimpleName())
                        .toList())
                .containsExactly(
                        "CommandAuthorization", "IfMatchGuard", "CrossAggregateRules", "AccessLogCommandRecorder");
        assertThat(handlers).doesNotHaveDuplicates();
        assertThat(dispatchers).isEmpty();
    }

    private static List<?> field(Class<?> owner, Object target, String name) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return (List<?>) field.get(target);
    }

    @Test
    void givenTheApplication_whenStarted_thenAxonUsesSpringsTransactionManager() {
        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void givenTheApplication_whenStarted_thenEventsAndTokensLiveInPostgresThroughJdbc() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void givenTheApplication_whenStarted_thenExactlyOneMeterRegistryBesidesTheComposite() {
        Map<String, MeterRegistry> registries = context.getBeansOfType(MeterRegistry.class);
        assertThat(registries.values().stream().filter(r -> !(r instanceof CompositeMeterRegistry)))
                .hasSize(1);
    }

    @Test
    void givenTheApplication_whenStarted_thenEveryPayloadIsSerializedWithJackson3(
            @Autowired @Qualifier("eventSerializer") Serializer eventSerializer,
            @Autowired @Qualifier("messageSerializer") Serializer messageSerializer,
            @Autowired Serializer serializer) {
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(messageSerializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
    }

    @Test
    void givenTheApplication_whenStarted_thenTheCaseStatusProjectionRunsInAPooledProcessor(
            @Autowired EventProcessingConfiguration processing) {
        assertThat(processing.eventProcessor("case-status")).get().isInstanceOf(PooledStreamingEventProcessor.class);
    }
}
