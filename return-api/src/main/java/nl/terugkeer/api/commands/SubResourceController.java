package nl.terugkeer.api.commands;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.commands.CommandRoutes.Aggregate;
import nl.terugkeer.api.commands.CommandRoutes.Route;
import nl.terugkeer.api.security.NeedToKnow;
import nl.terugkeer.api.web.CommandMetadata;
import nl.terugkeer.api.web.Paging;
import nl.terugkeer.api.web.ProblemAdvice;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.casehistory.FindCaseHistory;
import nl.terugkeer.projections.casehistory.FindPersonHistory;
import nl.terugkeer.projections.casehistory.HistoryEntry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final JsonMapper json;

    SubResourceController(CommandGateway commands, QueryGateway queries, JsonMapper json) {
        this.commands = commands;
        this.queries = queries;
        this.json = json;
    }

    @PostMapping("/v1/cases/{id}/{subResource}")
    ResponseEntity<?> recordOnCase(
            @PathVariable UUID id,
            @PathVariable String subResource,
            @RequestBody JsonNode body,
            CommandMetadata metadata) {
        return record(Aggregate.CASE, id, subResource, body, metadata);
    }

    @PostMapping("/v1/aliens/{id}/{subResource}")
    ResponseEntity<?> recordOnAlien(
            @PathVariable UUID id,
            @PathVariable String subResource,
            @RequestBody JsonNode body,
            CommandMetadata metadata) {
        return record(Aggregate.ALIEN, id, subResource, body, metadata);
    }

    @GetMapping("/v1/cases/{id}/{subResource}")
    ResponseEntity<?> caseEntries(
            @PathVariable UUID id,
            @PathVariable String subResource,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_PAGE_SIZE) int pageSize) {
        return entries(Aggregate.CASE, id, subResource, new Paging(page, pageSize));
    }

    @GetMapping("/v1/aliens/{id}/{subResource}")
    ResponseEntity<?> alienEntries(
            @PathVariable UUID id,
            @PathVariable String subResource,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_PAGE_SIZE) int pageSize) {
        return entries(Aggregate.ALIEN, id, subResource, new Paging(page, pageSize));
    }

    private ResponseEntity<?> record(
            Aggregate aggregate, UUID id, String subResource, JsonNode body, CommandMetadata metadata) {
        Optional<Route> route = CommandRoutes.find(aggregate, subResource);
        if (route.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemAdvice.notFound("such sub-resource"));
        }
        if (!(body instanceof ObjectNode fields)) {
            return ResponseEntity.badRequest().body(ProblemAdvice.malformedBody("the body must be a JSON object"));
        }
        if (fields.has(aggregate.idField)) {
            return ResponseEntity.badRequest()
                    .body(ProblemAdvice.malformedBody(
                            "unknown field '" + aggregate.idField + "': the id is taken from the path"));
        }
        Object command;
        try {
            command = json.treeToValue(
                    fields.deepCopy().put(aggregate.idField, id.toString()),
                    route.get().commandType());
        } catch (JacksonException malformed) {
            return ResponseEntity.badRequest().body(ProblemAdvice.malformedBody(ProblemAdvice.describe(malformed)));
        }
        commands.sendAndWait(command, metadata.asMetaData());
        String collection = "/v1/" + aggregate.path + "/" + id + "/" + subResource;
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", collection)
                .body(Map.of(
                        "recorded", route.get().eventType().getSimpleName(),
                        "_links", Map.of("self", Map.of("href", collection))));
    }

    private ResponseEntity<?> entries(Aggregate aggregate, UUID id, String subResource, Paging paging) {
        if (!paging.valid()) {
            return ResponseEntity.badRequest().body(ProblemAdvice.malformedQuery(Paging.rule()));
        }
        Optional<Route> route = CommandRoutes.find(aggregate, subResource);
        if (route.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemAdvice.notFound("such sub-resource"));
        }
        Object query = aggregate == Aggregate.CASE
                ? new FindCaseHistory(new CaseId(id))
                : new FindPersonHistory(new AlienId(id));
        String eventType = route.get().eventType().getSimpleName();
        List<HistoryEntry> entries =
                queries.query(query, ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join().stream()
                        .filter(e -> e.aggregateId().equals(id) && e.eventType().equals(eventType))
                        .toList();
        NeedToKnow view = NeedToKnow.ofCurrentActor(json);
        return ResponseEntity.ok(paging.of(
                entries.stream().map(view::historyEntry).toList(),
                "/v1/" + aggregate.path + "/" + id + "/" + subResource));
    }
}
