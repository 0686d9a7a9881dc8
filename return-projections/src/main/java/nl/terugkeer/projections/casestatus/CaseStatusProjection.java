package nl.terugkeer.projections.casestatus;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.shared.CaseId;
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

    private static final String COLUMNS = """
            case_id, alien_id, phase, signal_source, municipality_code, reason, signalled_on, case_manager,
            active_measures, open_obstacles, detention_basis, detention_max_end_on, vbl_ends_on, departure_type,
            departed_on, departure_presumed, closed_on, last_sequence, last_recorded_at""";

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
        CaseStatus status = CaseStatus.of(states.after(event, sequence), sequence, recordedAt);
        jdbc.sql("INSERT INTO projections.case_status (" + COLUMNS + """
                        ) VALUES (:caseId, :alienId, :phase, :source, :municipality, :reason, :signalledOn, :caseManager,
                                  :measures::text[], :obstacles::text[], :detentionBasis, :detentionEnd, :vblEnd,
                                  :departureType, :departedOn, :departurePresumed, :closedOn, :sequence, :recordedAt)
                        ON CONFLICT (case_id) DO UPDATE SET
                            phase = EXCLUDED.phase, case_manager = EXCLUDED.case_manager,
                            active_measures = EXCLUDED.active_measures, open_obstacles = EXCLUDED.open_obstacles,
                            detention_basis = EXCLUDED.detention_basis,
                            detention_max_end_on = EXCLUDED.detention_max_end_on, vbl_ends_on = EXCLUDED.vbl_ends_on,
                            departure_type = EXCLUDED.departure_type, departed_on = EXCLUDED.departed_on,
                            departure_presumed = EXCLUDED.departure_presumed, closed_on = EXCLUDED.closed_on,
                            last_sequence = EXCLUDED.last_sequence, last_recorded_at = EXCLUDED.last_recorded_at
                        WHERE projections.case_status.last_sequence < EXCLUDED.last_sequence
                        """)
                .param("caseId", status.caseId())
                .param("alienId", status.alienId())
                .param("phase", status.phase())
                .param("source", status.signalSource())
                .param("municipality", status.municipalityCode())
                .param("reason", status.reason())
                .param("signalledOn", status.signalledOn())
                .param("caseManager", status.caseManager())
                .param("measures", textArray(status.activeMeasures()))
                .param("obstacles", textArray(status.openObstacles()))
                .param("detentionBasis", status.detentionBasis())
                .param("detentionEnd", status.detentionMaximumEndOn())
                .param("vblEnd", status.vblEndsOn())
                .param("departureType", status.departureType())
                .param("departedOn", status.departedOn())
                .param("departurePresumed", status.departurePresumed())
                .param("closedOn", status.closedOn())
                .param("sequence", sequence)
                .param("recordedAt", Timestamp.from(recordedAt))
                .update();
    }

    @ResetHandler
    void reset() {
        states.forgetAll();
        jdbc.sql("TRUNCATE projections.case_status").update();
    }

    @QueryHandler
    public Optional<CaseStatus> handle(FindCaseStatus query) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM projections.case_status WHERE case_id = :caseId")
                .param("caseId", query.caseId().value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    static CaseStatus map(ResultSet rs) throws SQLException {
        return new CaseStatus(
                rs.getObject("case_id", UUID.class),
                rs.getObject("alien_id", UUID.class),
                rs.getString("phase"),
                rs.getString("signal_source"),
                rs.getString("municipality_code"),
                rs.getString("reason"),
                rs.getObject("signalled_on", LocalDate.class),
                rs.getString("case_manager"),
                list(rs.getArray("active_measures")),
                list(rs.getArray("open_obstacles")),
                rs.getString("detention_basis"),
                rs.getObject("detention_max_end_on", LocalDate.class),
                rs.getObject("vbl_ends_on", LocalDate.class),
                rs.getString("departure_type"),
                rs.getObject("departed_on", LocalDate.class),
                rs.getObject("departure_presumed", Boolean.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getLong("last_sequence"),
                rs.getTimestamp("last_recorded_at").toInstant());
    }

    private static String textArray(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
