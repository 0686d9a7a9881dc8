package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.BuitenschuldRoute;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.Detention;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.events.BuitenschuldEstablished;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.DetentionExtended;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.testdata.AlienSamples;
import nl.terugkeer.core.testdata.CaseSamples;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
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

    private static final Path WITH_NULLS = Path.of("with-nulls");

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

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

    @Test
    void givenTheGoldenFiles_whenListed_thenEachNamesAnEventTypeThatStillExists() throws IOException {
        Set<String> types = samples().stream()
                .map(sample -> sample.getClass().getSimpleName())
                .collect(Collectors.toSet());
        for (Path folder : List.of(GOLDEN, GOLDEN.resolve(WITH_NULLS))) {
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.filter(Files::isRegularFile)
                                .map(file -> file.getFileName().toString().replaceFirst("\\.json$", "")))
                        .as("golden files in " + folder + " without an event type: delete them or restore the type")
                        .allSatisfy(name -> assertThat(types).contains(name));
            }
        }
    }

    /**
     * Every event type once more with each optional component null (all but the aggregate id, the business date and
     * primitives): pins whether a null is written or left out, and that it reads back as null.
     */
    @TestFactory
    Stream<DynamicTest> givenASampleWithItsOptionalFieldsNull_whenSerialized_thenItMatchesItsGoldenFile()
            throws ReflectiveOperationException {
        List<Object> withNulls = new ArrayList<>();
        for (Object sample : samples()) {
            Object variant = withOptionalFieldsNull(sample);
            if (!variant.equals(sample)) { // types with only an id and a date have nothing optional
                withNulls.add(variant);
            }
        }
        assertThat(withNulls).hasSizeGreaterThan(samples().size() / 2);
        return withNulls.stream()
                .map(event -> DynamicTest.dynamicTest(
                        event.getClass().getSimpleName(),
                        () -> assertStoredFormIsPinned(event, GOLDEN.resolve(WITH_NULLS))));
    }

    /**
     * The metadata of an event recorded through the API: who recorded it and why. Ids that differ per request are
     * pinned by their shape.
     */
    @Test
    void givenACommandThroughTheApi_whenItsEventIsStored_thenTheMetadataMatchesItsGoldenFile() throws IOException {
        String alienId = CaseLifecycleEndToEndTest.registerAlien(Http.as(port, "u-1001", "DTENV", "DTENV"));
        byte[] metadata = jdbc.sql("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ?")
                .param(alienId)
                .query(byte[].class)
                .single();
        JsonNode stored = JSON.readTree(new String(metadata, StandardCharsets.UTF_8));
        String normalised = new String(metadata, StandardCharsets.UTF_8)
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>")
                .replaceAll("\"[0-9a-f]{32}\"", "\"<trace-id>\"")
                .replaceAll("\"[0-9a-f]{16}\"", "\"<span-id>\"");
        Path golden = GOLDEN.resolve("metadata").resolve("EventMetadata.json");
        if (!Files.exists(golden)) {
            writeCandidate(Path.of("EventMetadata.json"), normalised);
            fail("No golden file " + golden + "; review the candidate in " + CANDIDATES + " and copy it over");
        }
        assertThat(JSON.readTree(normalised)).isEqualTo(JSON.readTree(Files.readString(golden)));
        assertThat(stored.get("userId").asString()).isEqualTo("u-1001");
    }

    /**
     * Detention events as stored before issue 8 (no ground, no art. 39 flag; the golden files of that time, kept in
     * {@code events/before-issue-8/}) still read, and fold to the old meaning: the same detention, without a ground, so
     * the basis alone sets its limits as it did then.
     */
    @Test
    void givenDetentionEventsStoredBeforeGrounds_whenRead_thenTheyFoldAsTheyDidThen() throws IOException {
        Path before = GOLDEN.resolve("before-issue-8");
        Object ordered = readStored(before.resolve("DetentionOrdered.json"), DetentionOrdered.class);
        Object extended = readStored(before.resolve("DetentionExtended.json"), DetentionExtended.class);
        Object orderedWithNulls =
                readStored(before.resolve("DetentionOrdered-with-nulls.json"), DetentionOrdered.class);

        assertThat(ordered)
                .isEqualTo(new DetentionOrdered(
                        CaseSamples.CASE_ID,
                        DetentionBasis.ART_59,
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 3, 1),
                        null,
                        null));
        assertThat(orderedWithNulls)
                .isEqualTo(new DetentionOrdered(CaseSamples.CASE_ID, null, LocalDate.of(2026, 9, 1), null, null, null));
        CaseState folded = CaseState.of(List.of(
                new SequencedCaseEvent(0, CaseSamples.returnSignalled()),
                new SequencedCaseEvent(1, (CaseEvent) ordered),
                new SequencedCaseEvent(2, (CaseEvent) extended)));
        assertThat(folded.detention())
                .contains(new Detention(
                        DetentionBasis.ART_59, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1), null, false));
        assertThat(folded.detentionPastMaximumOn(LocalDate.of(2027, 9, 1))).isFalse();
        assertThat(folded.detentionPastMaximumOn(LocalDate.of(2027, 9, 2))).isTrue();
    }

    /**
     * A buitenschuld establishment stored before the routes (ADR 19; kept in {@code events/before-issue-8/}) reads
     * with no route, and counts as the regular route.
     */
    @Test
    void givenABuitenschuldEstablishmentStoredBeforeRoutes_whenRead_thenItHasNoRouteAndCountsAsRegular()
            throws IOException {
        Object old = readStored(
                GOLDEN.resolve("before-issue-8").resolve("BuitenschuldEstablished.json"),
                BuitenschuldEstablished.class);

        assertThat(old).isEqualTo(new BuitenschuldEstablished(CaseSamples.CASE_ID, LocalDate.of(2026, 10, 1), null));
        assertThat(((BuitenschuldEstablished) old).routeOrRegular()).isEqualTo(BuitenschuldRoute.REGULAR);
    }

    private Object readStored(Path file, Class<?> type) throws IOException {
        return serializer.deserialize(new SimpleSerializedObject<>(
                Files.readString(file), String.class, new SimpleSerializedType(type.getName(), null)));
    }

    private void assertStoredFormIsPinned(Object event, Path folder) throws IOException {
        SerializedObject<String> stored = serializer.serialize(event, String.class);
        Path golden = folder.resolve(event.getClass().getSimpleName() + ".json");
        if (!Files.exists(golden)) {
            writeCandidate(GOLDEN.relativize(golden), stored.getData());
            fail("No golden file " + golden + "; review the candidate in " + CANDIDATES + " and copy it over");
        }
        assertThat(JSON.readTree(stored.getData())).isEqualTo(JSON.readTree(Files.readString(golden)));
        Object readBack = serializer.deserialize(
                new SimpleSerializedObject<>(Files.readString(golden), String.class, stored.getType()));
        assertThat(readBack).isEqualTo(event);
    }

    /** The sample with every reference component null but the aggregate id and the business date. */
    static Object withOptionalFieldsNull(Object sample) throws ReflectiveOperationException {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Object businessDate = sample.getClass().getMethod("businessDate").invoke(sample);
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = components[i].getAccessor().invoke(sample);
            types[i] = components[i].getType();
            boolean kept = types[i].isPrimitive()
                    || value instanceof CaseId
                    || value instanceof AlienId
                    || (value != null && value.equals(businessDate));
            values[i] = kept ? value : null;
        }
        return sample.getClass().getDeclaredConstructor(types).newInstance(values);
    }

    private static void writeCandidate(Path name, String json) throws IOException {
        Files.createDirectories(CANDIDATES.resolve(name).getParent());
        Files.writeString(
                CANDIDATES.resolve(name),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json)) + "\n");
    }
}
