package nl.terugkeer.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.junit.jupiter.api.Test;

/**
 * The segment share of a pooled projection (issue 14): a lone instance holds every segment, several share them
 * fairly (ceil), and an instance holds none of a projection that another instance is rebuilding.
 */
class SegmentShareTest {

    static class Instances extends InstanceRegistry {
        int live = 1;
        int segments = 2;
        boolean pausedByAnother;

        Instances() {
            super(null, new OperationsProperties(10_000, Duration.ofSeconds(2), Duration.ofSeconds(10)));
        }

        @Override
        public int liveInstances() {
            return live;
        }

        @Override
        public int segmentCount(String processorName) {
            return segments;
        }

        @Override
        public boolean pausedHere(String processorName) {
            return pausedByAnother;
        }
    }

    @Test
    void givenOneTwoOrThreeLiveInstances_whenTheShareIsAsked_thenEveryInstanceGetsAFairPartAndNoSegmentIsLeft() {
        Instances instances = new Instances();
        MaxSegmentProvider share = SegmentShare.share(instances);

        assertThat(share.apply("case-status")).isEqualTo(2);
        instances.live = 2;
        assertThat(share.apply("case-status")).isEqualTo(1);
        instances.live = 3;
        assertThat(share.apply("case-status"))
                .as("ceil: no segment left unclaimed")
                .isEqualTo(1);
        instances.segments = 1;
        instances.live = 2;
        assertThat(share.apply("entitlement-periods")).isEqualTo(1);
    }

    @Test
    void givenAProjectionRebuiltByAnotherInstance_whenTheShareIsAsked_thenNone() {
        Instances instances = new Instances();
        instances.live = 2;
        instances.pausedByAnother = true;

        assertThat(SegmentShare.share(instances).apply("case-status")).isZero();
    }

    @Test
    void givenAProcessorWithoutTokensYet_whenTheShareIsAsked_thenItMayClaimThemAll() {
        Instances instances = new Instances();
        instances.segments = 0;
        instances.live = 2;

        assertThat(SegmentShare.share(instances).apply("case-status")).isGreaterThanOrEqualTo(2);
    }
}
