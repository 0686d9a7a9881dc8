package nl.terugkeer.api.accesslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to and reads the access log table. Never updates or deletes (the table's triggers refuse it anyway). The
 * records follow Logboek Dataverwerkingen (ADR 0009): one action per record, at most one data subject.
 */
public class AccessLog {

    /** How the data subject is identified: the HMAC pseudonym of the person's id (never the V-number or BSN). */
    public static final String DATA_SUBJECT_ID_TYPE = "urn:nl:terugkeer:pseudoniem:hmac-sha256:alien-id";

    /** One access as stored and as auditors read it. */
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
            int status,
            String spanId,
            String parentSpanId,
            String name,
            Instant startTime,
            Instant endTime,
            String statusCode,
            String processingActivityId,
            String dataSubjectIdType,
            String foreignOperationProcessor) {}

    /**
     * One record to append.
     *
     * @param statusCode LDV's {@code OK}, {@code UNSET} (refused or bad input, handled fine) or {@code ERROR}
     */
    public record Record(
            String userId,
            String role,
            String organisation,
            String action,
            String httpMethod,
            String resource,
            String personPseudonym,
            String traceId,
            int status,
            String spanId,
            String parentSpanId,
            String name,
            Instant startTime,
            Instant endTime,
            String statusCode,
            String processingActivityId,
            String foreignOperationProcessor) {}

    /** Filters; each is optional. */
    public record Filter(String personPseudonym, String userId, String traceId) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public AccessLog(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Appends one record, in the caller's transaction if there is one (a command's), else on its own. A failure is
     * thrown as {@link AccessLogUnavailable}: the caller must not answer without the record.
     */
    void append(Record record) {
        try {
            jdbc.sql("""
                            INSERT INTO access_log.entry (occurred_at, user_id, role, organisation, action, http_method,
                                resource, person_pseudonym, trace_id, status, span_id, parent_span_id, name,
                                start_time, end_time, status_code, processing_activity_id, data_subject_id_type,
                                foreign_operation_processor)
                            VALUES (:end, :userId, :role, :organisation, :action, :method, :resource, :person, :trace,
                                :status, :span, :parent, :name, :start, :end, :statusCode, :activity, :subjectType,
                                :foreign)
                            """)
                    .param("userId", record.userId())
                    .param("role", record.role())
                    .param("organisation", record.organisation())
                    .param("action", record.action())
                    .param("method", record.httpMethod())
                    .param("resource", truncate(record.resource(), 300))
                    .param("person", record.personPseudonym())
                    .param("trace", record.traceId())
                    .param("status", record.status())
                    .param("span", record.spanId())
                    .param("parent", record.parentSpanId())
                    .param("name", truncate(record.name(), 200))
                    .param("start", OffsetDateTime.ofInstant(record.startTime(), ZoneOffset.UTC))
                    .param("end", OffsetDateTime.ofInstant(record.endTime(), ZoneOffset.UTC))
                    .param("statusCode", record.statusCode())
                    .param("activity", record.processingActivityId())
                    .param("subjectType", record.personPseudonym() == null ? null : DATA_SUBJECT_ID_TYPE)
                    .param("foreign", truncate(record.foreignOperationProcessor(), 300))
                    .update();
        } catch (RuntimeException failure) {
            throw new AccessLogUnavailable(failure);
        }
    }

    /** Appends the records together, in one transaction (the caller's, if it has one). */
    void appendAll(List<Record> records) {
        try {
            transactions.executeWithoutResult(status -> records.forEach(this::append));
        } catch (AccessLogUnavailable unavailable) {
            throw unavailable;
        } catch (RuntimeException failure) {
            throw new AccessLogUnavailable(failure);
        }
    }

    /** Newest first; {@code limit} rows from {@code offset}. */
    public List<Entry> find(Filter filter, long offset, int limit) {
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
                        instant(rs, "occurred_at"),
                        rs.getString("user_id"),
                        rs.getString("role"),
                        rs.getString("organisation"),
                        rs.getString("action"),
                        rs.getString("http_method"),
                        rs.getString("resource"),
                        rs.getString("person_pseudonym"),
                        rs.getString("trace_id"),
                        rs.getInt("status"),
                        rs.getString("span_id"),
                        rs.getString("parent_span_id"),
                        rs.getString("name"),
                        instant(rs, "start_time"),
                        instant(rs, "end_time"),
                        rs.getString("status_code"),
                        rs.getString("processing_activity_id"),
                        rs.getString("data_subject_id_type"),
                        rs.getString("foreign_operation_processor")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null
                ? null
                : value.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
