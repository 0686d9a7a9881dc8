package nl.terugkeer.api.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code projections} health component, part of the readiness group and not of liveness (issue 14, ADR 0026):
 * DOWN when a projection's processor is not running or in error, when a segment it holds is in error, or when a
 * segment is more than {@link OperationsProperties#projectionLagThreshold()} events behind the store's head. A
 * replaying segment (a rebuild someone asked for) is reported but does not count as lag. Segments held by another
 * instance are that instance's to report.
 */
@Component("projections")
class ProjectionsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final OperationsProperties properties;

    ProjectionsHealthIndicator(
            EventProcessingConfiguration processing, EventStore eventStore, OperationsProperties properties) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.properties = properties;
    }

    @Override
    public Health health() {
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1L);
        boolean up = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (EventProcessor processor : new TreeMap<>(processing.eventProcessors()).values()) {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                continue;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            boolean ok = streaming.isRunning() && !streaming.isError();
            detail.put("running", streaming.isRunning());
            detail.put("error", streaming.isError());
            long maxLag = 0;
            boolean replaying = false;
            for (EventTrackerStatus status : streaming.processingStatus().values()) {
                if (status.isErrorState()) {
                    ok = false;
                }
                if (status.isReplaying()) {
                    replaying = true;
                    continue;
                }
                long position = status.getCurrentPosition().orElse(-1L);
                maxLag = Math.max(maxLag, head - position);
            }
            if (maxLag > properties.projectionLagThreshold()) {
                ok = false;
            }
            detail.put("segmentsHeld", streaming.processingStatus().size());
            detail.put("replaying", replaying);
            detail.put("lag", maxLag);
            detail.put("status", ok ? "UP" : "DOWN");
            details.put(streaming.getName(), detail);
            up &= ok;
        }
        return (up ? Health.up() : Health.down())
                .withDetail("head", head)
                .withDetail("lagThreshold", properties.projectionLagThreshold())
                .withDetails(details)
                .build();
    }
}
