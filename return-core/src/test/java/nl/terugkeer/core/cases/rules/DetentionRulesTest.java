package nl.terugkeer.core.cases.rules;

import static nl.terugkeer.core.cases.rules.RuleTestSupport.FAMILY_WITH_MINOR_CHILDREN;
import static nl.terugkeer.core.cases.rules.RuleTestSupport.SINGLE_ADULT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.Detention;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.DetentionExtensionReason;
import nl.terugkeer.core.shared.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The first and last allowed day of each detention term (Vw art. 59, 59a, 59b; Vc A5). */
class DetentionRulesTest {

    private static final LocalDate ORDERED_ON = LocalDate.of(2026, 9, 1);

    @ParameterizedTest
    @EnumSource(
            value = DetentionBasis.class,
            names = {"ART_59", "ART_59B"})
    void givenAnOrderFor6Months_whenCheckingTheInitialTerm_thenTheLastDayIsAllowedAndTheNextIsNot(
            DetentionBasis basis) {
        assertThat(DetentionRules.initialTermWithinMaximum(basis, ORDERED_ON, LocalDate.of(2027, 3, 1), SINGLE_ADULT))
                .isEmpty();
        assertThat(DetentionRules.initialTermWithinMaximum(basis, ORDERED_ON, LocalDate.of(2027, 3, 2), SINGLE_ADULT))
                .contains(Rejection.of(
                        CaseRejection.DETENTION_TOO_LONG, "maximumEndOn is after 2027-03-01 for " + basis));
    }

    @Test
    void givenDublinDetention_whenOrderedForAYear_thenNoCapApplies() {
        assertThat(DetentionRules.initialTermWithinMaximum(
                        DetentionBasis.ART_59A, ORDERED_ON, LocalDate.of(2027, 9, 1), SINGLE_ADULT))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DetentionBasis.class)
    void givenAFamilyWithMinorChildren_whenOrdered_thenTwoWeeksAreAllowedAndADayMoreIsNot(DetentionBasis basis) {
        assertThat(DetentionRules.initialTermWithinMaximum(
                        basis, ORDERED_ON, LocalDate.of(2026, 9, 15), FAMILY_WITH_MINOR_CHILDREN))
                .isEmpty();
        assertThat(DetentionRules.initialTermWithinMaximum(
                        basis, ORDERED_ON, LocalDate.of(2026, 9, 16), FAMILY_WITH_MINOR_CHILDREN))
                .contains(Rejection.of(
                        CaseRejection.DETENTION_TOO_LONG, "maximumEndOn is after 2026-09-15 for " + basis));
    }

    @Test
    void givenArt59Detention_whenExtended_thenTheLastDayIs18MonthsAfterTheOrder() {
        Detention detention = new Detention(DetentionBasis.ART_59, ORDERED_ON, LocalDate.of(2027, 3, 1));
        assertThat(DetentionRules.extensionWithinMaximum(detention, LocalDate.of(2028, 3, 1), SINGLE_ADULT))
                .isEmpty();
        assertThat(DetentionRules.extensionWithinMaximum(detention, LocalDate.of(2028, 3, 2), SINGLE_ADULT))
                .contains(
                        Rejection.of(CaseRejection.DETENTION_EXTENSION_TOO_LONG, "extendedUntil is after 2028-03-01"));
    }

    @Test
    void givenArt59bDetention_whenExtended_thenTheLastDayIs15MonthsAfterTheOrder() {
        Detention detention = new Detention(DetentionBasis.ART_59B, ORDERED_ON, LocalDate.of(2027, 3, 1));
        assertThat(DetentionRules.extensionWithinMaximum(detention, LocalDate.of(2027, 12, 1), SINGLE_ADULT))
                .isEmpty();
        assertThat(DetentionRules.extensionWithinMaximum(detention, LocalDate.of(2027, 12, 2), SINGLE_ADULT))
                .contains(
                        Rejection.of(CaseRejection.DETENTION_EXTENSION_TOO_LONG, "extendedUntil is after 2027-12-01"));
    }

    @Test
    void givenDublinDetention_whenExtendedByYears_thenNoCapApplies() {
        Detention detention = new Detention(DetentionBasis.ART_59A, ORDERED_ON, LocalDate.of(2026, 10, 13));
        assertThat(DetentionRules.extensionWithinMaximum(detention, LocalDate.of(2029, 9, 1), SINGLE_ADULT))
                .isEmpty();
    }

    @Test
    void givenAFamilyDetainedForAWeek_whenExtended_thenTwoWeeksInAllAreAllowedAndADayMoreIsNot() {
        Detention detention = new Detention(DetentionBasis.ART_59, ORDERED_ON, LocalDate.of(2026, 9, 8));
        assertThat(DetentionRules.extensionWithinMaximum(
                        detention, LocalDate.of(2026, 9, 15), FAMILY_WITH_MINOR_CHILDREN))
                .isEmpty();
        assertThat(DetentionRules.extensionWithinMaximum(
                        detention, LocalDate.of(2026, 9, 16), FAMILY_WITH_MINOR_CHILDREN))
                .contains(
                        Rejection.of(CaseRejection.DETENTION_EXTENSION_TOO_LONG, "extendedUntil is after 2026-09-15"));
    }

    @Test
    void givenArt59bDetention_whenExtendedWithoutReason_thenNoReasonIsRequired() {
        Detention art59b = new Detention(DetentionBasis.ART_59B, ORDERED_ON, LocalDate.of(2027, 3, 1));
        Detention art59 = new Detention(DetentionBasis.ART_59, ORDERED_ON, LocalDate.of(2027, 3, 1));
        assertThat(DetentionRules.art59ExtensionHasReason(art59b, null)).isEmpty();
        assertThat(DetentionRules.art59ExtensionHasReason(art59, DetentionExtensionReason.NON_COOPERATION))
                .isEmpty();
        assertThat(DetentionRules.art59ExtensionHasReason(art59, null))
                .map(Rejection::code)
                .contains(CaseRejection.DETENTION_EXTENSION_NEEDS_REASON);
    }
}
