package nl.terugkeer.api.commands;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.commands.CommandRoutes.Aggregate;
import nl.terugkeer.api.commands.CommandRoutes.Route;
import nl.terugkeer.api.concurrency.CommandAnswers;
import nl.terugkeer.api.concurrency.ExpectedVersions;
import nl.terugkeer.api.concurrency.VersionedCommands;
import nl.terugkeer.api.concurrency.VersionedCommands.Recorded;
import nl.terugkeer.api.http.Paging;
import nl.terugkeer.api.http.ProblemAdvice;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.api.security.CommandMetadata;
import nl.terugkeer.api.security.NeedToKnow;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.casehistory.FindEntries;
import nl.terugkeer.projections.casehistory.HistoryEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One endpoint pair per command of {@link CommandRoutes}: POST records the command on the case or person named
 * in the path (the body is the command without its id), GET lists that sub-resource's entries in the history.
 */
@RestController
class SubResourceController {

    private final VersionedCommands commands;
    private final CommandAnswers answers;
    private final QueryGateway queries;
    private final JsonMapper json;

    SubResourceController(VersionedCommands commands, CommandAnswers answers, QueryGateway queries, JsonMapper json) {
        this.commands = commands;
        this.answers = answers;
        this.queries = queries;
        this.json = json;
    }

    /** The one mapping of every command sub-resource; the OpenAPI document shows a path per command. */
    static final String MAPPING = "/v1/{collection:cases|aliens}/{id}/{subResource}";

    @PostMapping(MAPPING)
    ResponseEntity<?> record(
            @PathVariable String collection,
            @PathVariable UUID id,
            @PathVariable String subResource,
            @RequestBody JsonNode body,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            CommandMetadata metadata,
            ExpectedVersions expected) {
        return record(
                Aggregate.ofPath(collection),
                id,
                subResource,
                body,
                metadata.asMetaData().mergedWith(expected.asMetaData()),
                prefer);
    }

    @GetMapping(MAPPING)
    ResponseEntity<?> entries(
            @PathVariable String collection,
            @PathVariable UUID id,
            @PathVariable String subResource,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_PAGE_SIZE) int pageSize) {
        return entries(Aggregate.ofPath(collection), id, subResource, new Paging(page, pageSize));
    }

    private ResponseEntity<?> record(
            Aggregate aggregate, UUID id, String subResource, JsonNode body, MetaData metadata, String prefer) {
        Optional<Route> route = CommandRoutes.find(aggregate, subResource);
        if (route.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("such sub-resource"));
        }
        if (!(body instanceof ObjectNode fields)) {
            return ResponseEntity.badRequest().body(Problems.malformedBody("the body must be a JSON object"));
        }
        if (fields.has(aggregate.idField)) {
            return ResponseEntity.badRequest()
                    .body(Problems.malformedBody(
                            "unknown field '" + aggregate.idField + "': the id is taken from the path"));
        }
        Object command;
        try {
            command = json.treeToValue(
                    fields.deepCopy().put(aggregate.idField, id.toString()),
                    route.get().commandType());
        } catch (JacksonException malformed) {
            return ResponseEntity.badRequest().body(Problems.malformedBody(ProblemAdvice.describe(malformed)));
        }
        Recorded recorded = commands.send(command, metadata);
        URI collection = URI.create("/v1/" + aggregate.path + "/" + id + "/" + subResource);
        Map<String, Object> answer = Map.of(
                "recorded", route.get().eventType().getSimpleName(),
                "_links", Map.of("self", Map.of("href", collection.toString())));
        return aggregate == Aggregate.CASE
                ? answers.createdOnCase(collection, new CaseId(id), recorded, answer, prefer)
                : answers.created(collection, id, recorded, answer);
    }

    private ResponseEntity<?> entries(Aggregate aggregate, UUID id, String subResource, Paging paging) {
        if (!paging.valid()) {
            return ResponseEntity.badRequest().body(Problems.malformedQuery(Paging.rule()));
        }
        Optional<Route> route = CommandRoutes.find(aggregate, subResource);
        if (route.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("such sub-resource"));
        }
        List<HistoryEntry> entries = queries.query(
                        new FindEntries(id, route.get().eventType().getSimpleName(), paging.slice()),
                        ResponseTypes.multipleInstancesOf(HistoryEntry.class))
                .join();
        NeedToKnow view = NeedToKnow.ofCurrentActor(json);
        return ResponseEntity.ok(paging.of(
                entries.stream().map(view::historyEntry).toList(),
                "/v1/" + aggregate.path + "/" + id + "/" + subResource));
    }
}
