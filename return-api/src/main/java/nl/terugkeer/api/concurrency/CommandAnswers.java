package nl.terugkeer.api.concurrency;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.concurrency.VersionedCommands.Recorded;
import nl.terugkeer.api.security.NeedToKnow;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.casestatus.CaseStatus;
import nl.terugkeer.projections.casestatus.FindCaseStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a command that was recorded (ADR 0014): 201 with {@code Location}, the {@code ETag} of the version
 * the command wrote, and, when the client sent {@code Prefer: return=representation} for a case, the case's status
 * once the case-status projection has caught up with that version ({@code Preference-Applied}), waiting at most
 * {@link #MAX_WAIT}; if it does not catch up in time the answer goes without it.
 */
public class CommandAnswers {

    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(25);

    private final QueryGateway queries;
    private final JsonMapper json;

    public CommandAnswers(QueryGateway queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /** The answer for a command on a person (never embeds a representation). */
    public ResponseEntity<Map<String, Object>> created(
            URI location, UUID aggregateId, Recorded recorded, Map<String, Object> body) {
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.status(HttpStatus.CREATED).location(location);
        recorded.versionOf(aggregateId).ifPresent(version -> answer.eTag(Long.toString(version)));
        return answer.body(body);
    }

    /** The answer for a command on a case, with the case's status embedded when {@code prefer} asks for it. */
    public ResponseEntity<Map<String, Object>> createdOnCase(
            URI location, CaseId caseId, Recorded recorded, Map<String, Object> body, String prefer) {
        Optional<Long> version = recorded.versionOf(caseId.value());
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.status(HttpStatus.CREATED).location(location);
        version.ifPresent(v -> answer.eTag(Long.toString(v)));
        if (version.isEmpty() || !prefersRepresentation(prefer)) {
            return answer.body(body);
        }
        Optional<CaseStatus> caughtUp;
        try {
            caughtUp = awaitCaseStatus(caseId, version.get());
        } catch (RuntimeException readFailed) {
            // the command is committed: a read that fails after it must not turn the answer into a failure
            caughtUp = Optional.empty();
        }
        if (caughtUp.isEmpty()) {
            return answer.body(body);
        }
        Map<String, Object> withRepresentation = new LinkedHashMap<>(body);
        withRepresentation.put(
                "_embedded",
                Map.of("caseStatus", NeedToKnow.ofCurrentActor(json).caseStatus(caughtUp.get())));
        return answer.header("Preference-Applied", "return=representation")
                .header("Content-Location", "/v1/cases/" + caseId.value())
                .body(withRepresentation);
    }

    /**
     * Polls the read model rather than waiting for an in-process signal: the event may be projected by another
     * instance (processors share their segments across instances), and the table is the one place every instance
     * sees. Bounded by {@link #MAX_WAIT}.
     */
    private Optional<CaseStatus> awaitCaseStatus(CaseId caseId, long version) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            Optional<CaseStatus> status = queries.query(
                            new FindCaseStatus(caseId), ResponseTypes.optionalInstanceOf(CaseStatus.class))
                    .join();
            if (status.isPresent() && status.get().version() >= version) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    static boolean prefersRepresentation(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.trim().replace(" ", "").equalsIgnoreCase("return=representation")) {
                return true;
            }
        }
        return false;
    }
}
