package nl.terugkeer.api.statistics;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Landelijke Regietafel's report (issue 10): patterns of complex cases (a case with an obstacle, an escalation or
 * a case review) per quarter of the signal and per region, never a case. Every section is a {@link StatTable}, so the
 * report is suppressed like every other answer.
 */
final class RegietafelReport {

    static final String COMPLEX = "(cardinality(obstacle_types) > 0 OR escalations > 0 OR reviews > 0)";
    static final List<String> OBSTACLES = List.of(
            "NON_COOPERATION_ALIEN",
            "NON_COOPERATION_COUNTRY",
            "NO_TRAVEL_DOCUMENT",
            "IDENTITY_OR_NATIONALITY_UNCLEAR",
            "NON_STATEMENT",
            "MEDICAL",
            "PREGNANCY",
            "TUBERCULOSIS",
            "PROCEDURE_PENDING",
            "HUMAN_TRAFFICKING_SIGNAL",
            "MINOR_CHILDREN_IN_FAMILY",
            "UNACCOMPANIED_MINOR");
    static final List<String> DOMAINS = List.of("CARE", "SAFETY", "MEDICAL", "PUBLIC_ORDER");
    static final List<String> PARTICIPANTS =
            List.of("DTENV", "IND", "COA", "MUNICIPALITY", "POLICE", "KMAR", "IOM", "CARE_PROVIDER");

