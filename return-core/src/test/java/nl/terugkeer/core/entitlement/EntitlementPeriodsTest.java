package nl.terugkeer.core.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.aliens.events.ReflectionPeriodGranted;
import nl.terugkeer.core.aliens.events.ResidencePermitGranted;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.events.CheckInMissed;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.ReportingObligationImposed;
import nl.terugkeer.core.cases.events.ReturnProspectRecorded;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarked;
import nl.terugkeer.core.cases.events.VblStayExtended;
import org.junit.jupiter.api.Test;

/**
 * The periods of entitlement end on the day a time-based rule changes the answer, not on the next recorded event:
 * each test pins the first and the last day of each period (until is the first day without it).
 */
class EntitlementPeriodsTest {

    private static final String ASYLUM = "Rva 2005 art. 1(d), 3";
    private static final String TERM = "Vw art. 62; Rva 2005 art. 5, 7(1)(b)";

    private final EntitlementPolicy policy = EntitlementPolicy.standard();

    /** Filed on 2026-02-01, rejected on 2026-05-01 with 28 days: the term's last day is 2026-05-29. */
    private static HistoryBuilder rejected(HistoryBuilder h) {
        return h.alien(new AsylumApplicationFiled(h.alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 2, 1)))
                .alien(new AsylumApplicationDecided(
                        h.alienId,
                        DecisionOutcome.REJECTED,
                        new DepartureTerm(28, LocalDate.of(2026, 5, 1)),
                        LocalDate.of(2026, 5, 1)));
    }

    @Test
    void givenAnUnaccompaniedMinorBorn1December2008_whenListingPeriods_thenShelterUntilTheDayAfterTurning18() {
        PersonHistory h = HistoryBuilder.person(LocalDate.of(2008, 12, 1), true, List.of())
                .build();

        assertThat(policy.periods(h))
                .containsExactly(new EntitlementPeriod(
                        EntitlementKind.UNACCOMPANIED_MINOR,
                        "Rva 2005 art. 6",
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 12, 1)));
    }

    @Test
    void givenAFamilyWhoseChildTurns18On5May2028_whenListingPeriods_thenFamilyLocationFromTheDayAfterTheTerm() {
        HistoryBuilder b =
                rejected(HistoryBuilder.person(LocalDate.of(1985, 1, 1), false, List.of(LocalDate.of(2010, 5, 5))));
        PersonHistory h = b.build();

        assertThat(policy.periods(h))
                .containsExactly(
                        new EntitlementPeriod(
                                EntitlementKind.ASYLUM_RECEPTION,
                                ASYLUM,
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 4, 30)),
                        new EntitlementPeriod(
                                EntitlementKind.DEPARTURE_TERM,
                                TERM,
                                LocalDate.of(2026, 5, 1),
                                LocalDate.of(2026, 5, 29)),
                        new EntitlementPeriod(
                                EntitlementKind.FAMILY_LOCATION,
                                "Vw art. 56; beleid gezinslocaties (DT&V)",
                                LocalDate.of(2026, 5, 30),
                                LocalDate.of(2028, 5, 4)));
        EntitlementAnswer familyLocation = policy.on(h, LocalDate.of(2026, 5, 30));
        assertThat(familyLocation.validFrom()).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(familyLocation.validUntil()).isEqualTo(LocalDate.of(2028, 5, 4));
        assertThat(familyLocation.decidedBy()).containsExactly(new EventRef("Alien", b.alienId.value(), 2));
    }

    @Test
    void givenAPermitFrom1MarchUntil1JuneDuringAnAsylumApplication_whenListingPeriods_thenReceptionAroundIt() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new AsylumApplicationFiled(b.alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 2, 1)))
                .alien(new ResidencePermitGranted(
                        b.alienId,
                        PermitKind.REGULAR,
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 2, 15)));

        assertThat(policy.periods(b.build()))
                .containsExactly(
                        new EntitlementPeriod(
                                EntitlementKind.ASYLUM_RECEPTION,
                                ASYLUM,
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 2, 28)),
                        new EntitlementPeriod(
                                EntitlementKind.ASYLUM_RECEPTION, ASYLUM, LocalDate.of(2026, 6, 2), null));
    }

    @Test
    void givenAReflectionPeriodFrom1MarchTo1June_whenListingPeriods_thenTheAllowanceEndsOn1June() {
        HistoryBuilder b = HistoryBuilder.adult();
        b.alien(new ReflectionPeriodGranted(b.alienId, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)));

        assertThat(policy.periods(b.build()))
                .containsExactly(new EntitlementPeriod(
                        EntitlementKind.RVB_ALLOWANCE,
                        "Rvb art. 2-3; Vc B8/3",
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 6, 1)));
    }

    @Test
    void givenMissesOn8And15May_whenListingPeriods_thenTheTermEndsTwoWeeksAfterTheFirstMiss() {
        HistoryBuilder b = rejected(HistoryBuilder.adult());
        b.inCase(new ReportingObligationImposed(b.caseId, ReportingFrequency.WEEKLY, LocalDate.of(2026, 5, 2)))
                .inCase(new CheckInMissed(b.caseId, LocalDate.of(2026, 5, 8)))
                .inCase(new CheckInMissed(b.caseId, LocalDate.of(2026, 5, 15)))
                .inCase(new UnsupervisedDepartureMarked(b.caseId, LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 15)));

        assertThat(policy.periods(b.build()))
                .containsExactly(
                        new EntitlementPeriod(
                                EntitlementKind.ASYLUM_RECEPTION,
                                ASYLUM,
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 4, 30)),
                        new EntitlementPeriod(
                                EntitlementKind.DEPARTURE_TERM,
                                TERM,
                                LocalDate.of(2026, 5, 1),
                                LocalDate.of(2026, 5, 22)));
    }

    @Test
    void givenAVblPlacementFrom1June_whenListingPeriods_thenShelterUntil24AugustTwelveWeeksLater() {
        HistoryBuilder b = rejected(HistoryBuilder.adult());
        b.inCase(new ReturnProspectRecorded(b.caseId, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 6, 1)))
                .inCase(new PlacedInVbl(b.caseId, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 24)));

        assertThat(policy.periods(b.build()))
                .endsWith(new EntitlementPeriod(
                        EntitlementKind.VBL,
                        "Vw art. 56; beleid vrijheidsbeperkende locatie (DT&V/COA)",
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 8, 24)));
    }

    @Test
    void givenAVblStayExtendedTo1October_whenListingPeriods_thenShelterUntil1October() {
        HistoryBuilder b = rejected(HistoryBuilder.adult());
        b.inCase(new ReturnProspectRecorded(b.caseId, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 6, 1)))
                .inCase(new PlacedInVbl(b.caseId, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 24)))
                .inCase(new VblStayExtended(b.caseId, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 8, 20)));

        assertThat(policy.periods(b.build()))
                .endsWith(new EntitlementPeriod(
                        EntitlementKind.VBL,
                        "Vw art. 56; beleid vrijheidsbeperkende locatie (DT&V/COA)",
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 10, 1)));
    }
}
