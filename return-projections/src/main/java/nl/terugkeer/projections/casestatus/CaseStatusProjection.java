package nl.terugkeer.projections.casestatus;

import java.time.Instant;
import java.util.Optional;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.Columns;
import nl.terugkeer.projections.folds.LatestStates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps {@code projections.case_status}: one row per case, computed with core's fold after every event of the
 * case. Every write is guarded by the aggregate sequence number, so replaying an event changes nothing.
 */
@ProcessingGroup(CaseStatusProjection.PROCESSING_GROUP)
public class CaseStatusProjection {

    public static final String PROCESSING_GROUP = "case-status";

    /** The table's columns, one per component of {@link CaseStatus}, in its order. */
    private static final Columns<CaseStatus> COLUMNS = Columns.of(
            CaseStatus.class,
            "projections.case_status",
            "case_id",
            "case_id",
            "alien_id",
            "phase",
            "signal_source",
            "municipality_code",
            "reason",
            "signalled_on",
            "case_manager",
            "active_measures",
            "open_obstacles",
            "detention_basis",
            "detention_ground",
            "detention_ordered_on",
            "detention_max_end_on",
            "vbl_ends_on",
            "departure_type",
            "departed_on",
            "departure_presumed",
            "closed_on",
            "last_sequence",
            "last_recorded_at");

    private final JdbcClient jdbc;
    private final LatestStates<CaseId, CaseEvent, CaseState> states;

    public CaseStatusProjection(JdbcClient jdbc, LatestStates<CaseId, CaseEvent, CaseState> states) {
        this.jdbc = jdbc;
        this.states = states;
    }

    @EventHandler
    void on(
            CaseEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        COLUMNS.row(CaseStatus.of(states.after(event, sequence), sequence, recordedAt))
                .upsert(jdbc);
    }

    @ResetHandler
    void reset() {
        states.forgetAll();
        jdbc.sql("TRUNCATE projections.case_status").update();
    }

    @QueryHandler
    public Optional<CaseStatus> handle(FindCaseStatus query) {
        return jdbc.sql(COLUMNS.select() + " WHERE case_id = :caseId")
                .param("caseId", query.caseId().value())
                .query((rs, row) -> COLUMNS.read(rs))
                .optional();
    }
}