    /** The titles of the sections, in the report's order. */
    static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("complex-cases", "Complex cases and time stuck (days with an open obstacle)");
        TITLES.put("open-obstacles", "Open obstacles by type (cases)");
        TITLES.put("obstacle-combinations", "Combinations of obstacles ever registered (cases)");
        TITLES.put("escalations", "Escalations by domain (cases)");
        TITLES.put("case-reviews", "Case reviews: cases reviewed, options explored, who took part (cases)");
        TITLES.put("outcomes", "Outcomes of complex cases (cases)");
    }

    private final JdbcClient jdbc;

    RegietafelReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatTable> sections(StatisticsQuery query) {
        String group = StatisticsQueries.grouping(query.groupBy());
        String where = " WHERE " + COMPLEX + " AND signalled_month BETWEEN :from AND :to"
                + (query.municipalityCode() == null ? "" : " AND municipality_code = :municipality");
        List<StatTable> sections = new ArrayList<>();

        StatTable complex = new StatTable(
                "complex-cases", List.of("quarter", query.groupBy().toLowerCase()), List.of("COMPLEX_CASES"));
        Map<List<String>, double[]> stuck = new LinkedHashMap<>();
        query(
                "SELECT signalled_quarter AS q, " + group + " AS g, count(*) AS n,"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY obstacle_days) AS median,"
                        + " percentile_cont(0.9) WITHIN GROUP (ORDER BY obstacle_days) AS p90"
                        + " FROM analytics.case_fact" + where + " GROUP BY 1, 2 ORDER BY 1, 2",
                query,
                rs -> {
                    List<String> key = List.of(rs.getString("q"), rs.getString("g"));
                    complex.row(key, rs.getLong("n"));
                    stuck.put(
                            key,
                            new double[] {StatisticsQueries.number(rs, "median"), StatisticsQueries.number(rs, "p90")});
                });
        complex.columnTotals(1).measure("medianDaysStuck", "COMPLEX_CASES").measure("p90DaysStuck", "COMPLEX_CASES");
        for (StatTable.Row row : complex.rows) {
            double[] values = stuck.get(row.key);
            if (values != null) {
                StatisticsQueries.putMeasure(row, "medianDaysStuck", values[0]);
                StatisticsQueries.putMeasure(row, "p90DaysStuck", values[1]);
            }
        }
        sections.add(complex);

        sections.add(countsPerType(
                "open-obstacles", query, group, where, OBSTACLES, "open_obstacle_types @> ARRAY[CAST(:v AS text)]"));
        sections.add(countsPerType(
                "escalations", query, group, where, DOMAINS, "escalation_domains @> ARRAY[CAST(:v AS text)]"));

        StatTable combinations = new StatTable("obstacle-combinations", List.of("combination"), List.of("CASES"));
        query(
                "SELECT array_to_string(obstacle_types, ' + ') AS c, count(*) AS n FROM analytics.case_fact" + where
                        + " AND cardinality(obstacle_types) > 0 GROUP BY 1 ORDER BY 2 DESC, 1",
                query,
                rs -> combinations.row(List.of(rs.getString("c")), rs.getLong("n")));
        sections.add(combinations.columnTotals(0));

        List<String> reviewColumns = new ArrayList<>(List.of("CASES_REVIEWED", "REVIEWS", "OPTIONS_EXPLORED"));
        reviewColumns.addAll(PARTICIPANTS);
        StatTable reviews =
                new StatTable("case-reviews", List.of("quarter", query.groupBy().toLowerCase()), reviewColumns);
        StringBuilder participantCounts = new StringBuilder();
        for (String participant : PARTICIPANTS) {
            participantCounts
                    .append(", count(*) FILTER (WHERE review_participants @> ARRAY['")
                    .append(participant)
                    .append("']) AS ")
                    .append(participant.toLowerCase());
        }
        query(
                "SELECT signalled_quarter AS q, " + group + " AS g, count(*) FILTER (WHERE reviews > 0) AS cases,"
                        + " sum(reviews) AS reviews, sum(review_options_explored) AS options" + participantCounts
                        + " FROM analytics.case_fact" + where + " GROUP BY 1, 2 ORDER BY 1, 2",
                query,
                rs -> {
                    long[] counts = new long[reviewColumns.size()];
                    counts[0] = rs.getLong("cases");
                    counts[1] = rs.getLong("reviews");
                    counts[2] = rs.getLong("options");
                    for (int i = 0; i < PARTICIPANTS.size(); i++) {
                        counts[3 + i] = rs.getLong(PARTICIPANTS.get(i).toLowerCase());
                    }
                    reviews.row(List.of(rs.getString("q"), rs.getString("g")), counts);
                });
        sections.add(reviews.columnTotals(1));

        StatTable outcomes = new StatTable(
                "outcomes", List.of("quarter", query.groupBy().toLowerCase()), StatisticsQueries.OUTCOME_COLUMNS);
        query(
                "SELECT signalled_quarter AS q, " + group + " AS g,"
                        + StatisticsQueries.OUTCOME_COUNTS
                        + " FROM analytics.case_fact" + where + " GROUP BY 1, 2 ORDER BY 1, 2",
                query,
                rs -> outcomes.row(List.of(rs.getString("q"), rs.getString("g")), StatisticsQueries.outcomeCounts(rs)));
        outcomes.columnTotals(1)
                .rowSum(StatisticsQueries.OUTCOMES, "CLOSED")
                .rowSum(List.of("OPEN", "CLOSED"), StatTable.TOTAL);
        sections.add(outcomes);
        return sections;
    }

    /** Cases per quarter and group that have each of {@code types} (a case may count under several). */
    private StatTable countsPerType(
            String name, StatisticsQuery query, String group, String where, List<String> types, String condition) {
        StatTable table = new StatTable(name, List.of("quarter", query.groupBy().toLowerCase()), types);
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            columns.append(", count(*) FILTER (WHERE ")
                    .append(condition.replace("CAST(:v AS text)", "'" + types.get(i) + "'"))
                    .append(") AS c")
                    .append(i);
        }
        query(
                "SELECT signalled_quarter AS q, " + group + " AS g" + columns + " FROM analytics.case_fact" + where
                        + " GROUP BY 1, 2 ORDER BY 1, 2",
                query,
                rs -> {
                    long[] counts = new long[types.size()];
                    for (int i = 0; i < types.size(); i++) {
                        counts[i] = rs.getLong("c" + i);
                    }
                    table.row(List.of(rs.getString("q"), rs.getString("g")), counts);
                });
        return table.columnTotals(1);
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws java.sql.SQLException;
    }

    private void query(String sql, StatisticsQuery query, RowHandler handler) {
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql).param("from", query.firstDay()).param("to", query.lastMonthStart());
        if (query.municipalityCode() != null) {
            statement = statement.param("municipality", query.municipalityCode());
        }
        statement.query(handler::handle);
    }
}
