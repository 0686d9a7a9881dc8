package nl.terugkeer.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import nl.terugkeer.api.security.AccessPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The analysts' statistics over HTTP (issue 10): figures as JSON and CSV, small cells suppressed and marked, no
 * suppressed cell derivable from the totals of the same answer, nothing identifying in any answer or any analytics
 * column, and a rebuild that gives the same rows.
 */
@ReturnApiTest
class StatisticsTest {

    private static final int THRESHOLD = 10;
    private static final String OCTOBER = "from=2026-10&to=2026-10";

    /** Every statistic and report an analyst can ask for, with its filters. */
    static final List<String> EVERY_ANSWER = List.of(
            "/v1/statistics/stock-and-flow",
            "/v1/statistics/stock-and-flow?groupBy=MUNICIPALITY&period=MONTH&from=2026-01&to=2026-11",
            "/v1/statistics/stock-and-flow?groupBy=REGION&period=QUARTER&from=2026-01&to=2026-12",
            "/v1/statistics/outcomes",
            "/v1/statistics/outcomes?groupBy=MUNICIPALITY&" + OCTOBER,
            "/v1/statistics/outcomes?groupBy=NATIONALITY",
            "/v1/statistics/outcomes?groupBy=AGE_BAND",
            "/v1/statistics/instruments",
            "/v1/statistics/instruments?groupBy=REGION",
            "/v1/statistics/entitlement",
            "/v1/statistics/entitlement?period=QUARTER&groupBy=LEGAL_BASIS",
            "/v1/statistics/detention",
            "/v1/statistics/detention?groupBy=REGION",
            "/v1/statistics/regietafel-report",
            "/v1/statistics/regietafel-report?groupBy=MUNICIPALITY");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A fresh client each time: headers set on one stay on it. */
    Http analyst() {
        return Http.as(port, "u-analyst-1", "ANALYST", "ANALYST");
    }

    @BeforeEach
    void seed() {
        AnalyticsFixture.seed(port, jdbc);
    }

    @Test
    void givenTenCasesInAMunicipality_whenAnAnalystAsksForItsOutcomes_thenTheTenIsShown() {
        JsonNode answer = analyst()
                .get("/v1/statistics/outcomes?groupBy=MUNICIPALITY&municipalityCode=" + AnalyticsFixture.TEN + "&"
                        + OCTOBER)
                .json();

        JsonNode row = row(answer, AnalyticsFixture.TEN);
        assertThat(row.get("values").get("OPEN").asLong()).isEqualTo(10);
        assertThat(row.get("values").get("TOTAL").asLong()).isEqualTo(10);
        assertThat(row.get("suppressed")).isEmpty();
        assertThat(answer.get("suppressionThreshold").asInt()).isEqualTo(THRESHOLD);
    }

    @Test
    void givenNineCasesInAMunicipality_whenAnAnalystAsksForItsOutcomes_thenTheNineIsHiddenAndMarked() {
        Http.Response response = analyst()
                .get("/v1/statistics/outcomes?groupBy=MUNICIPALITY&municipalityCode=" + AnalyticsFixture.NINE + "&"
                        + OCTOBER);

        assertThat(response.status()).isEqualTo(200);
        JsonNode row = row(response.json(), AnalyticsFixture.NINE);
        assertThat(row.get("values").get("TOTAL").isNull()).isTrue();
        assertThat(row.get("values").get("OPEN").isNull()).isTrue();
        assertThat(row.get("values").get("ADMINISTRATIVE").isNull()).isTrue();
        assertThat(row.get("suppressed").toString()).contains("TOTAL", "OPEN", "ADMINISTRATIVE");
    }

