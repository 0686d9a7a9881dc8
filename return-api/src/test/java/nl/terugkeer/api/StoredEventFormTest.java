package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.testdata.AlienSamples;
import nl.terugkeer.core.testdata.CaseSamples;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the stored form of every event type with the production serializer: a golden file per type in
 * {@code src/test/resources/events/<Event>.json}. A changed form fails here; ship an upcaster and a new revision
 * instead (docs/runbooks/event-schema-change.md). A missing golden file fails too; the candidate is written to
 * {@code target/golden-candidates/} for review.
 */
@ReturnApiTest
class StoredEventFormTest {

    private static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final Path CANDIDATES = Path.of("target/golden-candidates");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    static List<Object> samples() {
        List<Object> samples = new ArrayList<>(AlienSamples.everyEventType());
        samples.addAll(CaseSamples.everyEventType());
        return samples;
    }

    @Test
    void givenTheSealedEventInterfaces_whenListingSamples_thenEveryEventTypeHasOne() {
        List<Class<?>> declared = Stream.of(AlienEvent.class, CaseEvent.class)
                .flatMap(eventInterface -> Arrays.stream(eventInterface.getPermittedSubclasses()))
                .toList();
        assertThat(samples().stream().map(Object::getClass).toList()).containsExactlyInAnyOrderElementsOf(declared);
    }

    @TestFactory
    Stream<DynamicTest> givenASample_whenSerialized_thenItMatchesItsGoldenFileAndReadsBackEqual() {
        return samples().stream()
                .map(sample -> DynamicTest.dynamicTest(sample.getClass().getSimpleName(), () -> {
                    SerializedObject<String> stored = serializer.serialize(sample, String.class);
                    assertThat(stored.getType().getName())
                            .isEqualTo(sample.getClass().getName());
                    Path golden = GOLDEN.resolve(sample.getClass().getSimpleName() + ".json");
                    if (!Files.exists(golden)) {
                        writeCandidate(golden.getFileName(), stored.getData());
                        fail("No golden file " + golden + "; review the candidate in " + CANDIDATES
                                + " and copy it over");
                    }
                    assertThat(JSON.readTree(stored.getData())).isEqualTo(JSON.readTree(Files.readString(golden)));
                    Object readBack = serializer.deserialize(
                            new SimpleSerializedObject<>(Files.readString(golden), String.class, stored.getType()));
                    assertThat(readBack).isEqualTo(sample);
                }));
    }

    private static void writeCandidate(Path name, String json) throws IOException {
        Files.createDirectories(CANDIDATES);
        Files.writeString(
                CANDIDATES.resolve(name),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json)) + "\n");
    }
}
