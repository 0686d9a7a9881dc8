package nl.terugkeer.api.statistics;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.terugkeer.api.http.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics for analysts (issue 10, ADR 0025): aggregates of the analytics schema, as JSON or, with
 * {@code Accept: text/csv}, as RFC 4180 CSV with a header row; the Regietafel report also as a printable HTML page.
 * Every answer is suppressed ({@link Suppression}) before it leaves: no count from 1 to threshold - 1 is shown or
 * derivable from the totals beside it.
 */
@RestController
class StatisticsController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final StatisticsQueries queries;
    private final RegietafelReport report;
    private final StatisticsProperties properties;
    private final Clock clock;

    StatisticsController(JdbcClient jdbc, StatisticsProperties properties, Clock clock) {
        this.queries = new StatisticsQueries(jdbc);
        this.report = new RegietafelReport(jdbc);
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/v1/statistics/stock-and-flow")
    ResponseEntity<Object> stockAndFlow(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String municipalityCode,
            HttpServletRequest request) {
        StatisticsQuery query =
                parse(from, to, period, groupBy, municipalityCode, List.of("REGION", "MUNICIPALITY", "NONE"), "REGION");
        return answer(query, queries::stockAndFlow, request.getHeader(HttpHeaders.ACCEPT));
    }

    @GetMapping("/v1/statistics/outcomes")
    ResponseEntity<Object> outcomes(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String municipalityCode,
            HttpServletRequest request) {
        StatisticsQuery query =
                parse(from, to, null, groupBy, municipalityCode, StatisticsQueries.CASE_GROUPINGS, "REGION");
        return answer(query, queries::outcomes, request.getHeader(HttpHeaders.ACCEPT));
    }

    @GetMapping("/v1/statistics/instruments")
    ResponseEntity<Object> instruments(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String municipalityCode,
            HttpServletRequest request) {
        StatisticsQuery query =
                parse(from, to, null, groupBy, municipalityCode, StatisticsQueries.CASE_GROUPINGS, "NONE");
        return answer(query, queries::instruments, request.getHeader(HttpHeaders.ACCEPT));
    }

    @GetMapping("/v1/statistics/entitlement")
    ResponseEntity<Object> entitlement(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String groupBy,
            HttpServletRequest request) {
        StatisticsQuery query = parse(from, to, period, groupBy, null, List.of("KIND", "LEGAL_BASIS"), "KIND");
        return answer(query, queries::entitlement, request.getHeader(HttpHeaders.ACCEPT));
    }

    @GetMapping("/v1/statistics/detention")
    ResponseEntity<Object> detention(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String municipalityCode,
            HttpServletRequest request) {
        List<String> groupings = new ArrayList<>(List.of("BASIS"));
        groupings.addAll(StatisticsQueries.CASE_GROUPINGS);
        StatisticsQuery query = parse(from, to, null, groupBy, municipalityCode, groupings, "BASIS");
        return answer(query, queries::detention, request.getHeader(HttpHeaders.ACCEPT));
    }

    @GetMapping("/v1/statistics/regietafel-report")
    ResponseEntity<Object> regietafelReport(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String municipalityCode,
            HttpServletRequest request) {
        StatisticsQuery query =
                parse(from, to, null, groupBy, municipalityCode, List.of("REGION", "MUNICIPALITY", "NONE"), "REGION");
        List<StatTable.Suppressed> sections = report.sections(query).stream()
                .map(t -> t.suppressed(properties.threshold()))
                .toList();
        return switch (format(request.getHeader(HttpHeaders.ACCEPT), true)) {
            case HTML -> ResponseEntity.ok().contentType(HTML).body(ReportPage.render(query, sections));
            case CSV -> {
                Csv csv = new Csv();
                csv.record(List.of("section", "quarter", "group", "column", "value"));
                for (StatTable.Suppressed section : sections) {
                    StatTable table = section.table();
                    for (int r = 0; r < table.rows.size(); r++) {
                        List<String> key = table.rows.get(r).key;
                        String first = key.get(0);
                        String second = key.size() > 1 ? key.get(1) : "";
                        for (int c = 0; c < table.columns.size(); c++) {
                            Long value = section.value(r, c);
                            csv.record(List.of(
                                    table.name,
                                    first,
                                    second,
                                    table.columns.get(c),
                                    value == null ? Csv.SUPPRESSED : value.toString()));
                        }
                        for (StatTable.Measure measure : table.measures) {
                            Double value = section.measure(r, measure);
                            csv.record(List.of(
                                    table.name, first, second, measure.name(), value == null ? "" : Csv.number(value)));
                        }
                    }
                }
                yield ResponseEntity.ok().contentType(CSV).body(csv.toString());
            }
            case JSON -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("report", "regietafel");
                body.put("query", query.json());
                body.put("suppressionThreshold", properties.threshold());
                body.put(
                        "sections",
                        sections.stream().map(s -> s.json(query.json())).toList());
                yield ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body);
            }
        };
    }

    private enum Format {
        JSON,
        CSV,
        HTML
    }

    /** {@code text/csv} or (for the report) {@code text/html} when the client asks for it first; else JSON. */
    private static Format format(String accept, boolean html) {
        if (accept == null) {
            return Format.JSON;
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return Format.JSON;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return Format.CSV;
            }
            if (html && type.getType().equals("text") && type.getSubtype().equals("html")) {
                return Format.HTML;
            }
        }
        return Format.JSON;
    }

    private StatisticsQuery parse(
            String from,
            String to,
            String period,
            String groupBy,
            String municipalityCode,
            List<String> groupings,
            String defaultGrouping) {
        return StatisticsQuery.parse(
                from, to, period, groupBy, municipalityCode, groupings, defaultGrouping, LocalDate.now(clock));
    }

    private ResponseEntity<Object> answer(
            StatisticsQuery query, Function<StatisticsQuery, StatTable> statistic, String accept) {
        StatTable.Suppressed answer = statistic.apply(query).suppressed(properties.threshold());
        if (format(accept, false) == Format.CSV) {
            Csv csv = new Csv();
            answer.csv(csv);
            return ResponseEntity.ok().contentType(CSV).body(csv.toString());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer.json(query.json()));
    }

    @ExceptionHandler(StatisticsQuery.Invalid.class)
    ResponseEntity<ProblemDetail> invalid(StatisticsQuery.Invalid invalid) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "Invalid statistics query", "INVALID_QUERY", invalid.getMessage());
        problem.setProperty("errors", invalid.errors);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
