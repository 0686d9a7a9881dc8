package nl.terugkeer.api.accesslog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Appends to and reads the access log table. Never updates or deletes (the table's triggers refuse it anyway). */
public class AccessLog {

    /** One access. */
    public record Entry(
            long id,
            Instant occurredAt,
            String userId,
            String role,
            String organisation,
            String action,
            String httpMethod,
            String resource,
            String personPseudonym,
            String traceId,
            int status) {}

    /** Filters; each is optional. */
    public record Filter(String personPseudonym, String userId, String traceId) {}

    private final JdbcClient jdbc;

    public AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(
            String userId,
            String role,
            String organisation,
            String action,
            String httpMethod,
            String resource,
            String personPseudonym,
            String traceId,
            int status) {
        jdbc.sql("""
                        INSERT INTO access_log.entry (user_id, role, organisation, action, http_method, resource,
                                                      person_pseudonym, trace_id, status)
                        VALUES (:userId, :role, :organisation, :action, :method, :resource, :person, :trace, :status)
                        """)
                .param("userId", userId)
                .param("role", role)
                .param("organisation", organisation)
                .param("action", action)
                .param("method", httpMethod)
                .param("resource", truncate(resource, 300))
                .param("person", personPseudonym)
                .param("trace", traceId)
                .param("status", status)
                .update();
    }

    /** Newest first; {@code limit} rows from {@code offset}. */
    public List<Entry> find(Filter filter, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM access_log.entry
                        WHERE (CAST(:person AS TEXT) IS NULL OR person_pseudonym = :person)
                          AND (CAST(:userId AS TEXT) IS NULL OR user_id = :userId)
                          AND (CAST(:trace AS TEXT) IS NULL OR trace_id = :trace)
                        ORDER BY id DESC
                        OFFSET :offset LIMIT :limit
                        """)
                .param("person", filter.personPseudonym())
                .param("userId", filter.userId())
                .param("trace", filter.traceId())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class)
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toInstant(),
                        rs.getString("user_id"),
                        rs.getString("role"),
                        rs.getString("organisation"),
                        rs.getString("action"),
                        rs.getString("http_method"),
                        rs.getString("resource"),
                        Optional.ofNullable(rs.getString("person_pseudonym")).orElse(null),
                        rs.getString("trace_id"),
                        rs.getInt("status")))
                .list();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
