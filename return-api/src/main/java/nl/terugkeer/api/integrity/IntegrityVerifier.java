package nl.terugkeer.api.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks the hash chains that the database keeps over the event store and the access log (ADR 0022,
 * {@code V25__integrity_hash_chains.sql}): recomputes every link from the stored bytes, finds gaps in the sequence
 * of each chain and compares each chain's end with its recorded head. Reports the first problem by position only
 * (global index, aggregate id and sequence number, access-log entry id): never the content of an event or entry.
 *
 * <p>It also computes anchors: a digest of every chain's head as of a position, which the daily log line carries
 * so that a copy kept outside the database can later prove that nothing before that position was rewritten, even
 * by someone who recomputed the chains.
 */
public class IntegrityVerifier {

    /** Events and entries younger than this may still belong to open transactions; anchors stay clear of them. */
    static final java.time.Duration SETTLE = java.time.Duration.ofMinutes(5);

    private static final DateTimeFormatter AXON_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;

    public IntegrityVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is wrong with one event, by position. */
    public record EventProblem(String kind, long globalIndex, String aggregateId, long sequenceNumber, String detail) {}

    /** What is wrong with one access-log entry or chain, by position. */
    public record AccessLogProblem(String kind, Long entryId, int chain, long position, String detail) {}

    public record EventsReport(long eventsChecked, long aggregates, EventProblem firstProblem) {}

    public record AccessLogReport(long entriesChecked, AccessLogProblem firstProblem) {}

    /** The outcome; {@code intact} is false when either chain has a problem. */
    public record Report(boolean intact, Instant verifiedAt, EventsReport events, AccessLogReport accessLog) {}

    /**
     * The heads of all chains as of a position, digested: {@code events} up to a global index, {@code accessLog} up to
     * an entry id. Recomputable later from the stored rows alone.
     */
    public record Anchor(long eventsUpTo, String eventsDigest, long accessLogUpTo, String accessLogDigest) {
        @Override
        public String toString() {
            return "events upTo=" + eventsUpTo + " digest=" + eventsDigest + " accessLog upTo=" + accessLogUpTo
                    + " digest=" + accessLogDigest;
        }
    }

    public Report verify() {
        EventsReport events = verifyEvents();
        AccessLogReport accessLog = verifyAccessLog();
        return new Report(
                events.firstProblem() == null && accessLog.firstProblem() == null, Instant.now(), events, accessLog);
    }

