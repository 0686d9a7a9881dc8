package nl.terugkeer.api.feed;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Webhook subscriptions and the state of their deliveries. */
public class Subscriptions {

    private final JdbcClient jdbc;

    public Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Subscription(
            UUID id,
            String ownerRole,
            String ownerOrganisation,
            String municipalityCode,
            String callbackUrl,
            String secret,
            List<String> types,
            Instant createdAt) {}

    Subscription create(
            String role,
            String organisation,
            String user,
            String municipality,
            String url,
            List<FeedType> types,
            String secret,
            Instant now) {
        Subscription subscription = new Subscription(
                UUID.randomUUID(),
                role,
                organisation,
                municipality,
                url,
                secret,
                types.stream().map(FeedType::type).toList(),
                now);
        jdbc.sql("""
                        INSERT INTO feed.subscription (id, owner_role, owner_organisation, created_by, municipality_code,
                            callback_url, secret, types, created_at)
                        VALUES (:id, :role, :organisation, :user, :municipality, :url, :secret, CAST(:types AS text[]), :createdAt)
                        """)
                .param("id", subscription.id())
                .param("role", role)
                .param("organisation", organisation)
                .param("user", user)
                .param("municipality", municipality)
                .param("url", url)
                .param("secret", secret)
                .param("types", "{" + String.join(",", subscription.types()) + "}")
                .param("createdAt", Timestamp.from(now))
                .update();
        return subscription;
    }

    /** Live subscriptions, all of them or those of one owner (role and organisation). */
    List<Subscription> list(Optional<String[]> owner) {
        return jdbc.sql("""
                        SELECT * FROM feed.subscription WHERE deleted_at IS NULL
                          AND (CAST(:role AS text) IS NULL OR (owner_role = :role AND owner_organisation = :organisation))
                        ORDER BY created_at, id
                        """)
                .param("role", owner.map(o -> o[0]).orElse(null))
                .param("organisation", owner.map(o -> o[1]).orElse(null))
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<Subscription> find(UUID id) {
        return jdbc.sql("SELECT * FROM feed.subscription WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** Ends a subscription: nothing more is queued for it and what waits is dropped. */
    void delete(UUID id, Instant now) {
        jdbc.sql("UPDATE feed.subscription SET deleted_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM feed.delivery WHERE subscription_id = :id AND state <> 'DELIVERED'")
                .param("id", id)
                .update();
    }

    /** The number of deliveries per state (PENDING, DELIVERED, DEAD). */
    Map<String, Long> counts(UUID id) {
        Map<String, Long> counts = new java.util.TreeMap<>(Map.of("PENDING", 0L, "DELIVERED", 0L, "DEAD", 0L));
        jdbc.sql("SELECT state, count(*) AS n FROM feed.delivery WHERE subscription_id = :id GROUP BY state")
                .param("id", id)
                .query((rs, row) -> Map.entry(rs.getString("state"), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    record Delivery(
            String eventId,
            String type,
            String subject,
            String state,
            int attempts,
            Instant nextAttemptAt,
            Integer lastStatus,
            String lastError,
            Instant deliveredAt) {}

    List<Delivery> deliveries(UUID id, String state, int limit) {
        return jdbc.sql("""
                        SELECT e.id, e.type, d.subject, d.state, d.attempts, d.next_attempt_at, d.last_status,
                               d.last_error, d.delivered_at
                        FROM feed.delivery d JOIN feed.integration_event e ON e.position = d.position
                        WHERE d.subscription_id = :id AND d.state = :state ORDER BY d.position LIMIT :limit
                        """)
                .param("id", id)
                .param("state", state)
                .param("limit", limit)
                .query((rs, row) -> new Delivery(
                        rs.getString("id"),
                        rs.getString("type"),
                        rs.getString("subject"),
                        rs.getString("state"),
                        rs.getInt("attempts"),
                        instant(rs.getTimestamp("next_attempt_at")),
                        (Integer) rs.getObject("last_status"),
                        rs.getString("last_error"),
                        instant(rs.getTimestamp("delivered_at"))))
                .list();
    }

    /** Puts every dead delivery of the subscription back in the queue, due now, with a fresh count of attempts. */
    int replayDead(UUID id) {
        return jdbc.sql("""
                        UPDATE feed.delivery SET state = 'PENDING', attempts = 0, next_attempt_at = now(),
                            claimed_until = NULL, claimed_by = NULL
                        WHERE subscription_id = :id AND state = 'DEAD'
                        """).param("id", id).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Subscription map(ResultSet rs) throws SQLException {
        Array types = rs.getArray("types");
        return new Subscription(
                rs.getObject("id", UUID.class),
                rs.getString("owner_role"),
                rs.getString("owner_organisation"),
                rs.getString("municipality_code"),
                rs.getString("callback_url"),
                rs.getString("secret"),
                Arrays.asList((String[]) types.getArray()),
                rs.getTimestamp("created_at").toInstant());
    }

    static String describe(List<String> types) {
        return types.stream().collect(Collectors.joining(","));
    }
}