    @Test
    void givenEveryMunicipality_whenGroupedByMunicipality_thenNoSuppressedCellFollowsFromTheTotalsOfTheAnswer() {
        JsonNode answer = analyst()
                .get("/v1/statistics/outcomes?groupBy=MUNICIPALITY&" + OCTOBER)
                .json();

        assertThat(row(answer, AnalyticsFixture.NINE).get("values").get("TOTAL").isNull())
                .isTrue();
        assertThat(row(answer, AnalyticsFixture.TEN).get("values").get("TOTAL").asLong())
                .isEqualTo(10);
        // the answer's own relations, read back from the answer: outcomes add up to CLOSED, OPEN + CLOSED = TOTAL,
        // each column adds up to the TOTAL row
        List<String> columns = new ArrayList<>();
        answer.get("columns").forEach(c -> columns.add(c.asString()));
        List<JsonNode> rows = new ArrayList<>();
        answer.get("rows").forEach(rows::add);
        int width = columns.size();
        boolean[] hidden = new boolean[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < width; c++) {
                hidden[r * width + c] =
                        rows.get(r).get("values").get(columns.get(c)).isNull();
            }
        }
        List<Suppression.Relation> relations = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int base = r * width;
            relations.add(Suppression.Relation.sum(
                    StatisticsQueries.OUTCOMES.stream()
                            .map(o -> base + columns.indexOf(o))
                            .toList(),
                    base + columns.indexOf("CLOSED")));
            relations.add(Suppression.Relation.sum(
                    List.of(base + columns.indexOf("OPEN"), base + columns.indexOf("CLOSED")),
                    base + columns.indexOf("TOTAL")));
        }
        int totalRow = rows.size() - 1;
        assertThat(rows.get(totalRow).get("total").asBoolean()).isTrue();
        for (int c = 0; c < width; c++) {
            List<Integer> parts = new ArrayList<>();
            for (int r = 0; r < totalRow; r++) {
                parts.add(r * width + c);
            }
            relations.add(Suppression.Relation.sum(parts, totalRow * width + c));
        }
        for (Suppression.Relation relation : relations) {
            long hiddenInRelation = java.util.Arrays.stream(relation.cells())
                    .filter(cell -> hidden[cell])
                    .count();
            assertThat(hiddenInRelation)
                    .as("a relation with exactly one hidden cell")
                    .isNotEqualTo(1);
        }
        assertThat(Suppression.firstDerivable(hidden, relations)).isEqualTo(-1);
    }

    @Test
    void givenAnAnalyst_whenAskingForCsv_thenRfc4180WithAHeaderRowAndSuppressedCellsMarked() {
        Http.Response response = analyst()
                .header("Accept", "text/csv")
                .get("/v1/statistics/outcomes?groupBy=MUNICIPALITY&municipalityCode=" + AnalyticsFixture.NINE + "&"
                        + OCTOBER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        String[] lines = response.body().split("\r\n");
        assertThat(response.body()).endsWith("\r\n");
        assertThat(lines[0])
                .isEqualTo("municipality,OPEN,DEPARTED,LAWFUL_RESIDENCE_GRANTED,DECEASED,ADMINISTRATIVE,CLOSED,TOTAL,"
                        + "medianDaysToOutcome,p90DaysToOutcome");
        assertThat(lines[1]).startsWith(AnalyticsFixture.NINE + ",x,0,0,0,x,x,x,");
        for (String line : lines) {
            assertThat(line.split(",", -1)).hasSize(10);
        }
    }

    @Test
    void givenEveryStatisticAndTheReport_whenAskedAsJsonCsvAndHtml_thenNoIdentifierAndNoCountUnderTheThreshold() {
        for (String path : EVERY_ANSWER) {
            Http.Response json = analyst().get(path);
            assertThat(json.status()).as(path + " " + json.body()).isEqualTo(200);
            assertThat(json.contentType()).startsWith("application/json");
            assertNoIdentifier(path, json.body());
            assertNoSmallCount(path, json.json());
            Http.Response csv = analyst().header("Accept", "text/csv").get(path);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertNoIdentifier(path, csv.body());
            assertNoSmallCsvValue(path, csv.body());
        }
        Http.Response html = analyst().header("Accept", "text/html").get("/v1/statistics/regietafel-report");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("<svg", "Regietafel").doesNotContain("<script");
        assertNoIdentifier("report.html", html.body());
    }

    @Test
    void givenTheSeededCases_whenTheRegietafelReportIsAskedPerMunicipality_thenItsSectionsCountComplexCasesOnly() {
        JsonNode report = analyst()
                .get("/v1/statistics/regietafel-report?groupBy=MUNICIPALITY&" + OCTOBER)
                .json();

        List<String> sections = new ArrayList<>();
        report.get("sections").forEach(s -> sections.add(s.get("statistic").asString()));
        assertThat(sections)
                .containsExactly(
                        "complex-cases",
                        "open-obstacles",
                        "escalations",
                        "obstacle-combinations",
                        "case-reviews",
                        "outcomes");
        // Westerwolde has three complex cases (three obstacles): fewer than ten, so suppressed
        JsonNode complex = report.get("sections").get(0);
        for (JsonNode row : complex.get("rows")) {
            if (AnalyticsFixture.TEN.equals(row.get("key").get("municipality").asString())) {
                assertThat(row.get("values").get("COMPLEX_CASES").isNull()).isTrue();
            }
        }
    }

    @Test
    void givenTheAnalyticsSchema_whenEveryColumnOfEveryRowIsSearched_thenNoIdentifierOfASeededPerson() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                        + " 'analytics' ORDER BY 1")
                .query(String.class)
                .list();
        assertThat(tables).contains("case_fact", "entitlement_period", "stock_flow_month");
        for (String table : tables) {
            String rows = String.join(
                    "\n",
                    jdbc.sql("SELECT to_jsonb(t)::text FROM analytics." + table + " t")
                            .query(String.class)
                            .list());
            assertNoIdentifier("analytics." + table, rows);
        }
        List<String> columns = jdbc.sql(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema =" + " 'analytics'")
                .query(String.class)
                .list();
        assertThat(columns).noneMatch(c -> c.matches(".*(name|v_number|bsn|birth_date|date_of_birth|alien_id).*"));
        assertThat(jdbc.sql("SELECT count(*) FROM analytics.case_fact WHERE municipality_code = :m")
                        .param("m", AnalyticsFixture.TEN)
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
    }

    @Test
    void givenTheAnalyticsSchema_whenItsCatalogueIsRead_thenEveryTableAndColumnIsCommented() {
        List<String> uncommented = jdbc.sql("""
                        SELECT c.relname || coalesce('.' || a.attname, '') FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'analytics'
                        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                        WHERE c.relkind = 'r'
                          AND (obj_description(c.oid, 'pg_class') IS NULL
                               OR (a.attname IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL))
                        """).query(String.class).list();

        assertThat(uncommented).isEmpty();
    }

    @Test
    void givenTheAnalyticsRows_whenTheProjectionIsRebuilt_thenTheSameRowsComeBack() {
        List<String> before = analyticsRows();
        Http admin = Http.as(port, "ADMIN");

        Http.Response rebuild = admin.post("/v1/admin/projections/analytics/rebuild", "");

        assertThat(rebuild.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> analyticsRows().equals(before));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/statistics/outcomes?groupBy=SURNAME",
                "/v1/statistics/outcomes?from=2026-13",
                "/v1/statistics/outcomes?from=0000-01&to=0000-02",
                "/v1/statistics/stock-and-flow?groupBy=",
                "/v1/statistics/outcomes?from=2026-11&to=2026-01",
                "/v1/statistics/stock-and-flow?period=DAY",
                "/v1/statistics/detention?municipalityCode=0363",
                "/v1/statistics/entitlement?from=1900-01&to=2026-01",
                "/v1/statistics/regietafel-report?to=yesterday"
            })
    void givenBadFilters_whenAsked_thenA400ProblemThatNamesWhatIsWrong(String path) {
        Http.Response response = analyst().get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).isNotEmpty();
    }

    @Test
    void givenAnAnalystsQueries_whenTheAccessLogIsRead_thenEachIsThereWithoutAPerson() {
        Http logged = Http.as(port, "u-analyst-logged", "ANALYST", "ANALYST");
        logged.get("/v1/statistics/outcomes?groupBy=SOURCE");
        logged.get("/v1/statistics/outcomes?groupBy=NO_SUCH_GROUPING");

        JsonNode entries = Http.as(port, "AUDITOR")
                .get("/v1/access-log?userId=u-analyst-logged")
                .json()
                .get("entries");

        assertThat(entries.valueStream()
                        .map(e -> e.get("name").asString() + " "
                                + e.get("resource").asString() + " "
                                + e.get("status").asInt() + " "
                                + !e.hasNonNull("personPseudonym") + " "
                                + e.get("processingActivityId").asString()))
                .containsExactlyInAnyOrder(
                        "read outcome statistics /v1/statistics/outcomes 200 true "
                                + AccessPolicy.ProcessingActivity.STATISTICS,
                        "read outcome statistics /v1/statistics/outcomes 400 true "
                                + AccessPolicy.ProcessingActivity.STATISTICS);
    }

    @Test
    void givenAnotherRole_whenAskingForStatistics_thenForbidden() {
        for (String role : List.of("DTENV", "IND", "AUDITOR", "ADMIN", "COA")) {
            assertThat(Http.as(port, role).get("/v1/statistics/outcomes").status())
                    .as(role)
                    .isEqualTo(403);
        }
    }

    private List<String> analyticsRows() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("case_fact", "entitlement_period", "stock_flow_month")) {
            rows.addAll(jdbc.sql("SELECT to_jsonb(t)::text FROM analytics." + table + " t ORDER BY 1")
                    .query(String.class)
                    .list());
        }
        return rows;
    }

    private static JsonNode row(JsonNode answer, String key) {
        for (JsonNode row : answer.get("rows")) {
            for (Map.Entry<String, JsonNode> part : row.get("key").properties()) {
                if (part.getValue().asString().equals(key)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row " + key + " in " + answer);
    }

    static void assertNoIdentifier(String where, String text) {
        for (String identifier : AnalyticsFixture.IDENTIFIERS) {
            assertThat(text).as(where).doesNotContainIgnoringCase(identifier);
        }
    }

    /** Every count in every {@code values} object is null (suppressed), 0, or at least the threshold. */
    static void assertNoSmallCount(String where, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("values")) {
                    for (Map.Entry<String, JsonNode> cell : field.getValue().properties()) {
                        JsonNode value = cell.getValue();
                        assertThat(value.isNull() || value.asLong() == 0 || value.asLong() >= THRESHOLD)
                                .as(where + " " + cell.getKey() + " = " + value)
                                .isTrue();
                    }
                } else {
                    assertNoSmallCount(where, field.getValue());
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                assertNoSmallCount(where, child);
            }
        }
    }

    /** In CSV, counts are the integer fields; measures have a decimal or are empty. */
    private static void assertNoSmallCsvValue(String where, String csv) {
        String[] lines = csv.split("\r\n");
        String[] header = lines[0].split(",", -1);
        for (int l = 1; l < lines.length; l++) {
            String[] fields = lines[l].split(",", -1);
            for (int f = 0; f < fields.length; f++) {
                boolean measure = header[f].startsWith("median") || header[f].startsWith("p90");
                if (where.contains("regietafel")) {
                    measure = fields[3].startsWith("median") || fields[3].startsWith("p90");
                }
                if (!measure && fields[f].matches("\\d+")) {
                    long value = Long.parseLong(fields[f]);
                    assertThat(value == 0 || value >= THRESHOLD)
                            .as(where + " line " + l + ": " + lines[l])
                            .isTrue();
                }
            }
        }
    }
}
