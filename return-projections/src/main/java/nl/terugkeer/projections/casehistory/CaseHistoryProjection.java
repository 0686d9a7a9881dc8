package nl.terugkeer.projections.casehistory;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.projections.Slice;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Keeps {@code projections.case_history}: every event of every case and person, one row each, written once. */
@ProcessingGroup(CaseHistoryProjection.PROCESSING_GROUP)
public class CaseHistoryProjection {

    public static final String PROCESSING_GROUP = "case-history";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public CaseHistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseEvent event, DomainEventMessage<?> message) {
        Long corrects = event instanceof CaseEntryCorrected correction ? correction.correctedSequence() : null;
        record(message, event.businessDate(), corrects);
    }

    @EventHandler
    void on(AlienEvent event, DomainEventMessage<?> message) {
        Long corrects = event instanceof AlienEntryCorrected correction ? correction.correctedSequence() : null;
        record(message, event.businessDate(), corrects);
    }

    private void record(DomainEventMessage<?> message, LocalDate businessDate, Long correctsSequence) {
        jdbc.sql("""
                        INSERT INTO projections.case_history
                            (event_id, aggregate_type, aggregate_id, sequence, event_type, business_date, recorded_at,
                             user_id, role, organisation, correlation_id, causation_id, corrects_sequence, payload)
                        VALUES (:eventId, :aggregateType, :aggregateId, :sequence, :eventType, :businessDate,
                                :recordedAt, :userId, :role, :organisation, :correlationId, :causationId,
                                :corrects, :payload::jsonb)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param("eventId", message.getIdentifier())
                .param("aggregateType", message.getType())
                .param("aggregateId", UUID.fromString(message.getAggregateIdentifier()))
                .param("sequence", message.getSequenceNumber())
                .param("eventType", message.getPayloadType().getSimpleName())
                .param("businessDate", businessDate)
                .param("recordedAt", Timestamp.from(message.getTimestamp()))
                .param("userId", text(message, "userId"))
                .param("role", text(message, "role"))
                .param("organisation", text(message, "organisation"))
                .param("correlationId", text(message, "correlationId"))
                .param("causationId", text(message, "causationId"))
                .param("corrects", correctsSequence)
                .param("payload", json.writeValueAsString(message.getPayload()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE projections.case_history").update();
    }

    @QueryHandler
    public List<HistoryEntry> handle(FindCaseHistory query) {
        return timeline("""
                h.aggregate_id = :id
                OR h.aggregate_id = (SELECT (payload ->> 'alienId')::uuid FROM projections.case_history
                                     WHERE aggregate_id = :id AND sequence = 0)""", query.caseId().value(), null, query.slice());
    }

    @QueryHandler
    public List<HistoryEntry> handle(FindPersonHistory query) {
        return timeline("h.aggregate_id = :id", query.alienId().value(), null, query.slice());
    }

    @QueryHandler
    public List<HistoryEntry> handle(FindEntries query) {
        return timeline(
                "h.aggregate_id = :id AND h.event_type = :eventType",
                query.aggregateId(),
                query.eventType(),
                query.slice());
    }

    @QueryHandler
    public List<UUID> handle(FindPersons query) {
        String filter = query.vNumber() != null
                ? "payload ->> 'vNumber' = :vNumber"
                : "lower(payload -> 'name' ->> 'surname') = lower(:surname)"
                        + (query.dateOfBirth() != null ? " AND payload ->> 'dateOfBirth' = :dateOfBirth" : "");
        return jdbc.sql("SELECT aggregate_id FROM projections.case_history WHERE event_type = 'AlienRegistered' AND "
                        + filter + " ORDER BY aggregate_id LIMIT 100")
                .param("vNumber", query.vNumber())
                .param("surname", query.surname())
                .param(
                        "dateOfBirth",
                        query.dateOfBirth() == null ? null : query.dateOfBirth().toString())
                .query(UUID.class)
                .list();
    }

    private List<HistoryEntry> timeline(String which, UUID id, String eventType, Slice slice) {
        return jdbc.sql("""
                        SELECT h.*, c.sequence AS corrected_by
                        FROM projections.case_history h
                        LEFT JOIN projections.case_history c
                               ON c.aggregate_id = h.aggregate_id AND c.corrects_sequence = h.sequence
                        WHERE %s
                        ORDER BY h.business_date, h.recorded_at, h.sequence, h.aggregate_id
                        LIMIT :limit OFFSET :offset
                        """.formatted(which))
                .param("id", id)
                .param("eventType", eventType)
                .param("limit", slice.limit(), Types.INTEGER)
                .param("offset", slice.offset())
                .query((rs, row) -> new HistoryEntry(
                        rs.getString("event_id"),
                        rs.getString("aggregate_type"),
                        rs.getObject("aggregate_id", UUID.class),
                        rs.getLong("sequence"),
                        rs.getString("event_type"),
                        rs.getObject("business_date", LocalDate.class),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("user_id"),
                        rs.getString("role"),
                        rs.getString("organisation"),
                        rs.getString("correlation_id"),
                        rs.getString("causation_id"),
                        rs.getObject("corrects_sequence", Long.class),
                        rs.getObject("corrected_by", Long.class),
                        rs.getString("payload")))
                .list();
    }

    private static String text(DomainEventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
