package nl.terugkeer.api.concurrency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first answer to each (user, Idempotency-Key) pair, kept for {@link #RETENTION_HOURS} hours. */
public class IdempotencyStore {

    static final int RETENTION_HOURS = 24;

    record Stored(
            String requestHash,
            boolean completed,
            Integer status,
            String contentType,
            String location,
            String etag,
            byte[] body,
            boolean committed,
            String committedAggregateId) {}

    /** A claim neither answered nor committed after this long was abandoned (its release failed): free again. */
    static final int ABANDONED_AFTER_SECONDS = 60;

    private final JdbcClient jdbc;

    public IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request; false if the key is already taken (by this or another request). */
    boolean claim(String userId, String key, String requestHash) {
        jdbc.sql("""
                        DELETE FROM api.idempotent_request
                        WHERE user_id = :user AND idempotency_key = :key
                          AND (created_at < now() - make_interval(hours => :hours)
                            OR (NOT completed AND NOT committed
                                AND created_at < now() - make_interval(secs => :abandoned)))
                        """)
                .param("user", userId)
                .param("key", key)
                .param("hours", RETENTION_HOURS)
                .param("abandoned", ABANDONED_AFTER_SECONDS)
                .update();
        return jdbc.sql("""
                        INSERT INTO api.idempotent_request (user_id, idempotency_key, request_hash)
                        VALUES (:user, :key, :hash) ON CONFLICT DO NOTHING
                        """)
                        .param("user", userId)
                        .param("key", key)
                        .param("hash", requestHash)
                        .update()
                == 1;
    }

    Optional<Stored> find(String userId, String key) {
        return jdbc.sql("""
                        SELECT request_hash, completed, status, content_type, location, etag, body, committed,
                               committed_aggregate_id
                        FROM api.idempotent_request WHERE user_id = :user AND idempotency_key = :key
                        """)
                .param("user", userId)
                .param("key", key)
                .query((rs, row) -> new Stored(
                        rs.getString("request_hash"),
                        rs.getBoolean("completed"),
                        (Integer) rs.getObject("status"),
                        rs.getString("content_type"),
                        rs.getString("location"),
                        rs.getString("etag"),
                        rs.getBytes("body"),
                        rs.getBoolean("committed"),
                        rs.getString("committed_aggregate_id")))
                .optional();
    }

    void complete(
            String userId, String key, int status, String contentType, String location, String etag, byte[] body) {
        jdbc.sql("""
                        UPDATE api.idempotent_request
                        SET completed = true, status = :status, content_type = :contentType, location = :location,
                            etag = :etag, body = :body
                        WHERE user_id = :user AND idempotency_key = :key
                        """)
                .param("status", status)
                .param("contentType", contentType)
                .param("location", location)
                .param("etag", etag)
                .param("body", body)
                .param("user", userId)
                .param("key", key)
                .update();
    }

    /** Deletes every record past its window; the number deleted. */
    int purgeExpired() {
        return jdbc.sql("""
                        DELETE FROM api.idempotent_request
                        WHERE created_at < now() - make_interval(hours => :hours)""").param("hours", RETENTION_HOURS).update();
    }

    void release(String userId, String key) {
        jdbc.sql("DELETE FROM api.idempotent_request WHERE user_id = :user AND idempotency_key = :key AND NOT completed"
                        + " AND NOT committed")
                .param("user", userId)
                .param("key", key)
                .update();
    }
}
