package nl.terugkeer.api.worklists;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.api.accesslog.RequestAccess;
import nl.terugkeer.api.commandside.CommandSideRegisters;
import nl.terugkeer.api.http.Links;
import nl.terugkeer.api.http.Paging;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import nl.terugkeer.projections.worklist.FindWorkList;
import nl.terugkeer.projections.worklist.WorkListItem;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Work lists: the open cases of a case manager or a municipality, with what is due in the next 14 days. */
@RestController
class WorkListController {

    private final QueryGateway queries;
    private final Clock clock;
    private final CommandSideRegisters registers;

    WorkListController(QueryGateway queries, Clock clock, CommandSideRegisters registers) {
        this.queries = queries;
        this.clock = clock;
        this.registers = registers;
    }

    /** A page of open cases with their deadlines within the horizon. */
    record WorkList(List<WorkListItem> cases, int horizonDays, Links _links) {}

    @GetMapping("/v1/work-lists")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = WorkList.class)))
    ResponseEntity<?> workList(
            @RequestParam(required = false) String caseManager,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_PAGE_SIZE) int pageSize) {
        Paging paging = new Paging(page, pageSize);
        if (!paging.valid()) {
            return ResponseEntity.badRequest().body(Problems.malformedQuery(Paging.rule()));
        }
        if ((caseManager == null) == (municipalityCode == null)) {
            ProblemDetail problem = Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "Which work list?",
                    "INVALID_QUERY",
                    "give exactly one of the query parameters caseManager and municipalityCode");
            return ResponseEntity.badRequest().body(problem);
        }
        String municipality = municipalityCode == null ? null : new MunicipalityCode(municipalityCode).value();
        List<WorkListItem> items = queries.query(
                        new FindWorkList(
                                caseManager,
                                municipality,
                                LocalDate.now(clock),
                                FindWorkList.DEFAULT_HORIZON_DAYS,
                                paging.slice()),
                        ResponseTypes.multipleInstancesOf(WorkListItem.class))
                .join();
        String self = caseManager != null
                ? "/v1/work-lists?caseManager=" + URLEncoder.encode(caseManager, StandardCharsets.UTF_8)
                : "/v1/work-lists?municipalityCode=" + municipality;
        Paging.Page<WorkListItem> shown = paging.of(items, self);
        // the access log records every person whose case the page shows (issue 9)
        RequestAccess.returned(
                registers
                        .aliensOf(shown.entries().stream()
                                .map(item -> new CaseId(item.caseId()))
                                .toList())
                        .stream()
                        .map(AlienId::value)
                        .toList());
        return ResponseEntity.ok(new WorkList(shown.entries(), FindWorkList.DEFAULT_HORIZON_DAYS, shown._links()));
    }
}
