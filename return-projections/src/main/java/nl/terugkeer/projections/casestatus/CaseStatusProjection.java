package nl.terugkeer.projections.casestatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps {@code projections.case_status}. Every write is guarded by the aggregate sequence number, so replaying an
 * event that was already applied changes nothing.
 */
@ProcessingGroup(CaseStatusProjection.PROCESSING_GROUP)
public class CaseStatusProjection {

    public static final String PROCESSING_GROUP = "case-status";

    private final JdbcClient jdbc;

    public CaseStatusProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(
            ReturnSignalled event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO projections.case_status
                            (case_id, alien_id, status, signal_source, municipality_code, reason, signalled_on,
                             last_sequence, last_recorded_at)
                        VALUES (:caseId, :alienId, 'SIGNALLED', :source, :municipality, :reason, :signalledOn,
                                :sequence, :recordedAt)
                        ON CONFLICT (case_id) DO NOTHING
                        """)
                .param("caseId", event.caseId().value())
                .param("alienId", event.alienId().value())
                .param("source", event.source().name())
                .param(
                        "municipality",
                        event.municipality() == null
                                ? null
                                : event.municipality().value())
                .param("reason", event.reason())
                .param("signalledOn", event.signalledOn())
                .param("sequence", sequence)
                .param("recordedAt", Timestamp.from(recordedAt))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE projections.case_status").update();
    }

    @QueryHandler
    public Optional<CaseStatus> handle(FindCaseStatus query) {
        return jdbc.sql("""
                        SELECT case_id, alien_id, status, signal_source, municipality_code, reason, signalled_on,
                               last_sequence, last_recorded_at
                        FROM projections.case_status WHERE case_id = :caseId
                        """)
                .param("caseId", query.caseId().value())
                .query((rs, row) -> new CaseStatus(
                        rs.getObject("case_id", java.util.UUID.class),
                        rs.getObject("alien_id", java.util.UUID.class),
                        rs.getString("status"),
                        rs.getString("signal_source"),
                        rs.getString("municipality_code"),
                        rs.getString("reason"),
                        rs.getObject("signalled_on", java.time.LocalDate.class),
                        rs.getLong("last_sequence"),
                        rs.getTimestamp("last_recorded_at").toInstant()))
                .optional();
    }
}
