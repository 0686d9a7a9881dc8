package nl.terugkeer.api.operations;

import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every pooled projection reads the event store through one {@link ProjectionWakeUp}, an Axon component (a Spring
 * bean would need the event store while Axon's configuration that makes it is still being built).
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionWakeUpConfiguration {

    @Bean
    ConfigurerModule pooledProjectionsAreWoken(@Value("${return.operations.projection-wake-up:50ms}") Duration tick) {
        if (tick.isZero()) {
            return configurer -> {}; // Axon's own re-read every 500 ms
        }
        return configurer -> {
            configurer.registerComponent(ProjectionWakeUp.class, config -> {
                EventStore eventStore = config.eventStore();
                ProjectionWakeUp wakeUp = new ProjectionWakeUp(eventStore, tick);
                eventStore.subscribe(wakeUp::published);
                config.onShutdown(wakeUp::close);
                return wakeUp;
            });
            configurer
                    .eventProcessing()
                    .registerPooledStreamingEventProcessorConfiguration(
                            (config, builder) -> builder.messageSource(config.getComponent(ProjectionWakeUp.class)));
        };
    }
}
