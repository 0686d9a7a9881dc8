package nl.terugkeer.api.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The aggregates of the analytics schema as {@link StatTable}s, before suppression. Only counts and durations of
 * groups leave here, never a row of a case or a person.
 */
final class StatisticsQueries {

    static final List<String> CASE_GROUPINGS =
            List.of("REGION", "MUNICIPALITY", "SOURCE", "NATIONALITY", "AGE_BAND", "SIGNALLED_QUARTER", "NONE");
    static final List<String> OUTCOMES = List.of("DEPARTED", "LAWFUL_RESIDENCE_GRANTED", "DECEASED", "ADMINISTRATIVE");
    static final List<String> INSTRUMENTS = List.of(
            "DEPARTURE_INTERVIEW",
            "DOCUMENTS_REQUEST",
            "LAISSEZ_PASSER",
            "EMBASSY_PRESENTATION",
            "RETURN_SUPPORT",
            "REPORTING_OBLIGATION",
            "VBL",
            "FAMILY_LOCATION",
            "AREA_RESTRICTION",
            "DETENTION",
            "MEDIATION");
    static final List<String> ENTITLEMENT_KINDS = List.of(
            "ASYLUM_RECEPTION",
            "INTERIM_RELIEF",
            "DEPARTURE_TERM",
            "ART_64",
            "EQUATED_CATEGORY",
            "VBL",
            "FAMILY_LOCATION",
            "UNACCOMPANIED_MINOR",
            "RVB_ALLOWANCE");

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String grouping(String groupBy) {
        return switch (groupBy) {
            case "REGION" -> "region";
            case "MUNICIPALITY" -> "coalesce(municipality_code, 'ONBEKEND')";
            case "SOURCE" -> "source";
            case "NATIONALITY" -> "coalesce(nationality, 'ONBEKEND')";
            case "AGE_BAND" -> "age_band";
            case "SIGNALLED_QUARTER" -> "signalled_quarter";
            case "BASIS" -> "coalesce(detention_basis, 'ONBEKEND')";
            default -> "'ALL'";
        };
    }

    private static String caseFilter(StatisticsQuery query) {
        return " signalled_month BETWEEN :from AND :to"
                + (query.municipalityCode() == null ? "" : " AND municipality_code = :municipality");
    }

    private JdbcClient.StatementSpec sql(String sql, StatisticsQuery query) {
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("from", query.firstDay()).param("to", query.lastMonthStart());
        if (query.municipalityCode() != null) {
            statement = statement.param("municipality", query.municipalityCode());
        }
        return statement;
    }

    // --- stock and flow ---

    static final List<String> STOCK_FLOW_COLUMNS = List.of(
            "openAtStart",
            "inflow",
            "inflowMunicipality",
            "inflowDtenv",
            "inflowInd",
            "inflowPolice",
            "inflowKmar",
            "outflow",
            "outflowDeparted",
            "outflowLawfulResidence",
            "outflowDeceased",
            "outflowAdministrative",
            "openAtEnd");

