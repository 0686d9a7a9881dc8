package nl.terugkeer.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** Readiness tells the truth about the database and the projections; liveness does not depend on them (issue 14). */
@ReturnApiTest
class HealthGroupsTest {

    @LocalManagementPort
    int managementPort;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void givenARunningService_whenProbed_thenReadinessNamesDatabaseAndProjectionsAndLivenessNeither() {
        Http.Response readiness = Http.anonymous(managementPort).get("/actuator/health/readiness");
        Http.Response liveness = Http.anonymous(managementPort).get("/actuator/health/liveness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("components").propertyNames()).contains("db", "projections", "readinessState");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body()).doesNotContain("\"db\"", "projections");
    }

    @Test
    void givenAStoppedProjectionProcessor_whenProbed_thenNotReadyButAliveAndReadyAgainOnceItRuns() {
        StreamingEventProcessor processor = processing
                .eventProcessor("person-overview", StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        try {
            Http.Response readiness = Http.anonymous(managementPort).get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");
            assertThat(Http.anonymous(managementPort)
                            .get("/actuator/health/liveness")
                            .status())
                    .isEqualTo(200);
        } finally {
            processor.start();
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.anonymous(managementPort)
                                .get("/actuator/health/readiness")
                                .status()
                        == 200);
    }
}
