package nl.terugkeer.api.operations;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which instances of the service are alive on this database, and which projections are paused for a rebuild
 * (V41, ADR 0026). Each instance writes a heartbeat every {@link OperationsProperties#heartbeatInterval()}; the
 * count of instances seen within {@link OperationsProperties#heartbeatTimeout()} gives the segment share
 * ({@link SegmentShare}). Reads are cached from the last beat, so the pooled coordinators never wait for the
 * database on their own account. Uses the wall clock (not the service's business clock, ADR 15).
 */
public class InstanceRegistry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InstanceRegistry.class);

    private final JdbcClient jdbc;
    private final OperationsProperties properties;
    private final String instanceId;
    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger liveInstances = new AtomicInteger(1);
    private final Map<String, String> pausedBy = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService beat;

    public InstanceRegistry(JdbcClient jdbc, OperationsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        // The same name as Axon's JDBC token store gives the owner of a claim (pid@host), so both can be matched.
        this.instanceId = ManagementFactory.getRuntimeMXBean().getName();
    }

    public String instanceId() {
        return instanceId;
    }

    /** How many instances beat within the timeout, this one included; at least 1. */
    public int liveInstances() {
        return Math.max(1, liveInstances.get());
    }

    /** Whether another instance asked that this projection's segments be left to it (a rebuild in progress). */
    public boolean pausedHere(String processorName) {
        String by = pausedBy.get(processorName);
        return by != null && !by.equals(instanceId);
    }

    /** Asks the other instances to let go of this projection until {@code until} or {@link #resume}. */
    public void pause(String processorName, Instant until) {
        jdbc.sql("""
                        INSERT INTO projection_pause (processor_name, requested_by, until) VALUES (?, ?, ?)
                        ON CONFLICT (processor_name) DO UPDATE SET requested_by = excluded.requested_by,
                            until = excluded.until""").params(processorName, instanceId, Timestamp.from(until)).update();
        pausedBy.put(processorName, instanceId);
    }

    public void resume(String processorName) {
        jdbc.sql("DELETE FROM projection_pause WHERE processor_name = ? AND requested_by = ?")
                .params(processorName, instanceId)
                .update();
        pausedBy.remove(processorName, instanceId);
    }

    /**
     * Live claims of the processor's segments held by other instances now. A claim whose timestamp is older than
     * Axon's claim timeout (10 s) is free to take, whatever its owner column says: a reset, for one, claims every
     * segment for the instance that resets, which then works on its share only.
     */
    public int claimsHeldElsewhere(String processorName) {
        return jdbc.sql("""
                        SELECT count(*) FROM tokenentry WHERE processorname = ? AND owner IS NOT NULL AND owner <> ?
                          AND timestamp::timestamptz > now() - interval '10 seconds'""")
                .params(processorName, instanceId)
                .query(Integer.class)
                .single();
    }

    /** Lets go of every claim this instance has on the processor's segments (after a reset, before a start). */
    public void releaseClaims(String processorName) {
        jdbc.sql("UPDATE tokenentry SET owner = NULL WHERE processorname = ? AND owner = ?")
                .params(processorName, instanceId)
                .update();
    }

    /** The segments of a processor in the token store (0 before its first start). */
    public int segmentCount(String processorName) {
        return segmentCounts.getOrDefault(processorName, 0);
    }

    private final Map<String, Integer> segmentCounts = new ConcurrentHashMap<>();

    void beat() {
        try {
            Instant now = clock.instant();
            jdbc.sql("""
                            INSERT INTO instance_heartbeat (instance_id, last_seen) VALUES (?, ?)
                            ON CONFLICT (instance_id) DO UPDATE SET last_seen = excluded.last_seen""").params(instanceId, Timestamp.from(now)).update();
            Timestamp alive = Timestamp.from(now.minus(properties.heartbeatTimeout()));
            liveInstances.set(jdbc.sql("SELECT count(*) FROM instance_heartbeat WHERE last_seen > ?")
                    .param(alive)
                    .query(Integer.class)
                    .single());
            jdbc.sql("DELETE FROM instance_heartbeat WHERE last_seen < ?")
                    .param(Timestamp.from(now.minusSeconds(3600)))
                    .update();
            Map<String, String> pauses = new ConcurrentHashMap<>();
            jdbc.sql("SELECT processor_name, requested_by FROM projection_pause WHERE until > ?")
                    .param(Timestamp.from(now))
                    .query((rs, n) -> pauses.put(rs.getString(1), rs.getString(2)))
                    .list();
            pausedBy.keySet().retainAll(pauses.keySet());
            pausedBy.putAll(pauses);
            jdbc.sql("SELECT processorname, count(*) FROM tokenentry GROUP BY processorname")
                    .query((rs, n) -> segmentCounts.put(rs.getString(1), rs.getInt(2)))
                    .list();
        } catch (RuntimeException databaseGone) {
            // Keep the last known share: the coordinators must not lose their segments over a database outage.
            log.debug("Heartbeat failed: {}", databaseGone.getClass().getName());
        }
    }

    @Override
    public void start() {
        beat();
        beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "instance-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.heartbeatInterval().toMillis();
        beat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        Optional.ofNullable(beat).ifPresent(ScheduledExecutorService::shutdownNow);
        beat = null;
        try {
            jdbc.sql("DELETE FROM instance_heartbeat WHERE instance_id = ?")
                    .param(instanceId)
                    .update();
        } catch (RuntimeException databaseGone) {
            // the row times out by itself
        }
    }

    @Override
    public boolean isRunning() {
        return beat != null;
    }

    /** Before Axon's processors start (they ask for the share at once) and after they stop. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