    StatTable stockAndFlow(StatisticsQuery query) {
        String group =
                switch (query.groupBy()) {
                    case "MUNICIPALITY" -> "municipality_code";
                    case "REGION" -> "region";
                    default -> "'ALL'";
                };
        String sql = """
                WITH m AS (
                    SELECT %s AS g, %s AS p, month,
                        sum(open_at_start) AS s, sum(inflow) AS i, sum(inflow_municipality) AS im,
                        sum(inflow_dtenv) AS id, sum(inflow_ind) AS ii, sum(inflow_police) AS ip, sum(inflow_kmar) AS ik,
                        sum(outflow) AS o, sum(outflow_departed) AS od, sum(outflow_lawful_residence) AS ol,
                        sum(outflow_deceased) AS ox, sum(outflow_administrative) AS oa, sum(open_at_end) AS e
                    FROM analytics.stock_flow_month
                    WHERE month BETWEEN :from AND :to %s
                    GROUP BY 1, 2, 3
                )
                SELECT p, g, (array_agg(s ORDER BY month))[1] AS s, sum(i) AS i, sum(im) AS im, sum(id) AS id,
                    sum(ii) AS ii, sum(ip) AS ip, sum(ik) AS ik, sum(o) AS o, sum(od) AS od, sum(ol) AS ol,
                    sum(ox) AS ox, sum(oa) AS oa, (array_agg(e ORDER BY month DESC))[1] AS e
                FROM m GROUP BY p, g ORDER BY p, g
                """.formatted(
                        group,
                        query.period().key("month"),
                        query.municipalityCode() == null ? "" : "AND municipality_code = :municipality");
        StatTable table = new StatTable("stock-and-flow", List.of("period", "group"), STOCK_FLOW_COLUMNS);
        String[] names = {"s", "i", "im", "id", "ii", "ip", "ik", "o", "od", "ol", "ox", "oa", "e"};
        sql(sql, query).query((ResultSet rs) -> {
            long[] counts = new long[names.length];
            for (int c = 0; c < names.length; c++) {
                counts[c] = rs.getLong(names[c]);
            }
            table.row(List.of(rs.getString("p"), rs.getString("g")), counts);
        });
        table.columnTotals(1);
        table.rowSum(STOCK_FLOW_COLUMNS.subList(2, 7), "inflow");
        table.rowSum(STOCK_FLOW_COLUMNS.subList(8, 12), "outflow");
        // open at end = open at start + inflow - outflow; and a period's end is the next period's start
        List<List<String>> keys = table.rows.stream().map(r -> r.key).toList();
        for (List<String> key : keys) {
            table.relate(List.of(
                    new Object[] {key, "openAtEnd", 1},
                    new Object[] {key, "openAtStart", -1},
                    new Object[] {key, "inflow", -1},
                    new Object[] {key, "outflow", 1}));
        }
        List<String> periods = keys.stream().map(k -> k.get(0)).distinct().toList();
        for (int p = 0; p + 1 < periods.size(); p++) {
            for (List<String> key : keys) {
                if (key.get(0).equals(periods.get(p))) {
                    List<String> next = List.of(periods.get(p + 1), key.get(1));
                    if (keys.contains(next)) {
                        table.relate(
                                List.of(new Object[] {key, "openAtEnd", 1}, new Object[] {next, "openAtStart", -1}));
                    }
                }
            }
        }
        return table;
    }

    // --- outcomes and durations ---

    static final List<String> OUTCOME_COLUMNS = List.of(
            "OPEN", "DEPARTED", "LAWFUL_RESIDENCE_GRANTED", "DECEASED", "ADMINISTRATIVE", "CLOSED", StatTable.TOTAL);

    /** The outcome counts of a group of case facts, as SQL select items; read back by {@link #outcomeCounts}. */
    static final String OUTCOME_COUNTS = """
            count(*) FILTER (WHERE outcome IS NULL) AS open,
            count(*) FILTER (WHERE outcome = 'DEPARTED') AS departed,
            count(*) FILTER (WHERE outcome = 'LAWFUL_RESIDENCE_GRANTED') AS lawful,
            count(*) FILTER (WHERE outcome = 'DECEASED') AS deceased,
            count(*) FILTER (WHERE outcome = 'ADMINISTRATIVE') AS administrative,
            count(*) FILTER (WHERE outcome IS NOT NULL) AS closed,
            count(*) AS total""";

    /** The counts of {@link #OUTCOME_COUNTS}, in the order of {@link #OUTCOME_COLUMNS}. */
    static long[] outcomeCounts(ResultSet rs) throws SQLException {
        return new long[] {
            rs.getLong("open"),
            rs.getLong("departed"),
            rs.getLong("lawful"),
            rs.getLong("deceased"),
            rs.getLong("administrative"),
            rs.getLong("closed"),
            rs.getLong("total")
        };
    }

