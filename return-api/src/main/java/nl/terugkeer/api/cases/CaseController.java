package nl.terugkeer.api.cases;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.web.CommandMetadata;
import nl.terugkeer.api.web.ProblemAdvice;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import nl.terugkeer.projections.casestatus.CaseStatus;
import nl.terugkeer.projections.casestatus.FindCaseStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Return cases: signal one, read where it stands. */
@RestController
@RequestMapping("/v1/cases")
class CaseController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    CaseController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    record SignalReturnRequest(
            UUID alienId, SignalSource source, String municipalityCode, String reason, LocalDate signalledOn) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> signalReturn(
            @RequestBody SignalReturnRequest request, CommandMetadata metadata) {
        CaseId caseId = CaseId.newId();
        commands.sendAndWait(
                new SignalReturn(
                        caseId,
                        request.alienId() == null ? null : new AlienId(request.alienId()),
                        request.source(),
                        request.municipalityCode() == null ? null : new MunicipalityCode(request.municipalityCode()),
                        request.reason(),
                        request.signalledOn()),
                metadata.asMetaData());
        URI self = URI.create("/v1/cases/" + caseId);
        return ResponseEntity.created(self)
                .body(Map.of("caseId", caseId.value(), "_links", Map.of("self", Map.of("href", self.toString()))));
    }

    record CaseStatusResponse(
            UUID caseId,
            UUID alienId,
            String status,
            String signalSource,
            String municipalityCode,
            String reason,
            LocalDate signalledOn,
            long daysOpen,
            Map<String, Object> _links) {}

    @GetMapping("/{caseId}")
    ResponseEntity<?> status(@PathVariable UUID caseId) {
        Optional<CaseStatus> found = queries.query(
                        new FindCaseStatus(new CaseId(caseId)), ResponseTypes.optionalInstanceOf(CaseStatus.class))
                .join();
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemAdvice.notFound("case"));
        }
        CaseStatus status = found.get();
        return ResponseEntity.ok()
                .eTag(Long.toString(status.version()))
                .body(new CaseStatusResponse(
                        status.caseId(),
                        status.alienId(),
                        status.status(),
                        status.signalSource(),
                        status.municipalityCode(),
                        status.reason(),
                        status.signalledOn(),
                        ChronoUnit.DAYS.between(status.signalledOn(), LocalDate.now(clock)),
                        Map.of("self", Map.of("href", "/v1/cases/" + caseId))));
    }
}
