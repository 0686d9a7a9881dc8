package nl.terugkeer.core.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DeferralGround;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.aliens.events.DepartureDeferralEnded;
import nl.terugkeer.core.aliens.events.DepartureDeferralGranted;
import nl.terugkeer.core.aliens.events.DepartureDeferralRequested;
import nl.terugkeer.core.aliens.events.EntryBanImposed;
import nl.terugkeer.core.aliens.events.ProvisionalDeferralApplied;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.RegularApplicationFiled;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.cases.AdviceOutcome;
import nl.terugkeer.core.cases.DepartureType;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.events.BuitenschuldEstablished;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.CheckInMissed;
import nl.terugkeer.core.cases.events.DepartureRecorded;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.NoFaultAdviceIssued;
import nl.terugkeer.core.cases.events.PlacedInFamilyLocation;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import nl.terugkeer.core.cases.events.ReturnProspectRecorded;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarked;
import org.junit.jupiter.api.Test;

/** One test per row of product.md's entitlement table, at the boundaries of the time-based rows. */
class EntitlementPolicyTest {

    private static final LocalDate FILED = LocalDate.of(2026, 2, 1);
    private static final LocalDate DECIDED = LocalDate.of(2026, 5, 1);

    private final EntitlementPolicy policy = EntitlementPolicy.standard();

    private static HistoryBuilder filed(HistoryBuilder h) {
        return h.alien(new AsylumApplicationFiled(h.alienId, AsylumApplicationKind.FIRST, FILED));
    }

    private static HistoryBuilder rejected(HistoryBuilder h, int days) {
        return filed(h).alien(new AsylumApplicationDecided(
                h.alienId, DecisionOutcome.REJECTED, new DepartureTerm(days, DECIDED), DECIDED));
    }

    @Test
    void givenAnAsylumApplication_whenAskedBeforeAndOnFiling_thenReceptionFromFiling() {
        PersonHistory h = filed(HistoryBuilder.adult()).build();

        assertThat(policy.on(h, FILED.minusDays(1)).entitled()).isFalse();
        EntitlementAnswer answer = policy.on(h, FILED);
        assertThat(answer.kind()).isEqualTo(EntitlementKind.ASYLUM_RECEPTION);
        assertThat(answer.validFrom()).isEqualTo(FILED);
        assertThat(answer.legalBasis()).contains("art. 1(d), 3");
        assertThat(answer.decidedBy()).extracting(EventRef::sequence).containsExactly(1L);
        assertThat(answer.explanation()).contains("Asielaanvraag");
    }

    @Test
    void givenARejectionWith28Days_whenTheTermRuns_thenReceptionUntilItsLastDayAndNoneAfter() {
        PersonHistory h = rejected(HistoryBuilder.adult(), 28).build();
        LocalDate lastDay = DECIDED.plusDays(28);

        EntitlementAnswer during = policy.on(h, lastDay);
        assertThat(during.kind()).isEqualTo(EntitlementKind.DEPARTURE_TERM);
        assertThat(during.validUntil()).isEqualTo(LocalDate.of(2026, 5, 29));
        EntitlementAnswer after = policy.on(h, lastDay.plusDays(1));
        assertThat(after.entitled()).isFalse();
        assertThat(after.refusal()).isEqualTo(Refusal.DEPARTURE_TERM_ENDED);
    }

    @Test
    void givenARejectionWith0Days_whenTheDayAfterComes_thenNoReception() {
        PersonHistory h = rejected(HistoryBuilder.adult(), 0).build();

        assertThat(policy.on(h, DECIDED).kind()).isEqualTo(EntitlementKind.DEPARTURE_TERM);
        assertThat(policy.on(h, DECIDED.plusDays(1)).refusal()).isEqualTo(Refusal.DEPARTURE_TERM_ENDED);
    }

