package nl.terugkeer.core.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DeferralGround;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.aliens.events.DepartureDeferralGranted;
import nl.terugkeer.core.aliens.events.DepartureDeferralRequested;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.aliens.events.ProvisionalDeferralApplied;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CheckInMissed;
import nl.terugkeer.core.cases.events.DepartureRecorded;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.PlacedInFamilyLocation;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import org.junit.jupiter.api.Test;

/**
 * The episode rule: a terminating fact ends the episode running when it happened, not the person's future; a later
 * fact that gives entitlement opens a new episode from its own date; detention suspends.
 */
class EntitlementEpisodesTest {

    private final EntitlementPolicy policy = EntitlementPolicy.standard();

    private static HistoryBuilder rejectedOn(HistoryBuilder b, LocalDate filed, LocalDate decided) {
        return b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, filed))
                .alien(new AsylumApplicationDecided(
                        b.alienId, DecisionOutcome.REJECTED, new DepartureTerm(28, decided), decided));
    }

    @Test
    void givenADepartureOnAClosedCase_whenARepeatedApplicationIsFiledLater_thenReceptionFromThatFiling() {
        HistoryBuilder b = rejectedOn(HistoryBuilder.adult(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        b.inCase(new DepartureRecorded(b.caseId, DepartureType.INDEPENDENT, LocalDate.of(2026, 3, 10)))
                .inCase(new CaseClosed(b.caseId, CloseReason.DEPARTED, LocalDate.of(2026, 3, 11)))
                .alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.REPEATED, LocalDate.of(2026, 9, 1)));
        PersonHistory h = b.build();

        assertThat(policy.on(h, LocalDate.of(2026, 3, 10)).refusal()).isEqualTo(Refusal.DEPARTED);
        assertThat(policy.on(h, LocalDate.of(2026, 8, 31)).refusal()).isEqualTo(Refusal.DEPARTED);
        EntitlementAnswer again = policy.on(h, LocalDate.of(2026, 9, 1));
        assertThat(again.kind()).isEqualTo(EntitlementKind.ASYLUM_RECEPTION);
        assertThat(again.validFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void givenTwoMissedCheckIns_whenArt64IsGrantedLater_thenANewEpisodeUnderArt64() {
        HistoryBuilder b = rejectedOn(HistoryBuilder.adult(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1));
        b.inCase(new ReportingObligationImposed(b.caseId, ReportingFrequency.WEEKLY, LocalDate.of(2026, 5, 2)))
                .inCase(new CheckInMissed(b.caseId, LocalDate.of(2026, 5, 8)))
                .inCase(new CheckInMissed(b.caseId, LocalDate.of(2026, 5, 15)))
                .alien(new DepartureDeferralRequested(
                        b.alienId, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 6, 1)))
                .alien(new DepartureDeferralGranted(b.alienId, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
        PersonHistory h = b.build();

        assertThat(policy.on(h, LocalDate.of(2026, 5, 23)).refusal()).isEqualTo(Refusal.REPORTING_MISSED_TWICE);
        EntitlementAnswer art64 = policy.on(h, LocalDate.of(2026, 7, 1));
        assertThat(art64.kind()).isEqualTo(EntitlementKind.ART_64);
        assertThat(art64.validUntil()).isEqualTo(LocalDate.of(2027, 1, 28));
    }

    @Test
    void givenAnEntryBan_whenARepeatedApplicationIsFiledLater_thenReceptionAsTheLetterSays() {
        HistoryBuilder b = rejectedOn(HistoryBuilder.adult(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        b.alien(new EntryBanImposed(b.alienId, 2, LocalDate.of(2026, 3, 10)))
                .alien(new AsylumApplicationFiled(
                        b.alienId, AsylumApplicationKind.REPEATED, LocalDate.of(2026, 10, 1)));
        PersonHistory h = b.build();

        assertThat(policy.on(h, LocalDate.of(2026, 3, 10)).refusal()).isEqualTo(Refusal.ENTRY_BAN);
        assertThat(policy.on(h, LocalDate.of(2026, 10, 1)).kind()).isEqualTo(EntitlementKind.ASYLUM_RECEPTION);
        assertThat(new EntitlementPolicy(RepeatedAsylumApplicationRule.NONE)
                        .on(h, LocalDate.of(2026, 10, 1))
                        .refusal())
                .isEqualTo(Refusal.REPEATED_APPLICATION_GIVES_NONE);
    }

    @Test
    void givenAnEntryBan_whenTheFamilyIsPlacedInAFamilyLocationLater_thenShelterThere() {
        HistoryBuilder b = rejectedOn(
                HistoryBuilder.person(LocalDate.of(1985, 1, 1), false, List.of(LocalDate.of(2018, 4, 4))),
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1));
        b.alien(new EntryBanImposed(b.alienId, 2, LocalDate.of(2026, 3, 5)))
                .inCase(new PlacedInFamilyLocation(b.caseId, LocalDate.of(2026, 4, 1)));
        PersonHistory h = b.build();

        assertThat(policy.on(h, LocalDate.of(2026, 3, 5)).refusal()).isEqualTo(Refusal.ENTRY_BAN);
        EntitlementAnswer family = policy.on(h, LocalDate.of(2026, 4, 1));
        assertThat(family.kind()).isEqualTo(EntitlementKind.FAMILY_LOCATION);
        assertThat(family.validUntil()).isEqualTo(LocalDate.of(2036, 4, 3));
    }

    @Test
    void givenAnUnaccompaniedMinor_whenAnEntryBanIsImposed_thenShelterUntil18Continues() {
        HistoryBuilder b = HistoryBuilder.person(LocalDate.of(2010, 8, 20), true, List.of());
        b.alien(new EntryBanImposed(b.alienId, 2, LocalDate.of(2026, 6, 1)));

        EntitlementAnswer answer = policy.on(b.build(), LocalDate.of(2026, 6, 1));

        assertThat(answer.kind()).isEqualTo(EntitlementKind.UNACCOMPANIED_MINOR);
        assertThat(answer.validUntil()).isEqualTo(LocalDate.of(2028, 8, 20));
    }

    @Test
    void givenArt64_whenDetainedAndLifted_thenSuspendedAndResumedWithTheSameLastDay() {
        HistoryBuilder b = rejectedOn(HistoryBuilder.adult(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        b.alien(new DepartureDeferralRequested(b.alienId, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 3, 5)))
                .alien(new DepartureDeferralGranted(b.alienId, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)))
                .inCase(new DetentionOrdered(
                        b.caseId, DetentionBasis.ART_59, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31)))
                .inCase(new DetentionLifted(b.caseId, LocalDate.of(2026, 5, 20)));
        PersonHistory h = b.build();

        assertThat(policy.on(h, LocalDate.of(2026, 4, 30)).kind()).isEqualTo(EntitlementKind.ART_64);
        assertThat(policy.on(h, LocalDate.of(2026, 5, 19)).refusal()).isEqualTo(Refusal.DETAINED);
        EntitlementAnswer resumed = policy.on(h, LocalDate.of(2026, 5, 20));
        assertThat(resumed.kind()).isEqualTo(EntitlementKind.ART_64);
        assertThat(resumed.validUntil()).isEqualTo(LocalDate.of(2026, 10, 28));
    }

    @Test
    void givenAReflectionPeriodThenATraffickingPermit_whenAsked_thenTheRvbAllowanceRunsUntilThePermitEnds() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new ReflectionPeriodGranted(b.alienId, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)))
                .alien(new ResidencePermitGranted(
                        b.alienId,
                        PermitKind.HUMAN_TRAFFICKING,
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2027, 4, 30),
                        LocalDate.of(2026, 5, 1)));
        PersonHistory h = b.build();

        EntitlementAnswer withPermit = policy.on(h, LocalDate.of(2027, 4, 30));
        assertThat(withPermit.kind()).isEqualTo(EntitlementKind.RVB_ALLOWANCE);
        assertThat(withPermit.validUntil()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(policy.on(h, LocalDate.of(2027, 5, 1)).entitled()).isFalse();
    }

    @Test
    void givenAProvisionalArt64_whenThePersonWasNeverARejectedAsylumSeeker_thenNoneAndOtherwiseArt64() {
        HistoryBuilder regular = HistoryBuilder.adult();
        regular.alien(new DepartureDeferralRequested(
                        regular.alienId, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 3, 1)))
                .alien(new ProvisionalDeferralApplied(
                        regular.alienId, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14)));
        HistoryBuilder rejected =
                rejectedOn(HistoryBuilder.adult(), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 1));
        rejected.alien(new DepartureDeferralRequested(
                        rejected.alienId, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 3, 1)))
                .alien(new ProvisionalDeferralApplied(
                        rejected.alienId, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14)));

        EntitlementAnswer none = policy.on(regular.build(), LocalDate.of(2026, 4, 1));
        assertThat(none.refusal()).isEqualTo(Refusal.PROVISIONAL_ART_64_GIVES_NONE);
        EntitlementAnswer art64 = policy.on(rejected.build(), LocalDate.of(2026, 4, 1));
        assertThat(art64.kind()).isEqualTo(EntitlementKind.ART_64);
        assertThat(art64.validUntil()).isEqualTo(LocalDate.of(2026, 7, 12));
    }

    @Test
    void givenAnEntryBanThenALaterEpisodeThatRanOut_whenAsked_thenTheMostRecentReasonIsGiven() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new EntryBanImposed(b.alienId, 2, LocalDate.of(2026, 1, 20)));
        rejectedOn(b, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));
        PersonHistory h = b.build();

        assertThat(policy.on(h, LocalDate.of(2026, 2, 1)).refusal()).isEqualTo(Refusal.ENTRY_BAN);
        assertThat(policy.on(h, LocalDate.of(2026, 5, 29)).kind()).isEqualTo(EntitlementKind.DEPARTURE_TERM);
        EntitlementAnswer after = policy.on(h, LocalDate.of(2026, 5, 30));
        assertThat(after.refusal()).isEqualTo(Refusal.DEPARTURE_TERM_ENDED);
        assertThat(after.validFrom()).isEqualTo(LocalDate.of(2026, 5, 30));
    }

    @Test
    void givenEpisodesEndedAndReopened_whenPeriodsAreDerived_thenEachEpisodeIsItsOwnPeriod() {
        HistoryBuilder b = rejectedOn(HistoryBuilder.adult(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        b.alien(new EntryBanImposed(b.alienId, 2, LocalDate.of(2026, 3, 10)))
                .alien(new AsylumApplicationFiled(
                        b.alienId, AsylumApplicationKind.REPEATED, LocalDate.of(2026, 10, 1)));

        assertThat(policy.periods(b.build()))
                .containsExactly(
                        new EntitlementPeriod(
                                EntitlementKind.ASYLUM_RECEPTION,
                                "Rva 2005 art. 1(d), 3",
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 2, 28)),
                        new EntitlementPeriod(
                                EntitlementKind.DEPARTURE_TERM,
                                "Vw art. 62; Rva 2005 art. 5, 7(1)(b)",
                                LocalDate.of(2026, 3, 1),
                                LocalDate.of(2026, 3, 9)),
                        new EntitlementPeriod(
                                EntitlementKind.ASYLUM_RECEPTION,
                                "Rva 2005 art. 1(d), 3",
                                LocalDate.of(2026, 10, 1),
                                null));
    }
}
