package nl.terugkeer.api.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.terugkeer.api.http.Problems;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on the read models: list them with their progress, and rebuild one from the first event
 * (docs/runbooks/rebuild-a-projection.md). Any instance can rebuild (issue 14, ADR 0026): it asks the others to let
 * go of the projection's segments ({@link InstanceRegistry#pause}), waits until they have, resets the tokens and lets
 * them take their share again. Only when another instance does not let go in time is the rebuild refused (409).
 */
@RestController
class ProjectionController {

    /** Long enough for the others to see the pause (a heartbeat) and release (a claim cycle), several times. */
    static final Duration LET_GO = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final InstanceRegistry instances;

    ProjectionController(EventProcessingConfiguration processing, InstanceRegistry instances) {
        this.processing = processing;
        this.instances = instances;
    }

    record ProjectionView(String name, boolean running, boolean replaying, List<Map<String, Object>> segments) {}

    @GetMapping("/v1/admin/projections")
    List<ProjectionView> projections() {
        return new TreeMap<>(processing.eventProcessors())
                .values().stream()
                        .filter(StreamingEventProcessor.class::isInstance)
                        .map(p -> view((StreamingEventProcessor) p))
                        .toList();
    }

    @PostMapping("/v1/admin/projections/{name}/rebuild")
    ResponseEntity<?> rebuild(@PathVariable String name) {
        Optional<StreamingEventProcessor> found = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("projection"));
        }
        StreamingEventProcessor processor = found.get();
        instances.pause(name, Instant.now().plus(LET_GO.multipliedBy(2)));
        try {
            if (!othersLetGo(name)) {
                return claimedElsewhere(name);
            }
            processor.shutDown();
            try {
                processor.resetTokens();
                // the reset claimed every segment for this instance; the others may take their share at once
                instances.releaseClaims(name);
            } catch (UnableToClaimTokenException claimedElsewhere) {
                return claimedElsewhere(name);
            } finally {
                processor.start();
            }
        } finally {
            instances.resume(name);
        }
        return ResponseEntity.accepted().body(view(processor));
    }

    private boolean othersLetGo(String name) {
        long deadline = System.nanoTime() + LET_GO.toNanos();
        while (instances.claimsHeldElsewhere(name) > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static ResponseEntity<ProblemDetail> claimedElsewhere(String name) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONFLICT,
                "Projection busy elsewhere",
                "PROJECTION_CLAIMED_ELSEWHERE",
                "another instance still holds segments of " + name + " after " + LET_GO.toSeconds() + " s; try again");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static ProjectionView view(StreamingEventProcessor processor) {
        List<Map<String, Object>> segments = new TreeMap<>(processor.processingStatus())
                .values().stream().map(ProjectionController::segment).toList();
        return new ProjectionView(processor.getName(), processor.isRunning(), processor.isReplaying(), segments);
    }

    private static Map<String, Object> segment(EventTrackerStatus status) {
        return Map.of(
                "segment", status.getSegment().getSegmentId(),
                "replaying", status.isReplaying(),
                "caughtUp", status.isCaughtUp(),
                "position", status.getCurrentPosition().orElse(-1L),
                "error", status.isErrorState());
    }
}
