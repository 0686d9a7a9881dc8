package nl.terugkeer.api.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The feed table: appends (with the fan-out to subscriptions in the same transaction) and ordered reads. */
public class FeedStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final String source;

    public FeedStore(JdbcClient jdbc, String source) {
        this.jdbc = jdbc;
        this.source = source;
    }

    /** A stored integration event, before it is wrapped in its envelope. */
    record Stored(
            long position,
            UUID id,
            FeedType type,
            UUID subject,
            String municipalityCode,
            Instant recordedAt,
            String correlationId,
            String dataref,
            JsonNode data) {}

    /**
     * Appends the event unless its id is already there (a replay), and, only when it is new, queues one delivery per
     * live subscription that asked for its type and may see it. Runs in the processor's transaction.
     */
    void append(
            UUID id,
            FeedType type,
            UUID subject,
            String municipalityCode,
            Instant recordedAt,
            String correlationId,
            String dataref,
            Object data) {
        Optional<Long> position = jdbc.sql("""
                        INSERT INTO feed.integration_event
                            (id, type, subject, municipality_code, recorded_at, correlation_id, dataref, data)
                        VALUES (:id, :type, :subject, :municipality, :recordedAt, :correlation, :dataref,
                                CAST(:data AS jsonb))
                        ON CONFLICT (id) DO NOTHING
                        RETURNING position
                        """)
                .param("id", id)
                .param("type", type.type())
                .param("subject", subject)
                .param("municipality", municipalityCode)
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("correlation", correlationId)
                .param("dataref", dataref)
                .param("data", JSON.writeValueAsString(data))
                .query(Long.class)
                .optional();
        position.ifPresent(pos -> jdbc.sql("""
                        INSERT INTO feed.delivery (subscription_id, position, subject, state, next_attempt_at)
                        SELECT s.id, :position, :subject, 'PENDING', now() FROM feed.subscription s
                        WHERE s.deleted_at IS NULL AND :type = ANY (s.types)
                          AND (s.municipality_code IS NULL OR s.municipality_code = :municipality)
                        """)
                .param("position", pos)
                .param("subject", subject)
                .param("type", type.type())
                .param("municipality", municipalityCode)
                .update());
    }

    /** Up to {@code limit} events after {@code after} that {@code scope} may see, of the asked {@code types}. */
    List<Stored> page(long after, List<FeedType> types, FeedScope scope, int limit) {
        String[] allowed =
                types.stream().filter(scope::allows).map(FeedType::type).toArray(String[]::new);
        if (allowed.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM feed.integration_event
                        WHERE position > :after AND type = ANY (CAST(:types AS text[]))
                          AND (CAST(:municipality AS text) IS NULL OR municipality_code = :municipality)
                        ORDER BY position LIMIT :limit
                        """)
                .param("after", after)
                .param("types", "{" + String.join(",", allowed) + "}")
                .param("municipality", scope.municipalityCode())
                .param("limit", limit)
                .query((rs, row) -> map(rs))
                .list();
    }

    long lastPosition() {
        return jdbc.sql("SELECT coalesce(max(position), 0) FROM feed.integration_event")
                .query(Long.class)
                .single();
    }

    CloudEvent envelope(Stored stored) {
        return new CloudEvent(
                CloudEvent.SPEC_VERSION,
                stored.id().toString(),
                source,
                stored.type().type(),
                stored.subject().toString(),
                stored.recordedAt(),
                "application/json",
                stored.type().schemaPath(),
                stored.dataref(),
                "%020d".formatted(stored.position()),
                stored.correlationId(),
                stored.data());
    }

    static Stored map(ResultSet rs) throws SQLException {
        return new Stored(
                rs.getLong("position"),
                rs.getObject("id", UUID.class),
                FeedType.of(rs.getString("type")).orElseThrow(),
                rs.getObject("subject", UUID.class),
                rs.getString("municipality_code"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("correlation_id"),
                rs.getString("dataref"),
                JSON.readTree(rs.getString("data")));
    }
}
