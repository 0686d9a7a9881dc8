package nl.terugkeer.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.terugkeer.api.DatabaseOwner;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboards provisioned from {@code deploy/grafana} (issue 10), checked without a container engine: every
 * SQL panel's query runs against this database as the role {@code return_analyst} (and shows no count from 1 to 9),
 * and every metric named by a Prometheus panel is on {@code /actuator/prometheus} of the management port.
 */
@ReturnApiTest
class DashboardsTest {

    private static final Path DASHBOARDS = Path.of("..", "deploy", "grafana", "dashboards");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PROMQL_WORDS = Set.of(
            "sum",
            "rate",
            "irate",
            "increase",
            "max",
            "min",
            "avg",
            "count",
            "by",
            "without",
            "on",
            "ignoring",
            "histogram_quantile",
            "topk",
            "bottomk",
            "abs",
            "clamp_min",
            "delta",
            "deriv",
            "and",
            "or",
            "unless");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void seed() {
        AnalyticsFixture.seed(port, jdbc);
    }

    @Test
    void givenTheProvisionedDashboards_whenRead_thenAnOperationsAndAnAnalyticsDashboardWithPanels() throws IOException {
        List<JsonNode> dashboards = dashboards();

        List<String> titles =
                dashboards.stream().map(d -> d.get("title").asString()).toList();
        assertThat(titles).containsExactlyInAnyOrder("Terugkeerproces: operations", "Terugkeerproces: analytics");
        assertThat(Files.readString(
                        Path.of("..", "deploy", "grafana", "provisioning", "datasources", "datasources.yml")))
                .contains("user: grafana_analyst", "uid: analytics", "uid: prometheus", "http://prometheus:9090");
        assertThat(Files.readString(Path.of("..", "deploy", "prometheus", "prometheus.yml")))
                .contains("return-api:8081", "/actuator/prometheus");
        assertThat(Files.readString(Path.of("..", "docker-compose.yml")))
                .contains("./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml")
                .contains("./deploy/grafana/provisioning:/etc/grafana/provisioning")
                .contains("./deploy/grafana/dashboards:/var/lib/grafana/dashboards")
                .contains("GRAFANA_ANALYST_PASSWORD", "RETURN_ANALYTICS_PSEUDONYMSECRET");
        assertThat(Files.readString(Path.of("..", "deploy", "postgres", "10-roles.sh")))
                .contains("CREATE ROLE return_analyst NOLOGIN", "IN ROLE return_analyst");
    }

    @Test
    void givenEverySqlPanel_whenItsQueryRunsAsReturnAnalyst_thenItAnswersAndShowsNoCountUnderTheThreshold()
            throws IOException {
        List<String> queries = new ArrayList<>();
        for (JsonNode dashboard : dashboards()) {
            for (JsonNode target : targets(dashboard)) {
                if (target.has("rawSql")) {
                    queries.add(target.get("rawSql").asString());
                }
            }
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
        try (DatabaseOwner owner = DatabaseOwner.of(context)) {
            owner.jdbc().sql("SET ROLE return_analyst").update();
            assertThat(owner.jdbc()
                            .sql("SELECT current_user")
                            .query(String.class)
                            .single())
                    .isEqualTo("return_analyst");
            for (String query : queries) {
                String sql = grafanaMacros(query);
                owner.jdbc().sql(sql).query(rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        int type = meta.getColumnType(c);
                        if (type == Types.BIGINT || type == Types.INTEGER || type == Types.NUMERIC) {
                            long value = rs.getLong(c);
                            assertThat(rs.wasNull() || value == 0 || value >= 10)
                                    .as(query + " column " + meta.getColumnName(c) + " = " + value)
                                    .isTrue();
                        }
                    }
                });
            }
            owner.jdbc().sql("RESET ROLE").update();
        }
    }

    @Test
    void givenEveryPrometheusPanel_whenItsMetricsAreLookedUp_thenEachIsOnTheManagementPortsPrometheusEndpoint()
            throws IOException {
        // one command and one read, so that the command and HTTP metrics exist
        Http.asDtenv(port).get("/v1/work-lists?caseManager=rv-dashboards");
        Http.Response scrape = Http.anonymous(managementPort).get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        Set<String> exposed = new TreeSet<>();
        for (String line : scrape.body().split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                exposed.add(line.split("[{ ]", 2)[0]);
            }
        }
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (JsonNode dashboard : dashboards()) {
            for (JsonNode target : targets(dashboard)) {
                if (target.has("expr")) {
                    for (String metric : metrics(target.get("expr").asString())) {
                        checked++;
                        if (!exposed.contains(metric)) {
                            missing.add(metric);
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        if (!missing.isEmpty()) {
            fail("metrics not on /actuator/prometheus: " + missing + "; exposed: " + exposed);
        }
    }

    /** The metric names of a PromQL expression: names outside label matchers, grouping clauses and ranges. */
    static Set<String> metrics(String expression) {
        String bare = expression
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ")
                .replaceAll("\"[^\"]*\"", " ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(bare);
        while (matcher.find()) {
            String name = matcher.group();
            if (!PROMQL_WORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Grafana's macros as the data source would expand them, over all time. */
    static String grafanaMacros(String sql) {
        return sql.replaceAll("\\$__timeFilter\\(([^)]+)\\)", "$1 BETWEEN '1900-01-01' AND '2100-01-01'");
    }

    private static List<JsonNode> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            List<JsonNode> dashboards = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                dashboards.add(JSON.readTree(Files.readString(file)));
            }
            return dashboards;
        }
    }

    private static List<JsonNode> targets(JsonNode dashboard) {
        List<JsonNode> targets = new ArrayList<>();
        List<JsonNode> panels = new ArrayList<>();
        dashboard.get("panels").forEach(panels::add);
        for (int i = 0; i < panels.size(); i++) {
            JsonNode panel = panels.get(i);
            if (panel.has("panels")) {
                panel.get("panels").forEach(panels::add);
            }
            if (panel.has("targets")) {
                panel.get("targets").forEach(targets::add);
            }
        }
        return targets;
    }
}
