package nl.terugkeer.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectionWakeUpTest {

    private final AtomicBoolean storeStreamClosed = new AtomicBoolean();
    private TrackingToken openedAt;
    private final StreamableMessageSource<TrackedEventMessage<?>> store = new StreamableMessageSource<>() {
        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            openedAt = token;
            return new BlockingStream<>() {
                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    return Optional.empty();
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                    return false;
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() {
                    throw new IllegalStateException("no events");
                }

                @Override
                public void close() {
                    storeStreamClosed.set(true);
                }
            };
        }

        @Override
        public TrackingToken createHeadToken() {
            return new GlobalSequenceTrackingToken(41);
        }
    };
    private final ProjectionWakeUp wakeUp = new ProjectionWakeUp(store, java.time.Duration.ofMillis(50));

    @AfterEach
    void stop() {
        wakeUp.close();
    }

    @Test
    void givenACoordinatorWaitingOnItsStream_whenThisInstancePublishesEvents_thenItIsCalledWellBeforeItsOwnPoll() {
        AtomicInteger calls = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = wakeUp.openStream(null);
        assertThat(stream.setOnAvailableCallback(calls::incrementAndGet)).isTrue();
        await().atMost(Duration.ofSeconds(2)).until(() -> calls.get() > 0); // the idle call, for other instances
        calls.set(0);

        wakeUp.published(List.of(GenericEventMessage.asEventMessage("an event")));

        // Axon's own re-read would come after 500 ms; the wake-up calls within a tick or two of 50 ms
        await().atMost(Duration.ofMillis(400)).until(() -> calls.get() > 0);
    }

    @Test
    void givenNothingPublished_whenTimePasses_thenTheCoordinatorIsCalledOnlyAtTheIdleInterval() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        wakeUp.openStream(null).setOnAvailableCallback(calls::incrementAndGet);

        Thread.sleep(1_100); // observing a rate, not waiting for a result

        assertThat(calls.get()).isBetween(1, 3); // every 500 ms, not every 50 ms tick
    }

    @Test
    void givenAClosedStream_whenEventsArePublished_thenItsCoordinatorIsNoLongerCalled() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = wakeUp.openStream(new GlobalSequenceTrackingToken(7));
        stream.setOnAvailableCallback(calls::incrementAndGet);

        stream.close();
        int afterClose = calls.get();
        wakeUp.published(List.of(GenericEventMessage.asEventMessage("an event")));
        Thread.sleep(100); // observing that nothing happens

        assertThat(calls.get()).isEqualTo(afterClose);
        assertThat(storeStreamClosed).isTrue();
        assertThat(openedAt).isEqualTo(new GlobalSequenceTrackingToken(7));
    }

    @Test
    void givenTheStore_whenAskedForTokens_thenTheStoreAnswers() {
        assertThat(wakeUp.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(41));
    }
}
