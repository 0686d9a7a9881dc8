package nl.terugkeer.projections.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Work lists read from the case-status table: no table of their own, and "due soon" is decided at query time
 * against the given day, so nothing has to be scheduled.
 */
public class WorkListQueries {

    private final JdbcClient jdbc;

    public WorkListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<WorkListItem> handle(FindWorkList query) {
        LocalDate horizon = query.today().plusDays(query.horizonDays());
        String filter = query.caseManager() != null ? "case_manager = :key" : "municipality_code = :key";
        return jdbc.sql("""
                        SELECT case_id, phase, case_manager, municipality_code, signalled_on,
                               detention_max_end_on, vbl_ends_on
                        FROM projections.case_status
                        WHERE closed_on IS NULL AND %s
                        ORDER BY LEAST(detention_max_end_on, vbl_ends_on) NULLS LAST, signalled_on
                        LIMIT 1000
                        """.formatted(filter))
                .param("key", query.caseManager() != null ? query.caseManager() : query.municipalityCode())
                .query((rs, row) -> {
                    List<WorkListItem.Deadline> due = new ArrayList<>();
                    addIfDue(due, "DETENTION_MAXIMUM", rs.getObject("detention_max_end_on", LocalDate.class), horizon);
                    addIfDue(due, "VBL_END", rs.getObject("vbl_ends_on", LocalDate.class), horizon);
                    due.sort(Comparator.comparing(WorkListItem.Deadline::dueOn));
                    return new WorkListItem(
                            rs.getObject("case_id", UUID.class),
                            rs.getString("phase"),
                            rs.getString("case_manager"),
                            rs.getString("municipality_code"),
                            rs.getObject("signalled_on", LocalDate.class),
                            due);
                })
                .list();
    }

    private static void addIfDue(List<WorkListItem.Deadline> due, String kind, LocalDate on, LocalDate horizon) {
        if (on != null && !on.isAfter(horizon)) {
            due.add(new WorkListItem.Deadline(kind, on));
        }
    }
}