    StatTable outcomes(StatisticsQuery query) {
        String sql = """
                SELECT %s AS g,
                    %s,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_outcome) AS median,
                    percentile_cont(0.9) WITHIN GROUP (ORDER BY days_to_outcome) AS p90
                FROM analytics.case_fact WHERE %s
                GROUP BY 1 ORDER BY 1
                """.formatted(grouping(query.groupBy()), OUTCOME_COUNTS, caseFilter(query));
        StatTable table = new StatTable("outcomes", List.of(query.groupBy().toLowerCase()), OUTCOME_COLUMNS);
        Map<List<String>, double[]> durations = new LinkedHashMap<>();
        sql(sql, query).query((ResultSet rs) -> {
            table.row(List.of(rs.getString("g")), outcomeCounts(rs));
            durations.put(List.of(rs.getString("g")), new double[] {number(rs, "median"), number(rs, "p90")});
        });
        table.columnTotals(0);
        table.rowSum(OUTCOMES, "CLOSED").rowSum(List.of("OPEN", "CLOSED"), StatTable.TOTAL);
        table.measure("medianDaysToOutcome", "CLOSED").measure("p90DaysToOutcome", "CLOSED");
        Map<String, Object> overall = sql(
                        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_outcome) AS median,"
                                + " percentile_cont(0.9) WITHIN GROUP (ORDER BY days_to_outcome) AS p90"
                                + " FROM analytics.case_fact WHERE" + caseFilter(query),
                        query)
                .query()
                .singleRow();
        for (StatTable.Row row : table.rows) {
            double[] d = row.total
                    ? new double[] {asDouble(overall.get("median")), asDouble(overall.get("p90"))}
                    : durations.get(row.key);
            putMeasure(row, "medianDaysToOutcome", d[0]);
            putMeasure(row, "p90DaysToOutcome", d[1]);
        }
        return table;
    }

    // --- instruments and their outcomes ---

    StatTable instruments(StatisticsQuery query) {
        String sql = """
                SELECT %s AS g, instrument,
                    %s,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_outcome) AS median
                FROM analytics.case_fact, unnest(instruments) AS instrument
                WHERE %s
                GROUP BY 1, 2 ORDER BY 1, 2
                """.formatted(grouping(query.groupBy()), OUTCOME_COUNTS, caseFilter(query));
        StatTable table =
                new StatTable("instruments", List.of(query.groupBy().toLowerCase(), "instrument"), OUTCOME_COLUMNS);
        Map<List<String>, Double> medians = new LinkedHashMap<>();
        sql(sql, query).query((ResultSet rs) -> {
            List<String> key = List.of(rs.getString("g"), rs.getString("instrument"));
            table.row(key, outcomeCounts(rs));
            medians.put(key, number(rs, "median"));
        });
        table.columnTotals(1);
        table.rowSum(OUTCOMES, "CLOSED").rowSum(List.of("OPEN", "CLOSED"), StatTable.TOTAL);
        table.measure("medianDaysToOutcome", "CLOSED");
        for (StatTable.Row row : table.rows) {
            if (!row.total) {
                putMeasure(row, "medianDaysToOutcome", medians.get(row.key));
            }
        }
        return table;
    }

    // --- entitlement by kind over time ---

    StatTable entitlement(StatisticsQuery query) {
        boolean byBasis = "LEGAL_BASIS".equals(query.groupBy());
        String column = byBasis ? "legal_basis" : "kind";
        List<String> columns = new ArrayList<>(
                byBasis
                        ? jdbc.sql("SELECT DISTINCT legal_basis FROM analytics.entitlement_period WHERE kind <> 'NONE'"
                                        + " ORDER BY 1")
                                .query(String.class)
                                .list()
                        : ENTITLEMENT_KINDS);
        columns.add(StatTable.TOTAL);
        String trunc = query.period().truncation();
        String sql = """
                WITH periods AS (
                    SELECT DISTINCT date_trunc('%s', m)::date AS start,
                        (date_trunc('%s', m) + interval '%s' - interval '1 day')::date AS stop
                    FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 month') AS m
                )
                SELECT %s AS p, e.%s AS c, count(DISTINCT e.person_key) AS n
                FROM periods JOIN analytics.entitlement_period e
                    ON e.from_month <= periods.stop AND (e.until_month IS NULL OR e.until_month >= periods.start)
                WHERE e.kind <> 'NONE'
                GROUP BY 1, 2 ORDER BY 1, 2
                """.formatted(
                        trunc, trunc, query.period().interval(), query.period().key("periods.start"), column);
        Map<String, long[]> byPeriod = new LinkedHashMap<>();
        for (YearMonth m = query.from(); !m.isAfter(query.to()); m = m.plusMonths(1)) {
            String key =
                    switch (query.period()) {
                        case MONTH -> m.toString();
                        case QUARTER -> m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
                        case YEAR -> Integer.toString(m.getYear());
                    };
            byPeriod.computeIfAbsent(key, k -> new long[columns.size()]);
        }
        jdbc.sql(sql)
                .param("from", query.firstDay())
                .param("to", query.lastMonthStart())
                .query((ResultSet rs) -> {
                    long[] counts = byPeriod.get(rs.getString("p"));
                    int c = columns.indexOf(rs.getString("c"));
                    if (counts != null && c >= 0) {
                        counts[c] = rs.getLong("n");
                        counts[columns.size() - 1] += rs.getLong("n");
                    }
                });
        StatTable table = new StatTable("entitlement", List.of("period"), columns);
        byPeriod.forEach((period, counts) -> table.row(List.of(period), counts));
        table.rowSum(columns.subList(0, columns.size() - 1), StatTable.TOTAL);
        return table;
    }

    // --- detention durations against the legal maximum ---

    StatTable detention(StatisticsQuery query) {
        String sql = """
                SELECT %s AS g,
                    count(*) FILTER (WHERE NOT detention_past_maximum) AS within,
                    count(*) FILTER (WHERE detention_past_maximum) AS past,
                    count(*) AS total,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY detention_days) AS median,
                    percentile_cont(0.9) WITHIN GROUP (ORDER BY detention_days) AS p90,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY detention_max_days) AS median_max,
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY 100.0 * detention_days / nullif(detention_max_days, 0))
                        AS median_share
                FROM analytics.case_fact
                WHERE 'DETENTION' = ANY (instruments) AND %s
                GROUP BY 1 ORDER BY 1
                """.formatted(grouping(query.groupBy()), caseFilter(query));
        StatTable table = new StatTable(
                "detention",
                List.of(query.groupBy().toLowerCase()),
                List.of("WITHIN_MAXIMUM", "PAST_MAXIMUM", StatTable.TOTAL));
        Map<List<String>, double[]> measures = new LinkedHashMap<>();
        sql(sql, query).query((ResultSet rs) -> {
            List<String> key = List.of(rs.getString("g"));
            table.row(key, rs.getLong("within"), rs.getLong("past"), rs.getLong("total"));
            measures.put(key, new double[] {
                number(rs, "median"), number(rs, "p90"), number(rs, "median_max"), number(rs, "median_share")
            });
        });
        table.columnTotals(0);
        table.rowSum(List.of("WITHIN_MAXIMUM", "PAST_MAXIMUM"), StatTable.TOTAL);
        List<String> names = List.of("medianDays", "p90Days", "medianMaximumDays", "medianPercentOfMaximum");
        names.forEach(name -> table.measure(name, StatTable.TOTAL));
        for (StatTable.Row row : table.rows) {
            double[] values = measures.get(row.key);
            if (values != null) {
                for (int i = 0; i < names.size(); i++) {
                    putMeasure(row, names.get(i), values[i]);
                }
            }
        }
        return table;
    }

    static double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static double asDouble(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    static void putMeasure(StatTable.Row row, String name, Double value) {
        if (value != null && !value.isNaN()) {
            row.measures.put(name, Math.round(value * 10) / 10.0);
        }
    }

    static List<String> list(String... values) {
        return Arrays.asList(values);
    }
}
