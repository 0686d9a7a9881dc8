package nl.terugkeer.core.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.terugkeer.core.aliens.ArrivalDeadline;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DeferralKind;
import nl.terugkeer.core.aliens.EquatedCategory;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.DetentionBasis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins every explanation template with a golden file in {@code src/test/resources/explanations/}: what a case worker
 * reads. A missing file fails and leaves a candidate in {@code target/explanation-candidates/} for review.
 */
class ExplanationsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/explanations");
    private static final Path CANDIDATES = Path.of("target/explanation-candidates");
    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_29 = LocalDate.of(2026, 5, 29);

    /** One example of each template, with dates that show how they are written out. */
    static Map<String, Supplier<String>> examples() {
        Map<String, Supplier<String>> examples = new TreeMap<>();
        examples.put("unaccompaniedMinor", () -> Explanations.unaccompaniedMinor(LocalDate.of(2028, 8, 20)));
        examples.put(
                "asylumReception",
                () -> Explanations.asylumReception(AsylumApplicationKind.FIRST, MAY_1) + "\n"
                        + Explanations.asylumReception(AsylumApplicationKind.REPEATED, MAY_1));
        examples.put(
                "art64",
                () -> Explanations.art64(DeferralKind.GRANTED, MAY_1, MAY_29) + "\n"
                        + Explanations.art64(DeferralKind.PROVISIONAL, MAY_1, MAY_29));
        examples.put(
                "interimRelief",
                () -> Explanations.interimRelief(MAY_1, null, null, null) + "\n"
                        + Explanations.interimRelief(MAY_1, DecisionOutcome.GRANTED, LocalDate.of(2026, 5, 20), null)
                        + "\n"
                        + Explanations.interimRelief(
                                MAY_1, DecisionOutcome.REJECTED, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 17)));
        examples.put("interimReliefRefused", () -> Explanations.interimReliefRefused(LocalDate.of(2026, 6, 17)));
        examples.put("equatedCategory", () -> Arrays.stream(EquatedCategory.values())
                .map(c -> Explanations.equatedCategory(c, MAY_1, null) + "\n"
                        + Explanations.equatedCategory(c, MAY_1, MAY_29))
                .collect(java.util.stream.Collectors.joining("\n")));
        examples.put("equatedCategoryEnded", () -> Arrays.stream(EquatedCategory.values())
                .map(c -> Explanations.equatedCategoryEnded(c, MAY_29))
                .collect(java.util.stream.Collectors.joining("\n")));
        examples.put("notArrived", () -> Arrays.stream(ArrivalDeadline.values())
                .map(d -> Explanations.notArrived(
                        d, MAY_1, MAY_1.plusDays(d == ArrivalDeadline.TRANSFER_48_HOURS ? 2 : 1)))
                .collect(java.util.stream.Collectors.joining("\n")));
        examples.put("amvFollowUpCare", () -> Explanations.amvFollowUpCare(MAY_1));
        examples.put("fraud", () -> Explanations.fraud(MAY_1));
        examples.put(
                "departureTerm",
                () -> Explanations.departureTerm(MAY_1, 28, false, MAY_29) + "\n"
                        + Explanations.departureTerm(MAY_1, 42, true, LocalDate.of(2026, 6, 12)));
        examples.put(
                "sufficientMeans",
                () -> Explanations.sufficientMeans(MAY_1, null) + "\n" + Explanations.sufficientMeans(MAY_1, MAY_29));
        examples.put("familyLocation", () -> Explanations.familyLocation(LocalDate.of(2033, 3, 2)));
        examples.put("vbl", () -> Explanations.vbl(LocalDate.of(2026, 8, 22)));
        examples.put(
                "rvbAllowance",
                () -> Explanations.rvbAllowance(false, MAY_29) + "\n"
                        + Explanations.rvbAllowance(true, LocalDate.of(2027, 4, 30)) + "\n"
                        + Explanations.rvbAllowance(true, null));
        examples.put("departed", () -> Arrays.stream(DepartureType.values())
                .map(type -> Explanations.departed(type, MAY_1))
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow());
        examples.put("missedTwice", () -> Explanations.missedTwice(MAY_1, LocalDate.of(2026, 5, 8), MAY_29));
        examples.put("entryBan", () -> Explanations.entryBan(MAY_1));
        examples.put(
                "lawfulResidence",
                () -> Arrays.stream(PermitKind.values())
                                .map(kind -> Explanations.lawfulResidence(kind, LocalDate.of(2027, 4, 30)))
                                .reduce((a, b) -> a + "\n" + b)
                                .orElseThrow()
                        + "\n" + Explanations.lawfulResidence(PermitKind.ASYLUM, null));
        examples.put("detained", () -> Arrays.stream(DetentionBasis.values())
                .map(basis -> Explanations.detained(basis, MAY_1))
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow());
        examples.put("repeatedApplicationGivesNone", () -> Explanations.repeatedApplicationGivesNone(MAY_1));
        examples.put("art64OnlyRequested", () -> Explanations.art64OnlyRequested(MAY_1));
        examples.put("provisionalArt64GivesNone", () -> Explanations.provisionalArt64GivesNone(MAY_1));
        examples.put("buitenschuldGivesNone", () -> Explanations.buitenschuldGivesNone(MAY_1));
        examples.put("regularApplicationGivesNone", () -> Explanations.regularApplicationGivesNone(MAY_1));
        examples.put("departureTermEnded", () -> Explanations.departureTermEnded(MAY_29));
        examples.put("art64Ended", () -> Explanations.art64Ended(MAY_29));
        examples.put("vblEnded", () -> Explanations.vblEnded(MAY_29));
        examples.put("episodeEnded", () -> Stream.of(
                        EntitlementKind.UNACCOMPANIED_MINOR,
                        EntitlementKind.FAMILY_LOCATION,
                        EntitlementKind.RVB_ALLOWANCE)
                .map(kind -> Explanations.episodeEnded(kind, MAY_29))
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow());
        examples.put("noEntitlingFact", Explanations::noEntitlingFact);
        return examples;
    }

    @Test
    void givenTheExplanationTemplates_whenListed_thenEachHasAnExample() {
        assertThat(Arrays.stream(Explanations.class.getDeclaredMethods())
                        .filter(m -> !Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic())
                        .map(Method::getName)
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(examples().keySet());
    }

    @TestFactory
    Stream<DynamicTest> givenATemplate_whenFilledIn_thenItMatchesItsGoldenFile() {
        return examples().entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    String text = e.getValue().get() + "\n";
                    assertThat(text)
                            .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                            .doesNotContainPattern("[A-Z]{2,}_[A-Z]");
                    Path golden = GOLDEN.resolve(e.getKey() + ".txt");
                    if (!Files.exists(golden)) {
                        Files.createDirectories(CANDIDATES);
                        Files.writeString(CANDIDATES.resolve(e.getKey() + ".txt"), text, StandardCharsets.UTF_8);
                        fail("No golden file " + golden + "; review the candidate in " + CANDIDATES
                                + " and copy it over");
                    }
                    assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
                }));
    }
}
