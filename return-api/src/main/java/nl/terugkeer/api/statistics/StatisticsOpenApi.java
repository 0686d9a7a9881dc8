package nl.terugkeer.api.statistics;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statistics operations in the OpenAPI document: what they count, their filters, JSON, CSV and HTML forms. */
@Configuration(proxyBeanMethods = false)
class StatisticsOpenApi {

    private record Doc(String summary, String description, List<String> groupings) {}

    private static final String SUPPRESSION = " Counts from 1 to the threshold minus one (default 10, property"
            + " return.statistics.suppression-threshold) are suppressed: null in JSON with the column named in"
            + " `suppressed`, `x` in CSV; further cells are suppressed where totals would give such a count back, and a"
            + " median or p90 is shown only beside a shown count. ANALYST only; never an individual case.";

    private static final Map<String, Doc> DOCS = Map.of(
            "stock-and-flow",
            new Doc(
                    "Stock and flow of return cases: open at start, inflow by source, outflow by outcome, open at end",
                    "Per period (month, quarter or year) and per region or municipality.",
                    List.of("REGION", "MUNICIPALITY", "NONE")),
            "outcomes",
            new Doc(
                    "Outcomes of return cases and the days from signal to outcome (median, p90)",
                    "Cases signalled in the months from-to, by how they ended (OPEN while not closed).",
                    StatisticsQueries.CASE_GROUPINGS),
            "instruments",
            new Doc(
                    "Instruments used in return cases and the outcomes of the cases that used them",
                    "A case counts under every instrument it used; TOTAL rows add instrument uses, not cases.",
                    StatisticsQueries.CASE_GROUPINGS),
            "entitlement",
            new Doc(
                    "Persons entitled to state reception by kind (or legal basis) over time",
                    "Per period, the persons with a period of entitlement of each kind overlapping it.",
                    List.of("KIND", "LEGAL_BASIS")),
            "detention",
            new Doc(
                    "Detention durations against the legal maximum",
                    "Detained cases within and past their legal maximum, with the median and p90 of days detained, the"
                            + " median maximum and the median share of the maximum used.",
                    List.of(
                            "BASIS",
                            "REGION",
                            "MUNICIPALITY",
                            "SOURCE",
                            "NATIONALITY",
                            "AGE_BAND",
                            "SIGNALLED_QUARTER",
                            "NONE")),
            "regietafel-report",
            new Doc(
                    "The Regietafel report: patterns of complex cases per quarter and region",
                    "Complex cases (an obstacle, an escalation or a case review) per quarter of the signal: time stuck,"
                            + " open obstacles by type, combinations, escalations by domain, case reviews, outcomes."
                            + " JSON, CSV (section,quarter,group,column,value) or a printable HTML page with SVG charts"
                            + " (Accept: text/html).",
                    List.of("REGION", "MUNICIPALITY", "NONE")));

    @Bean
    OpenApiCustomizer statisticsDocumentation() {
        return openApi -> document(openApi);
    }

    static void document(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> {
            int at = path.indexOf("/statistics/");
            if (at < 0 || item.getGet() == null) {
                return;
            }
            String name = path.substring(at + "/statistics/".length());
            Doc doc = DOCS.get(name);
            if (doc == null) {
                return;
            }
            Operation operation = item.getGet();
            operation.setSummary(doc.summary());
            operation.setDescription(doc.description() + SUPPRESSION);
            operation.setTags(List.of("statistics"));
            if (operation.getParameters() != null) {
                for (Parameter parameter : operation.getParameters()) {
                    switch (parameter.getName()) {
                        case "from" ->
                            parameter
                                    .description("First month (YYYY-MM) of the signals or periods counted;"
                                            + " default: eleven months before `to`")
                                    .schema(new StringSchema().pattern("^\\d{4}-\\d{2}$"));
                        case "to" ->
                            parameter
                                    .description("Last month (YYYY-MM), inclusive; default: this month")
                                    .schema(new StringSchema().pattern("^\\d{4}-\\d{2}$"));
                        case "period" ->
                            parameter
                                    .description("The length of a period")
                                    .schema(new StringSchema()._enum(List.of("MONTH", "QUARTER", "YEAR")));
                        case "groupBy" ->
                            parameter
                                    .description("What the rows are grouped by")
                                    .schema(new StringSchema()._enum(doc.groupings()));
                        case "municipalityCode" ->
                            parameter
                                    .description("Only cases signalled by this municipality (CBS code)")
                                    .schema(new StringSchema().pattern("^GM\\d{4}$"));
                        default -> {}
                    }
                }
            }
            ApiResponse ok = operation.getResponses() == null
                    ? null
                    : operation.getResponses().get("200");
            if (ok != null) {
                ok.setDescription("The suppressed aggregate");
                Content content = new Content()
                        .addMediaType(
                                "application/json",
                                new MediaType()
                                        .schema(new ObjectSchema()
                                                .description("statistic, query, suppressionThreshold, dimensions,"
                                                        + " columns, measures and rows (key, total, values,"
                                                        + " measures, suppressed)")))
                        .addMediaType(
                                "text/csv",
                                new MediaType()
                                        .schema(new StringSchema()
                                                .description(
                                                        "RFC 4180 with a header row; x marks a suppressed" + " cell")));
                if (name.equals("regietafel-report")) {
                    content.addMediaType(
                            "text/html",
                            new MediaType().schema(new StringSchema().description("A printable page with SVG charts")));
                }
                ok.setContent(content);
            }
        });
    }
}