    EventsReport verifyEvents() {
        long count = jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
        long aggregates = jdbc.sql("SELECT count(*) FROM integrity.event_head")
                .query(Long.class)
                .single();
        Optional<EventProblem> inChain = jdbc.sql("""
                        WITH chained AS (
                            SELECT globalindex, aggregateidentifier, sequencenumber, chainhash,
                                   coalesce(lag(sequencenumber) OVER w + 1, 0) AS expected_sequence,
                                   integrity.event_hash(lag(chainhash) OVER w, globalindex, aggregateidentifier,
                                       sequencenumber, type, eventidentifier, payloadtype, payloadrevision,
                                       timestamp, metadata, payload) AS expected_hash
                            FROM domainevententry
                            WINDOW w AS (PARTITION BY aggregateidentifier ORDER BY sequencenumber))
                        SELECT globalindex, aggregateidentifier, sequencenumber, expected_sequence,
                               chainhash IS NULL AS unchained
                        FROM chained
                        WHERE sequencenumber <> expected_sequence OR chainhash IS DISTINCT FROM expected_hash
                        ORDER BY globalindex
                        LIMIT 1""")
                .query((rs, row) -> {
                    long globalIndex = rs.getLong("globalindex");
                    String aggregate = rs.getString("aggregateidentifier");
                    long sequence = rs.getLong("sequencenumber");
                    long expected = rs.getLong("expected_sequence");
                    if (sequence != expected) {
                        return new EventProblem(
                                "MISSING",
                                globalIndex,
                                aggregate,
                                expected,
                                "events %d to %d of this aggregate are missing; its chain continues at global index %d"
                                        .formatted(expected, sequence - 1, globalIndex));
                    }
                    return rs.getBoolean("unchained")
                            ? new EventProblem(
                                    "UNCHAINED", globalIndex, aggregate, sequence, "stored without a chain hash")
                            : new EventProblem(
                                    "ALTERED",
                                    globalIndex,
                                    aggregate,
                                    sequence,
                                    "the stored bytes or the link to the previous event differ from the hash chain");
                })
                .optional();
        Optional<EventProblem> atHead = jdbc.sql("""
                        WITH last AS (
                            SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier, sequencenumber, globalindex,
                                   chainhash
                            FROM domainevententry ORDER BY aggregateidentifier, sequencenumber DESC)
                        SELECT coalesce(h.aggregateidentifier, l.aggregateidentifier) AS aggregate,
                               h.sequencenumber AS head_sequence, h.globalindex AS head_index,
                               l.sequencenumber AS last_sequence, l.globalindex AS last_index
                        FROM integrity.event_head h
                        FULL JOIN last l ON l.aggregateidentifier = h.aggregateidentifier
                        WHERE h.aggregateidentifier IS NULL OR l.aggregateidentifier IS NULL
                           OR h.sequencenumber <> l.sequencenumber OR h.chainhash IS DISTINCT FROM l.chainhash
                        ORDER BY coalesce(h.globalindex, l.globalindex)
                        LIMIT 1""")
                .query((rs, row) -> {
                    String aggregate = rs.getString("aggregate");
                    Long headSequence = (Long) rs.getObject("head_sequence");
                    Long lastSequence = (Long) rs.getObject("last_sequence");
                    if (headSequence == null) {
                        return new EventProblem(
                                "UNCHAINED",
                                rs.getLong("last_index"),
                                aggregate,
                                lastSequence,
                                "the aggregate has events but no recorded head");
                    }
                    long firstMissing = lastSequence == null ? 0 : lastSequence + 1;
                    if (lastSequence == null || lastSequence < headSequence) {
                        return new EventProblem(
                                "MISSING",
                                rs.getLong("head_index"),
                                aggregate,
                                firstMissing,
                                "events %d to %d of this aggregate are missing; the last had global index %d"
                                        .formatted(firstMissing, headSequence, rs.getLong("head_index")));
                    }
                    if (lastSequence > headSequence) {
                        return new EventProblem(
                                "UNCHAINED",
                                rs.getLong("last_index"),
                                aggregate,
                                headSequence + 1,
                                "events after the recorded head were stored outside the chain");
                    }
                    return new EventProblem(
                            "ALTERED",
                            rs.getLong("last_index"),
                            aggregate,
                            lastSequence,
                            "the last event's hash differs from the recorded head");
                })
                .optional();
        EventProblem first = Stream.of(inChain, atHead)
                .flatMap(Optional::stream)
                .min(Comparator.comparingLong(EventProblem::globalIndex))
                .orElse(null);
        return new EventsReport(count, aggregates, first);
    }

