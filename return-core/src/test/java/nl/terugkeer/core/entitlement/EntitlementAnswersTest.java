package nl.terugkeer.core.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.cases.AdviceOutcome;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.events.BuitenschuldEstablished;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.NoFaultAdviceIssued;
import nl.terugkeer.core.cases.events.PlacedInFamilyLocation;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import org.junit.jupiter.api.Test;

/** Which events an answer rests on (the latest of their type), and the refusals' first days. */
class EntitlementAnswersTest {

    private final EntitlementPolicy policy = EntitlementPolicy.standard();

    @Test
    void givenTwoEntryBans_whenAskedOnTheSecond_thenTheAnswerRestsOnTheLatest() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new EntryBanImposed(b.alienId, 2, LocalDate.of(2026, 3, 1)))
                .alien(new EntryBanImposed(b.alienId, 5, LocalDate.of(2026, 4, 1)));

        EntitlementAnswer answer = policy.on(b.build(), LocalDate.of(2026, 4, 1));
        assertThat(answer.refusal()).isEqualTo(Refusal.ENTRY_BAN);
        assertThat(answer.validFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(answer.decidedBy()).containsExactly(new EventRef("Alien", b.alienId.value(), 2));
    }

    @Test
    void givenADetentionLiftedAndOrderedAgain_whenAsked_thenTheAnswerRestsOnTheSecondOrder() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.inCase(new DetentionOrdered(
                        b.caseId, DetentionBasis.ART_59, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1)))
                .inCase(new DetentionLifted(b.caseId, LocalDate.of(2026, 3, 10)))
                .inCase(new DetentionOrdered(
                        b.caseId, DetentionBasis.ART_59B, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1)));

        EntitlementAnswer answer = policy.on(b.build(), LocalDate.of(2026, 4, 1));
        assertThat(answer.refusal()).isEqualTo(Refusal.DETAINED);
        assertThat(answer.validFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(answer.decidedBy()).containsExactly(new EventRef("Case", b.caseId.value(), 3));
    }

    @Test
    void givenAnUnaccompaniedMinorWhoAppliedForAsylum_whenAsked_thenTheAnswerRestsOnTheRegistration() {
        HistoryBuilder b = HistoryBuilder.person(LocalDate.of(2010, 8, 20), true, List.of());
        b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 1, 5)));

        EntitlementAnswer answer = policy.on(b.build(), LocalDate.of(2026, 1, 5));
        assertThat(answer.kind()).isEqualTo(EntitlementKind.UNACCOMPANIED_MINOR);
        assertThat(answer.validFrom()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(answer.validUntil()).isEqualTo(LocalDate.of(2028, 8, 20));
        assertThat(answer.decidedBy()).containsExactly(new EventRef("Alien", b.alienId.value(), 0));
    }

    @Test
    void givenAFamilyPlacedInAFamilyLocationWithoutAsylumApplication_whenAsked_thenShelterFromThePlacement() {
        HistoryBuilder b = HistoryBuilder.person(LocalDate.of(1985, 1, 1), false, List.of(LocalDate.of(2015, 3, 3)));
        b.inCase(new PlacedInFamilyLocation(b.caseId, LocalDate.of(2026, 3, 1)));
        PersonHistory h = b.build();

        assertThat(policy.on(h, LocalDate.of(2026, 2, 28)).refusal()).isEqualTo(Refusal.NO_ENTITLING_FACT);
        EntitlementAnswer placed = policy.on(h, LocalDate.of(2026, 3, 1));
        assertThat(placed.kind()).isEqualTo(EntitlementKind.FAMILY_LOCATION);
        assertThat(placed.validFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(placed.validUntil()).isEqualTo(LocalDate.of(2033, 3, 2));
        assertThat(placed.decidedBy()).containsExactly(new EventRef("Case", b.caseId.value(), 1));
    }

    @Test
    void givenAFamilyWithAnOpenCaseButNoPlacement_whenTheTermEnded_thenFamilyLocationRestsOnTheDecision() {
        HistoryBuilder b = HistoryBuilder.person(LocalDate.of(1985, 1, 1), false, List.of(LocalDate.of(2015, 3, 3)));
        b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 2, 1)))
                .alien(new AsylumApplicationDecided(
                        b.alienId,
                        DecisionOutcome.REJECTED,
                        new DepartureTerm(28, LocalDate.of(2026, 5, 1)),
                        LocalDate.of(2026, 5, 1)))
                .inCase(new ReportingObligationImposed(b.caseId, ReportingFrequency.WEEKLY, LocalDate.of(2026, 5, 2)));

        EntitlementAnswer answer = policy.on(b.build(), LocalDate.of(2026, 5, 30));
        assertThat(answer.kind()).isEqualTo(EntitlementKind.FAMILY_LOCATION);
        assertThat(answer.validFrom()).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(answer.decidedBy()).containsExactly(new EventRef("Alien", b.alienId.value(), 2));
    }

    @Test
    void givenARejectionWhoseTermEnded29May_whenAskedOn30May_thenRefusedFrom30MayOnTheApplication() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 2, 1)))
                .alien(new AsylumApplicationDecided(
                        b.alienId,
                        DecisionOutcome.REJECTED,
                        new DepartureTerm(28, LocalDate.of(2026, 5, 1)),
                        LocalDate.of(2026, 5, 1)));

        EntitlementAnswer answer = policy.on(b.build(), LocalDate.of(2026, 5, 30));
        assertThat(answer.refusal()).isEqualTo(Refusal.DEPARTURE_TERM_ENDED);
        assertThat(answer.validFrom()).isEqualTo(LocalDate.of(2026, 5, 30));
        // The term's answers name the decision that set the term (sequence 2).
        assertThat(answer.decidedBy()).containsExactly(new EventRef("Alien", b.alienId.value(), 2));
    }

    @Test
    void givenAGrantedAsylumApplicationWithoutAPermitRecorded_whenAsked_thenNoEntitlingFact() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 2, 1)))
                .alien(new AsylumApplicationDecided(
                        b.alienId, DecisionOutcome.GRANTED, null, LocalDate.of(2026, 5, 1)));

        EntitlementAnswer answer = policy.on(b.build(), LocalDate.of(2026, 5, 1));
        assertThat(answer.refusal()).isEqualTo(Refusal.NO_ENTITLING_FACT);
        assertThat(answer.validFrom()).isNull();
        assertThat(answer.decidedBy()).isEmpty();
    }

    @Test
    void givenACaseWithoutVbl_whenNothingEntitles_thenNoEntitlingFactAndNotVblEnded() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.inCase(new ReportingObligationImposed(b.caseId, ReportingFrequency.WEEKLY, LocalDate.of(2026, 2, 1)));

        assertThat(policy.on(b.build(), LocalDate.of(2026, 2, 1)).refusal()).isEqualTo(Refusal.NO_ENTITLING_FACT);
    }

    @Test
    void givenBuitenschuld_whenAsked_thenTheRefusalRestsOnTheEstablishment() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.inCase(new BuitenschuldEstablished(b.caseId, LocalDate.of(2026, 9, 1)))
                .inCase(new NoFaultAdviceIssued(b.caseId, AdviceOutcome.POSITIVE, LocalDate.of(2026, 9, 2)));

        EntitlementAnswer answer = policy.on(b.build(), LocalDate.of(2026, 9, 2));
        assertThat(answer.refusal()).isEqualTo(Refusal.BUITENSCHULD_GIVES_NONE);
        assertThat(answer.decidedBy()).containsExactly(new EventRef("Case", b.caseId.value(), 1));
    }
}
