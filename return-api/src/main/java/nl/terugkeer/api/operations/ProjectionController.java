package nl.terugkeer.api.operations;

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
 * (docs/runbooks/rebuild-a-projection.md). A rebuild is refused while another instance holds the projection's
 * segments: stop that processor there first.
 */
@RestController
class ProjectionController {

    private final EventProcessingConfiguration processing;

    ProjectionController(EventProcessingConfiguration processing) {
        this.processing = processing;
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
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException claimedElsewhere) {
            processor.start();
            ProblemDetail problem = Problems.of(
                    HttpStatus.CONFLICT,
                    "Projection busy elsewhere",
                    "PROJECTION_CLAIMED_ELSEWHERE",
                    "another instance holds segments of " + name + "; stop it there first");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        processor.start();
        return ResponseEntity.accepted().body(view(processor));
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