    AccessLogReport verifyAccessLog() {
        long count = jdbc.sql("SELECT count(*) FROM access_log.entry")
                .query(Long.class)
                .single();
        Optional<AccessLogProblem> inChain = jdbc.sql("""
                        WITH links AS (
                            SELECT entry_id, chain, position, chainhash,
                                   coalesce(lag(position) OVER w + 1, 1) AS expected_position,
                                   lag(chainhash) OVER w AS previous_hash
                            FROM integrity.access_log_link
                            WINDOW w AS (PARTITION BY chain ORDER BY position))
                        SELECT l.entry_id, l.chain, l.position, l.expected_position, e.id IS NULL AS gone
                        FROM links l LEFT JOIN access_log.entry e ON e.id = l.entry_id
                        WHERE l.position <> l.expected_position OR e.id IS NULL
                           OR l.chainhash IS DISTINCT FROM integrity.access_log_hash(
                                  CASE WHEN l.position = 1 THEN integrity.genesis() ELSE l.previous_hash END, e)
                        ORDER BY l.entry_id
                        LIMIT 1""")
                .query((rs, row) -> {
                    long entry = rs.getLong("entry_id");
                    int chain = rs.getInt("chain");
                    long position = rs.getLong("position");
                    long expected = rs.getLong("expected_position");
                    if (position != expected) {
                        return new AccessLogProblem(
                                "MISSING",
                                entry,
                                chain,
                                expected,
                                "links %d to %d of chain %d are missing; it continues at entry %d"
                                        .formatted(expected, position - 1, chain, entry));
                    }
                    if (rs.getBoolean("gone")) {
                        return new AccessLogProblem(
                                "MISSING", entry, chain, position, "the entry is gone; its link remains");
                    }
                    return new AccessLogProblem(
                            "ALTERED", entry, chain, position, "the stored entry differs from the hash chain");
                })
                .optional();
        Optional<AccessLogProblem> unchained = jdbc.sql("""
                        SELECT e.id FROM access_log.entry e
                        WHERE NOT EXISTS (SELECT 1 FROM integrity.access_log_link l WHERE l.entry_id = e.id)
                        ORDER BY e.id LIMIT 1""")
                .query((rs, row) -> new AccessLogProblem(
                        "UNCHAINED", rs.getLong("id"), -1, 0, "the entry was stored outside the chain"))
                .optional();
        Optional<AccessLogProblem> atHead = jdbc.sql("""
                        SELECT h.chain, h.position, h.entry_id, coalesce(l.position, 0) AS last_position
                        FROM integrity.access_log_head h
                        LEFT JOIN LATERAL (SELECT position, chainhash FROM integrity.access_log_link
                                           WHERE chain = h.chain ORDER BY position DESC LIMIT 1) l ON true
                        WHERE coalesce(l.position, 0) <> h.position
                           OR h.chainhash IS DISTINCT FROM coalesce(l.chainhash, integrity.genesis())
                        ORDER BY h.entry_id NULLS FIRST
                        LIMIT 1""")
                .query((rs, row) -> {
                    int chain = rs.getInt("chain");
                    long head = rs.getLong("position");
                    long last = rs.getLong("last_position");
                    Long entry = (Long) rs.getObject("entry_id");
                    return last < head
                            ? new AccessLogProblem(
                                    "MISSING",
                                    entry,
                                    chain,
                                    last + 1,
                                    "links %d to %d of chain %d are missing".formatted(last + 1, head, chain))
                            : new AccessLogProblem(
                                    "ALTERED", entry, chain, head, "the chain's last link differs from its head");
                })
                .optional();
        AccessLogProblem first = Stream.of(inChain, unchained, atHead)
                .flatMap(Optional::stream)
                .min(Comparator.comparing(AccessLogProblem::entryId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        return new AccessLogReport(count, first);
    }

    /** The anchor of everything stored before {@code cutoff} minus {@link #SETTLE}. */
    public Anchor anchor(Instant now) {
        Instant cutoff = now.minus(SETTLE);
        long eventsUpTo = jdbc.sql(
                        "SELECT coalesce(max(globalindex), 0) FROM domainevententry WHERE timestamp < :cutoff")
                .param("cutoff", AXON_TIMESTAMP.format(cutoff))
                .query(Long.class)
                .single();
        long accessLogUpTo = jdbc.sql(
                        "SELECT coalesce(max(id), 0) FROM access_log.entry WHERE occurred_at < :cutoff::timestamptz")
                .param("cutoff", cutoff.toString())
                .query(Long.class)
                .single();
        return anchorAt(eventsUpTo, accessLogUpTo);
    }

    /** The anchor as of these positions, recomputed from the stored rows. */
    public Anchor anchorAt(long eventsUpTo, long accessLogUpTo) {
        MessageDigest events = sha256();
        jdbc.sql("""
                        SELECT aggregateidentifier, sequencenumber, encode(chainhash, 'hex') AS hash
                        FROM (SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier, sequencenumber, chainhash
                              FROM domainevententry WHERE globalindex <= :upTo
                              ORDER BY aggregateidentifier, sequencenumber DESC) heads
                        ORDER BY aggregateidentifier COLLATE "C"
                        """).param("upTo", eventsUpTo).query(rs -> {
            line(events, rs.getString(1), rs.getLong(2), rs.getString(3));
        });
        MessageDigest accessLog = sha256();
        jdbc.sql("""
                        SELECT h.chain, coalesce(l.position, 0), coalesce(encode(l.chainhash, 'hex'), encode(integrity.genesis(), 'hex'))
                        FROM integrity.access_log_head h
                        LEFT JOIN LATERAL (SELECT position, chainhash FROM integrity.access_log_link
                                           WHERE chain = h.chain AND entry_id <= :upTo
                                           ORDER BY position DESC LIMIT 1) l ON true
                        ORDER BY h.chain""").param("upTo", accessLogUpTo).query(rs -> {
            line(accessLog, String.valueOf(rs.getInt(1)), rs.getLong(2), rs.getString(3));
        });
        return new Anchor(
                eventsUpTo,
                HexFormat.of().formatHex(events.digest()),
                accessLogUpTo,
                HexFormat.of().formatHex(accessLog.digest()));
    }

    /** True when the stored rows still give this anchor's digests. */
    public boolean matches(Anchor anchor) {
        Anchor now = anchorAt(anchor.eventsUpTo(), anchor.accessLogUpTo());
        return Objects.equals(now.eventsDigest(), anchor.eventsDigest())
                && Objects.equals(now.accessLogDigest(), anchor.accessLogDigest());
    }

    private static void line(MessageDigest digest, String key, long position, String hash) {
        digest.update((key + "\t" + position + "\t" + hash + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
