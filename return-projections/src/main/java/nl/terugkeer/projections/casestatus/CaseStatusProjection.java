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
import nl.terugkeer.projections.VersionedRow;
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
            active_measures, open_obstacles, detention_basis, detention_ground, detention_ordered_on,
            detention_max_end_on, vbl_ends_on, departure_type,
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
        VersionedRow.of("projections.case_status", "case_id")
                .set("case_id", status.caseId())
                .set("alien_id", status.alienId())
                .set("phase", status.phase())
                .set("signal_source", status.signalSource())
                .set("municipality_code", status.municipalityCode())
                .set("reason", status.reason())
                .set("signalled_on", status.signalledOn())
                .set("case_manager", status.caseManager())
                .setTextArray("active_measures", status.activeMeasures())
                .setTextArray("open_obstacles", status.openObstacles())
                .set("detention_basis", status.detentionBasis())
                .set("detention_ground", status.detentionGround())
                .set("detention_ordered_on", status.detentionOrderedOn())
                .set("detention_max_end_on", status.detentionMaximumEndOn())
                .set("vbl_ends_on", status.vblEndsOn())
                .set("departure_type", status.departureType())
                .set("departed_on", status.departedOn())
                .set("departure_presumed", status.departurePresumed())
                .set("closed_on", status.closedOn())
                .set("last_sequence", sequence)
                .set("last_recorded_at", Timestamp.from(recordedAt))
                .upsert(jdbc);
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
                rs.getString("detention_ground"),
                rs.getObject("detention_ordered_on", LocalDate.class),
                rs.getObject("detention_max_end_on", LocalDate.class),
                rs.getObject("vbl_ends_on", LocalDate.class),
                rs.getString("departure_type"),
                rs.getObject("departed_on", LocalDate.class),
                rs.getObject("departure_presumed", Boolean.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getLong("last_sequence"),
                rs.getTimestamp("last_recorded_at").toInstant());
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