    @Test
    void givenAProvisionalThenGrantedThenEndedArt64_whenAskedOverTime_thenReceptionUntil4WeeksAfterTheEnd() {
        HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
        LocalDate requested = LocalDate.of(2026, 6, 10);
        LocalDate provisional = LocalDate.of(2026, 6, 15);
        LocalDate granted = LocalDate.of(2026, 8, 1);
        LocalDate ended = LocalDate.of(2026, 10, 1);
        b.alien(new DepartureDeferralRequested(b.alienId, DeferralGround.UNFIT_TO_TRAVEL, requested))
                .alien(new ProvisionalDeferralApplied(b.alienId, provisional, provisional.plusMonths(3)))
                .alien(new DepartureDeferralGranted(b.alienId, granted, granted.plusMonths(6)))
                .alien(new DepartureDeferralEnded(b.alienId, ended));
        PersonHistory h = b.build();

        assertThat(policy.on(h, requested).refusal()).as("only requested").isEqualTo(Refusal.ART_64_ONLY_REQUESTED);
        assertThat(policy.on(h, provisional).kind()).isEqualTo(EntitlementKind.ART_64);
        assertThat(policy.on(h, granted).kind()).isEqualTo(EntitlementKind.ART_64);
        EntitlementAnswer lastDay = policy.on(h, ended.plusWeeks(4));
        assertThat(lastDay.kind()).isEqualTo(EntitlementKind.ART_64);
        assertThat(lastDay.validUntil()).isEqualTo(LocalDate.of(2026, 10, 29));
        assertThat(policy.on(h, LocalDate.of(2026, 10, 30)).refusal()).isEqualTo(Refusal.ART_64_ENDED);
    }

