package nl.terugkeer.api.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Wakes the pooled projections as soon as this instance has written events (issue 13, ADR 0029, stack.md trap 15).
 * Axon's pooled coordinator re-reads its stream every 500 ms unless the stream can call it back when events are
 * available, and the JDBC event store's streams cannot: that was a constant 400-500 ms between a command's 201 and
 * the projections. This source hands out the store's own streams, but accepts the callback: while this instance has
 * published events in the last {@link #AFTER_PUBLICATION}, every coordinator is called each tick (the store's reader
 * fetches a committed event within milliseconds); otherwise every {@link #IDLE}, for events written by other
 * instances, as before. Which events a projection processes, in what order and with which token, is the store's
 * business and unchanged.
 */
public final class ProjectionWakeUp implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    static final Duration AFTER_PUBLICATION = Duration.ofMillis(250);
    static final Duration IDLE = Duration.ofMillis(500);

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Set<Runnable> coordinators = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastPublication = new AtomicLong(System.nanoTime() - AFTER_PUBLICATION.toNanos());
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastCall = System.nanoTime();

    /**
     * @param tick how often the coordinators are called after a publication. Each call lets a coordinator hand what
     *     it found to its work packages as one batch (a transaction and a token update per projection), so a shorter
     *     tick means a shorter lag and more, smaller batches ({@code return.operations.projection-wake-up}).
     */
    public ProjectionWakeUp(StreamableMessageSource<TrackedEventMessage<?>> store, Duration tick) {
        this.store = store;
        ticker.scheduleWithFixedDelay(this::tick, tick.toNanos(), tick.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** This instance published events (called as they are published, before their transaction commits). */
    public void published(List<? extends EventMessage<?>> events) {
        lastPublication.set(System.nanoTime());
    }

    private void tick() {
        long now = System.nanoTime();
        boolean recentlyPublished = now - lastPublication.get() < AFTER_PUBLICATION.toNanos();
        if (recentlyPublished || now - lastCall >= IDLE.toNanos()) {
            lastCall = now;
            for (Runnable coordinator : coordinators) {
                try {
                    coordinator.run();
                } catch (RuntimeException e) {
                    // a coordinator that cannot schedule itself (shutting down) still re-reads on its own
                }
            }
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new WakingStream(store.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private volatile Runnable coordinator;

        WakingStream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            coordinator = callback;
            coordinators.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable() {
            return events.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable callback = coordinator;
            if (callback != null) {
                coordinators.remove(callback);
            }
            events.close();
        }
    }
}
