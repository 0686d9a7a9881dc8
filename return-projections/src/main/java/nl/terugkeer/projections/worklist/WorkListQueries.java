package nl.terugkeer.projections.worklist;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Work lists read from the case-status table: no table of their own, and "due soon" is decided at query time
 * against the given day, so nothing has to be scheduled. A detention whose maximum end lies before that day is
 * flagged as past its legal maximum, whatever the horizon.
 */
public class WorkListQueries {

    private final JdbcClient jdbc;

    public WorkListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<WorkListItem> handle(FindWorkList query) {
        LocalDate horizon = query.today().plusDays(query.horizonDays());
        String filter = query.caseManager() != null ? "c.case_manager = :key" : "c.municipality_code = :key";
        return jdbc.sql("""
                        SELECT c.case_id, c.phase, c.case_manager, c.municipality_code, c.signalled_on,
                               c.detention_max_end_on, c.vbl_ends_on,
                               p.departure_term_ends_on, p.deferral_last_day
                        FROM projections.case_status c
                        LEFT JOIN projections.person_overview p ON p.alien_id = c.alien_id
                        WHERE c.closed_on IS NULL AND %s
                        ORDER BY CASE WHEN c.detention_max_end_on < :today THEN 0 ELSE 1 END,
                                 LEAST(c.detention_max_end_on, c.vbl_ends_on, p.departure_term_ends_on,
                                       p.deferral_last_day) NULLS LAST, c.signalled_on, c.case_id
                        LIMIT :limit OFFSET :offset
                        """.formatted(filter))
                .param("limit", query.slice().limit(), Types.INTEGER)
                .param("offset", query.slice().offset())
                .param("key", query.caseManager() != null ? query.caseManager() : query.municipalityCode())
                .param("today", query.today())
                .query((rs, row) -> {
                    List<WorkListItem.Deadline> due = new ArrayList<>();
                    LocalDate detentionEnd = rs.getObject("detention_max_end_on", LocalDate.class);
                    if (detentionEnd != null && detentionEnd.isBefore(query.today())) {
                        due.add(WorkListItem.Deadline.of(DeadlineKind.DETENTION_PAST_MAXIMUM, detentionEnd));
                    } else {
                        addIfDue(due, DeadlineKind.DETENTION_MAXIMUM, detentionEnd, query.today(), horizon);
                    }
                    addIfDue(
                            due,
                            DeadlineKind.VBL_END,
                            rs.getObject("vbl_ends_on", LocalDate.class),
                            query.today(),
                            horizon);
                    addIfDue(
                            due,
                            DeadlineKind.DEPARTURE_TERM_END,
                            rs.getObject("departure_term_ends_on", LocalDate.class),
                            query.today(),
                            horizon);
                    addIfDue(
                            due,
                            DeadlineKind.ART_64_END,
                            rs.getObject("deferral_last_day", LocalDate.class),
                            query.today(),
                            horizon);
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

    private static void addIfDue(
            List<WorkListItem.Deadline> due, DeadlineKind kind, LocalDate on, LocalDate today, LocalDate horizon) {
        if (on != null && !on.isBefore(today) && !on.isAfter(horizon)) {
            due.add(WorkListItem.Deadline.of(kind, on));
        }
    }
}