    @Test
    void givenOnlyAnArt64Request_whenAsked_thenNoReception() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new DepartureDeferralRequested(b.alienId, DeferralGround.MEDICAL_EMERGENCY, FILED));

        assertThat(policy.on(b.build(), FILED).refusal()).isEqualTo(Refusal.ART_64_ONLY_REQUESTED);
    }

    @Test
    void givenARegularApplicationAfterTheTermEnded_whenAsked_thenItGivesNoneAndDoesNotStopTheEnding() {
        HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
        LocalDate regular = DECIDED.plusDays(10);
        b.alien(new RegularApplicationFiled(b.alienId, "medical treatment", regular));
        PersonHistory h = b.build();

        assertThat(policy.on(h, regular).kind()).isEqualTo(EntitlementKind.DEPARTURE_TERM);
        assertThat(policy.on(h, DECIDED.plusDays(29)).refusal()).isEqualTo(Refusal.DEPARTURE_TERM_ENDED);
        HistoryBuilder onlyRegular = HistoryBuilder.adult();
        onlyRegular.alien(new RegularApplicationFiled(onlyRegular.alienId, "work", FILED));
        assertThat(policy.on(onlyRegular.build(), FILED).refusal()).isEqualTo(Refusal.REGULAR_APPLICATION_GIVES_NONE);
    }

    @Test
    void givenDetentionDuringTheProcedure_whenDetainedAndAfterLifting_thenNoneWhileDetained() {
        HistoryBuilder b = filed(HistoryBuilder.adult());
        LocalDate ordered = LocalDate.of(2026, 3, 1);
        LocalDate lifted = LocalDate.of(2026, 3, 20);
        b.inCase(new DetentionOrdered(b.caseId, DetentionBasis.ART_59B, ordered, ordered.plusWeeks(4)))
                .inCase(new DetentionLifted(b.caseId, lifted));
        PersonHistory h = b.build();

        EntitlementAnswer detained = policy.on(h, ordered);
        assertThat(detained.refusal()).isEqualTo(Refusal.DETAINED);
        assertThat(detained.decidedBy()).extracting(EventRef::aggregateType).containsExactly("Case");
        assertThat(policy.on(h, lifted).kind()).isEqualTo(EntitlementKind.ASYLUM_RECEPTION);
    }

    @Test
    void givenTwoConsecutiveMissedCheckIns_whenAsked_thenReceptionEnds2WeeksAfterTheFirst() {
        HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
        LocalDate first = DECIDED.plusDays(7);
        LocalDate second = DECIDED.plusDays(14);
        b.inCase(new ReportingObligationImposed(b.caseId, ReportingFrequency.WEEKLY, DECIDED.plusDays(1)))
                .inCase(new CheckInMissed(b.caseId, first))
                .inCase(new CheckInMissed(b.caseId, second))
                .inCase(new UnsupervisedDepartureMarked(b.caseId, first, second));
        PersonHistory h = b.build();

        EntitlementAnswer lastDay = policy.on(h, LocalDate.of(2026, 5, 22));
        assertThat(lastDay.kind()).isEqualTo(EntitlementKind.DEPARTURE_TERM);
        assertThat(lastDay.validUntil()).as("the ending is already known").isEqualTo(LocalDate.of(2026, 5, 22));
        EntitlementAnswer ended = policy.on(h, LocalDate.of(2026, 5, 23));
        assertThat(ended.refusal()).isEqualTo(Refusal.REPORTING_MISSED_TWICE);
        assertThat(ended.validFrom()).isEqualTo(LocalDate.of(2026, 5, 23));
    }

    @Test
    void givenACorrectedMissedCheckIn_whenAsked_thenTheReceptionIsNotEnded() {
        HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
        LocalDate first = DECIDED.plusDays(7);
        LocalDate second = DECIDED.plusDays(14);
        b.inCase(new ReportingObligationImposed(b.caseId, ReportingFrequency.WEEKLY, DECIDED.plusDays(1)))
                .inCase(new CheckInMissed(b.caseId, first));
        long firstMiss = b.lastCaseSequence();
        b.inCase(new CheckInMissed(b.caseId, second))
                .inCase(new UnsupervisedDepartureMarked(b.caseId, first, second))
                .inCase(new CaseEntryCorrected(b.caseId, firstMiss, "CheckInMissed", "did report", second.plusDays(1)))
                .inCase(new UnsupervisedDepartureMarkWithdrawn(b.caseId, firstMiss, second.plusDays(1)));

        assertThat(policy.on(b.build(), first.plusWeeks(2)).kind()).isEqualTo(EntitlementKind.DEPARTURE_TERM);
    }

    @Test
    void givenAnEntryBan_whenImposed_thenReceptionEndsAtOnce() {
        HistoryBuilder b = filed(HistoryBuilder.adult());
        LocalDate imposed = LocalDate.of(2026, 4, 1);
        b.alien(new EntryBanImposed(b.alienId, 2, imposed));

        assertThat(policy.on(b.build(), imposed.minusDays(1)).entitled()).isTrue();
        assertThat(policy.on(b.build(), imposed).refusal()).isEqualTo(Refusal.ENTRY_BAN);
    }

    @Test
    void givenAVblPlacement_whenAskedDuringAndAfter12Weeks_thenShelterUntilItsEnd() {
        HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
        LocalDate placed = DECIDED.plusDays(29);
        b.inCase(new ReturnProspectRecorded(b.caseId, placed.plusWeeks(10), placed))
                .inCase(new PlacedInVbl(b.caseId, placed, placed.plusWeeks(12)));
        PersonHistory h = b.build();

        EntitlementAnswer inVbl = policy.on(h, LocalDate.of(2026, 8, 22));
        assertThat(inVbl.kind()).isEqualTo(EntitlementKind.VBL);
        assertThat(inVbl.validUntil()).isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(policy.on(h, LocalDate.of(2026, 8, 23)).refusal()).isEqualTo(Refusal.VBL_ENDED);
    }

    @Test
    void givenAFamilyWithMinorsAfterRejection_whenTheTermEnded_thenFamilyLocationUntilTheYoungestIs18() {
        LocalDate youngest = LocalDate.of(2015, 3, 3);
        HistoryBuilder b = rejected(
                HistoryBuilder.person(LocalDate.of(1985, 1, 1), false, List.of(LocalDate.of(2012, 1, 1), youngest)),
                28);
        PersonHistory h = b.build();

        EntitlementAnswer after = policy.on(h, DECIDED.plusDays(29));
        assertThat(after.kind()).isEqualTo(EntitlementKind.FAMILY_LOCATION);
        assertThat(after.validUntil()).isEqualTo(LocalDate.of(2033, 3, 2));
        assertThat(policy.on(h, LocalDate.of(2033, 3, 2)).kind()).isEqualTo(EntitlementKind.FAMILY_LOCATION);
        assertThat(policy.on(h, LocalDate.of(2033, 3, 3)).entitled()).isFalse();
        b.inCase(new PlacedInFamilyLocation(b.caseId, DECIDED.plusDays(30)))
                .inCase(new DepartureRecorded(b.caseId, DepartureType.INDEPENDENT, LocalDate.of(2027, 1, 10)));
        assertThat(policy.on(b.build(), LocalDate.of(2027, 1, 10)).refusal()).isEqualTo(Refusal.DEPARTED);
    }

    @Test
    void givenAnUnaccompaniedMinor_whenAskedBeforeAndAfter18_thenShelterUntilTheDayAfter18() {
        LocalDate born = LocalDate.of(2010, 8, 20);
        PersonHistory h =
                rejected(HistoryBuilder.person(born, true, List.of()), 28).build();

        assertThat(policy.on(h, born.plusYears(18)).kind()).isEqualTo(EntitlementKind.UNACCOMPANIED_MINOR);
        assertThat(policy.on(h, born.plusYears(18).plusDays(1)).entitled()).isFalse();
    }

    @Test
    void givenAReflectionPeriod_whenAsked_thenRvbAllowanceNotCoaShelter() {
        HistoryBuilder b = HistoryBuilder.adult();
        LocalDate granted = LocalDate.of(2026, 3, 1);
        b.alien(new ReflectionPeriodGranted(b.alienId, granted, granted.plusMonths(3)));
        PersonHistory h = b.build();

        assertThat(policy.on(h, granted).kind()).isEqualTo(EntitlementKind.RVB_ALLOWANCE);
        assertThat(policy.on(h, LocalDate.of(2026, 6, 1)).kind()).isEqualTo(EntitlementKind.RVB_ALLOWANCE);
        assertThat(policy.on(h, LocalDate.of(2026, 6, 2)).entitled()).isFalse();
    }

    @Test
    void givenBuitenschuldWithAdviceThenAPermit_whenAsked_thenNothingUntilThePermitEndsTheReturnTrack() {
        HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
        LocalDate established = LocalDate.of(2026, 9, 1);
        LocalDate permitFrom = LocalDate.of(2026, 10, 1);
        b.inCase(new BuitenschuldEstablished(b.caseId, established))
                .inCase(new NoFaultAdviceIssued(b.caseId, AdviceOutcome.POSITIVE, established.plusDays(1)));
        assertThat(policy.on(b.build(), established.plusDays(2)).refusal()).isEqualTo(Refusal.BUITENSCHULD_GIVES_NONE);

        b.alien(new ResidencePermitGranted(
                b.alienId, PermitKind.BUITENSCHULD, permitFrom, LocalDate.of(2027, 9, 30), permitFrom));
        assertThat(policy.on(b.build(), permitFrom).refusal()).isEqualTo(Refusal.LAWFUL_RESIDENCE);
    }

    @Test
    void givenADeparture_whenRecorded_thenTheReturnTrackEnds() {
        for (DepartureType type : DepartureType.values()) {
            HistoryBuilder b = filed(HistoryBuilder.adult());
            LocalDate left = LocalDate.of(2026, 3, 1);
            b.inCase(new DepartureRecorded(b.caseId, type, left));
            assertThat(policy.on(b.build(), left).refusal()).as(type.name()).isEqualTo(Refusal.DEPARTED);
            assertThat(policy.on(b.build(), left.minusDays(1)).entitled()).isTrue();
        }
    }

    @Test
    void givenARepeatedApplication_whenTheRuleIsConfigured_thenTheLettersReadingOrNone() {
        HistoryBuilder b = rejected(HistoryBuilder.adult(), 28);
        LocalDate again = LocalDate.of(2026, 9, 1);
        b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.REPEATED, again));
        PersonHistory h = b.build();

        assertThat(EntitlementPolicy.standard().on(h, again).kind()).isEqualTo(EntitlementKind.ASYLUM_RECEPTION);
        assertThat(new EntitlementPolicy(RepeatedAsylumApplicationRule.NONE)
                        .on(h, again)
                        .refusal())
                .isEqualTo(Refusal.REPEATED_APPLICATION_GIVES_NONE);
    }

    @Test
    void givenRichHistories_whenComparingPeriodsWithDailyAnswers_thenTheyNeverDisagree() {
        LocalDate youngest = LocalDate.of(2020, 6, 1);
        HistoryBuilder b = rejected(HistoryBuilder.person(LocalDate.of(1990, 1, 1), false, List.of(youngest)), 28);
        LocalDate requested = LocalDate.of(2026, 6, 10);
        b.alien(new DepartureDeferralRequested(b.alienId, DeferralGround.PREGNANCY, requested))
                .alien(new ProvisionalDeferralApplied(b.alienId, requested.plusDays(5), requested.plusMonths(2)))
                .inCase(new DetentionOrdered(
                        b.caseId, DetentionBasis.ART_59, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)))
                .inCase(new DetentionLifted(b.caseId, LocalDate.of(2026, 11, 8)));
        PersonHistory h = b.build();
        List<EntitlementPeriod> periods = policy.periods(h);
        assertThat(periods).isNotEmpty();

        Random random = new Random(42);
        for (int i = 0; i < 400; i++) {
            LocalDate day = LocalDate.of(2025, 12, 1).plusDays(random.nextInt(3000));
            EntitlementAnswer answer = policy.on(h, day);
            List<EntitlementPeriod> covering = periods.stream()
                    .filter(p -> !day.isBefore(p.from()) && (p.until() == null || !day.isAfter(p.until())))
                    .toList();
            if (answer.entitled()) {
                assertThat(covering).as(day.toString()).hasSize(1);
                assertThat(covering.getFirst().kind()).as(day.toString()).isEqualTo(answer.kind());
            } else {
                assertThat(covering).as(day.toString()).isEmpty();
            }
        }
    }
}
