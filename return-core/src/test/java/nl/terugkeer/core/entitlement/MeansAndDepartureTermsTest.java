package nl.terugkeer.core.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.ReturnDecisionOccasion;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.aliens.events.DepartureTermExtended;
import nl.terugkeer.core.aliens.events.ReturnDecisionIssued;
import nl.terugkeer.core.aliens.events.SufficientMeansEstablished;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.ReturnProspectRecorded;
import org.junit.jupiter.api.Test;

/**
 * The means test (Rva 2005 art. 2), the return decision outside asylum (Vw art. 62a) and the extension of a departure
 * term (Vw art. 62(3)) in the answers.
 */
class MeansAndDepartureTermsTest {

    private static final LocalDate FILED = LocalDate.of(2026, 2, 1);
    private static final LocalDate MEANS_FROM = LocalDate.of(2026, 4, 1);

    private final EntitlementPolicy policy = EntitlementPolicy.standard();

    private static PersonHistory filedWithMeans(LocalDate until) {
        HistoryBuilder b = HistoryBuilder.adult();
        return b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, FILED))
                .alien(new SufficientMeansEstablished(b.alienId, MEANS_FROM, until))
                .build();
    }

    @Test
    void givenSufficientMeansWithoutEnd_whenAsked_thenNoRvaReceptionWithItsSourceAndExplanation() {
        EntitlementAnswer answer = policy.on(filedWithMeans(null), LocalDate.of(2026, 11, 1));

        assertThat(answer.entitled()).isFalse();
        assertThat(answer.refusal()).isEqualTo(Refusal.SUFFICIENT_MEANS);
        assertThat(answer.legalBasis()).isEqualTo("Rva 2005 art. 2");
        assertThat(answer.validFrom()).isEqualTo(MEANS_FROM);
        assertThat(answer.explanation()).contains("1 april 2026").contains("artikel 2 Rva 2005");
    }

    @Test
    void givenTheMeansTestSwitchedOff_whenAsked_thenTheFindingChangesNothing() {
        EntitlementPolicy ignoring =
                new EntitlementPolicy(RepeatedAsylumApplicationRule.FROM_FILING, MeansTestRule.IGNORED);

        EntitlementAnswer answer = ignoring.on(filedWithMeans(null), LocalDate.of(2026, 11, 1));

        assertThat(answer.kind()).isEqualTo(EntitlementKind.ASYLUM_RECEPTION);
    }

    @Test
    void givenSufficientMeansForAWhile_whenPeriodsDerived_thenAGapExactlyOverTheFinding() {
        List<EntitlementPeriod> periods = policy.periods(filedWithMeans(LocalDate.of(2026, 6, 30)));

        assertThat(periods)
                .extracting(EntitlementPeriod::kind, EntitlementPeriod::from, EntitlementPeriod::until)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                EntitlementKind.ASYLUM_RECEPTION, FILED, LocalDate.of(2026, 3, 31)),
                        org.assertj.core.groups.Tuple.tuple(
                                EntitlementKind.ASYLUM_RECEPTION, LocalDate.of(2026, 7, 1), null));
    }

    @Test
    void givenSufficientMeansDuringAVblStay_whenAsked_thenTheExtraLegalShelterStays() {
        HistoryBuilder b = HistoryBuilder.adult();
        LocalDate placed = LocalDate.of(2026, 5, 1);
        PersonHistory h = b.inCase(new ReturnProspectRecorded(b.caseId, placed.plusWeeks(10), placed))
                .inCase(new PlacedInVbl(b.caseId, placed, placed.plusWeeks(12)))
                .alien(new SufficientMeansEstablished(b.alienId, LocalDate.of(2026, 5, 10), null))
                .build();

        assertThat(policy.on(h, LocalDate.of(2026, 6, 1)).kind()).isEqualTo(EntitlementKind.VBL);
    }

    @Test
    void givenAReturnDecisionOutsideAsylum_whenAskedInAndAfterItsTerm_thenNoRvaReception() {
        HistoryBuilder b = HistoryBuilder.adult();
        LocalDate issued = LocalDate.of(2026, 8, 3);
        PersonHistory h = b.alien(new ReturnDecisionIssued(
                        b.alienId,
                        ReturnDecisionOccasion.APPREHENDED_IN_SUPERVISION,
                        new DepartureTerm(28, issued),
                        issued))
                .build();

        assertThat(policy.on(h, issued).refusal()).isEqualTo(Refusal.NO_ENTITLING_FACT);
        assertThat(policy.on(h, LocalDate.of(2026, 9, 15)).refusal()).isEqualTo(Refusal.NO_ENTITLING_FACT);
    }

    @Test
    void givenAnExtendedTerm_whenAskedOnItsLastDay_thenTheExplanationNamesArt62Paragraph3() {
        HistoryBuilder b = HistoryBuilder.adult();
        LocalDate decided = LocalDate.of(2026, 5, 1);
        PersonHistory h = b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, FILED))
                .alien(new AsylumApplicationDecided(
                        b.alienId, DecisionOutcome.REJECTED, new DepartureTerm(28, decided), decided))
                .alien(new DepartureTermExtended(b.alienId, LocalDate.of(2026, 6, 12), LocalDate.of(2026, 5, 20)))
                .build();

        EntitlementAnswer answer = policy.on(h, LocalDate.of(2026, 6, 12));

        assertThat(answer.kind()).isEqualTo(EntitlementKind.DEPARTURE_TERM);
        assertThat(answer.validUntil()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(answer.explanation())
                .contains("verlengde vertrektermijn")
                .contains("artikel 62, derde lid")
                .contains("12 juni 2026");
    }

    @Test
    void givenAnExtensionNotYetDecided_whenAskedAsOfBefore_thenTheOriginalLastDay() {
        HistoryBuilder b = HistoryBuilder.adult();
        LocalDate decided = LocalDate.of(2026, 5, 1);
        PersonHistory h = b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, FILED))
                .alien(new AsylumApplicationDecided(
                        b.alienId, DecisionOutcome.REJECTED, new DepartureTerm(28, decided), decided))
                .alien(new DepartureTermExtended(b.alienId, LocalDate.of(2026, 6, 12), LocalDate.of(2026, 5, 20)))
                .build();

        assertThat(policy.on(h, LocalDate.of(2026, 5, 19)).validUntil()).isEqualTo(LocalDate.of(2026, 5, 29));
    }
}
