package nl.terugkeer.api.worklists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.terugkeer.api.accesslog.RequestAccess;
import nl.terugkeer.api.commandside.CommandSideRegisters;
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

    @GetMapping("/v1/work-lists")
    ResponseEntity<?> workList(
            @RequestParam(required = false) String caseManager,
            @RequestParam(required = false) String municipalityCode) {
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
                                caseManager, municipality, LocalDate.now(clock), FindWorkList.DEFAULT_HORIZON_DAYS),
                        ResponseTypes.multipleInstancesOf(WorkListItem.class))
                .join();
        // the access log records every person whose case the list shows (issue 9)
        RequestAccess.returned(
                registers
                        .aliensOf(items.stream()
                                .map(item -> new CaseId(item.caseId()))
                                .toList())
                        .stream()
                        .map(AlienId::value)
                        .toList());
        return ResponseEntity.ok(Map.of("cases", items, "horizonDays", FindWorkList.DEFAULT_HORIZON_DAYS));
    }
}
