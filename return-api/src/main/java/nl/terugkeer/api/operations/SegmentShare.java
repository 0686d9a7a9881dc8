package nl.terugkeer.api.operations;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances share each pooled projection's segments (issue 14, ADR 0026, stack.md trap 16): Axon's pooled
 * coordinator asks its {@link MaxSegmentProvider} on every claim cycle how many segments it may hold and releases the
 * surplus; here that is a fair share, ceil(segments / live instances), from {@link InstanceRegistry}. A lone
 * instance holds every segment; a second one that starts gets its share within a claim cycle or two (the first
 * releases what is over its share), and when one dies the others take its segments once its claims time out. While
 * another instance rebuilds a projection, this instance holds none of its segments.
 */
@Configuration(proxyBeanMethods = false)
public class SegmentShare {

    /** The pooled processors (application.yml); the tracking feed shares by itself (one segment). */
    static final String[] POOLED = {"case-status", "case-history", "person-overview", "entitlement-periods"};

    @Bean
    InstanceRegistry instanceRegistry(JdbcClient jdbc, OperationsProperties properties) {
        return new InstanceRegistry(jdbc, properties);
    }

    @Bean
    ConfigurerModule fairShareOfSegments(InstanceRegistry instances) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String name : POOLED) {
                processing.registerPooledStreamingEventProcessorConfiguration(
                        name, (config, builder) -> builder.maxSegmentProvider(share(instances)));
            }
        };
    }

    static MaxSegmentProvider share(InstanceRegistry instances) {
        return processorName -> {
            if (instances.pausedHere(processorName)) {
                return 0;
            }
            int segments = instances.segmentCount(processorName);
            if (segments == 0) {
                return Short.MAX_VALUE; // before the first claim: the token store is initialised by whoever comes
            }
            int live = instances.liveInstances();
            return (segments + live - 1) / live;
        };
    }
}
