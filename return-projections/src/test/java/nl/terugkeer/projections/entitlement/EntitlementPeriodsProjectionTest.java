package nl.terugkeer.projections.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
import nl.terugkeer.core.cases.events.VblStayExtended;
import nl.terugkeer.core.entitlement.EntitlementKind;
import nl.terugkeer.core.entitlement.EntitlementPeriod;
import nl.terugkeer.core.entitlement.EntitlementPolicy;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.VNumber;
import nl.terugkeer.core.testdata.AlienSamples;
import nl.terugkeer.core.testdata.CaseSamples;
import nl.terugkeer.projections.asof.AsOfViews;
import nl.terugkeer.projections.folds.EventHistories;
import nl.terugkeer.projections.testsupport.EventLog;
import nl.terugkeer.projections.testsupport.TestDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The entitlement-periods projection after the events of a person (a single adult: no minor children, no
 * unaccompanied minor) and of the person's return case. Periods run from their first day to the first day they no
 * longer hold (null: open-ended). The person's story: registered 2026-03-02, asylum filed 2026-03-05, rejected
 * 2026-05-04 with a departure term of 28 days (last day 2026-06-01).
 */
class EntitlementPeriodsProjectionTest {

    private static final TestDatabase DATABASE = TestDatabase.get();

    private static final String ASYLUM_BASIS = "Rva 2005 art. 1(d), 3";
    private static final String DEPARTURE_TERM_BASIS = "Vw art. 62; Rva 2005 art. 5, 7(1)(b)";
    private static final String VBL_BASIS = "Vw art. 56; beleid vrijheidsbeperkende locatie (DT&V/COA)";

    private EventLog log;
    private EntitlementPeriodsProjection projection;
    private final List<DomainEventMessage<?>> handled = new ArrayList<>();

    @BeforeEach
    void startFromNothing() {
        DATABASE.clean();
        log = new EventLog(DATABASE);
        projection = new EntitlementPeriodsProjection(
                DATABASE.jdbc(),
                new AsOfViews(new EventHistories(DATABASE.eventStore())),
                EntitlementPolicy.standard());
    }

    @Test
    void givenARejectedPerson_whenThePersonsEventsAreHandled_thenAsylumReceptionThenTheDepartureTerm() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled(), rejected());

        assertThat(periods())
                .containsExactly(
                        period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", "2026-05-03"),
                        period(EntitlementKind.DEPARTURE_TERM, DEPARTURE_TERM_BASIS, "2026-05-04", "2026-06-01"));
    }

    @Test
    void givenTheDepartureTerm_whenDetentionIsOrdered_thenTheTermEndsOnTheDayOfTheOrder() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled(), rejected());
        recordAndHandle(CaseSamples.returnSignalled(), CaseSamples.caseManagerAssigned());

        recordAndHandle(detentionOrderedOn("2026-05-11"));

        assertThat(periods())
                .containsExactly(
                        period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", "2026-05-03"),
                        period(EntitlementKind.DEPARTURE_TERM, DEPARTURE_TERM_BASIS, "2026-05-04", "2026-05-10"));
    }

    @Test
    void givenADetentionDuringTheDepartureTerm_whenItIsLifted_thenTheTermResumesUntilItsEnd() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled(), rejected());
        recordAndHandle(CaseSamples.returnSignalled(), CaseSamples.caseManagerAssigned());
        recordAndHandle(detentionOrderedOn("2026-05-11"));

        recordAndHandle(new DetentionLifted(CaseSamples.CASE_ID, LocalDate.of(2026, 5, 25)));

        assertThat(periods())
                .containsExactly(
                        period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", "2026-05-03"),
                        period(EntitlementKind.DEPARTURE_TERM, DEPARTURE_TERM_BASIS, "2026-05-04", "2026-05-10"),
                        period(EntitlementKind.DEPARTURE_TERM, DEPARTURE_TERM_BASIS, "2026-05-25", "2026-06-01"));
    }

    @Test
    void givenADetentionRecordedFirst_whenThePersonsRejectionArrivesLater_thenThePeriodsAccountForTheCase() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled());
        recordAndHandle(
                CaseSamples.returnSignalled(), CaseSamples.caseManagerAssigned(), detentionOrderedOn("2026-05-11"));

        recordAndHandle(rejected());

        assertThat(periods())
                .containsExactly(
                        period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", "2026-05-03"),
                        period(EntitlementKind.DEPARTURE_TERM, DEPARTURE_TERM_BASIS, "2026-05-04", "2026-05-10"));
    }

    @Test
    void givenTheDepartureTermHasEnded_whenThePersonIsPlacedInTheVbl_thenVblForTwelveWeeks() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled(), rejected());
        recordAndHandle(CaseSamples.returnSignalled(), CaseSamples.caseManagerAssigned());

        recordAndHandle(new PlacedInVbl(CaseSamples.CASE_ID, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 8, 25)));

        assertThat(periods())
                .containsExactly(
                        period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", "2026-05-03"),
                        period(EntitlementKind.DEPARTURE_TERM, DEPARTURE_TERM_BASIS, "2026-05-04", "2026-06-01"),
                        period(EntitlementKind.VBL, VBL_BASIS, "2026-06-02", "2026-08-25"));
    }

    @Test
    void givenAVblPlacement_whenTheStayIsExtended_thenVblUntilTheExtension() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled(), rejected());
        recordAndHandle(CaseSamples.returnSignalled(), CaseSamples.caseManagerAssigned());
        recordAndHandle(new PlacedInVbl(CaseSamples.CASE_ID, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 8, 25)));

        recordAndHandle(
                new VblStayExtended(CaseSamples.CASE_ID, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 8, 20)));

        assertThat(periods())
                .containsExactly(
                        period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", "2026-05-03"),
                        period(EntitlementKind.DEPARTURE_TERM, DEPARTURE_TERM_BASIS, "2026-05-04", "2026-06-01"),
                        period(EntitlementKind.VBL, VBL_BASIS, "2026-06-02", "2026-10-20"));
    }

    @Test
    void givenAPendingAsylumApplication_whenOneCheckInIsMissed_thenReceptionStaysOpenEnded() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled());
        recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed());

        recordAndHandle(CaseSamples.checkInMissed(LocalDate.of(2026, 4, 20)));

        assertThat(periods())
                .containsExactly(period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", null));
    }

    @Test
    void givenAPendingAsylumApplication_whenTwoCheckInsAreMissed_thenReceptionEndsTwoWeeksAfterTheFirstMiss() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled());
        recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed(),
                CaseSamples.checkInMissed(LocalDate.of(2026, 4, 20)));

        recordAndHandle(
                CaseSamples.checkInMissed(LocalDate.of(2026, 4, 27)), CaseSamples.unsupervisedDepartureMarked());

        assertThat(periods())
                .containsExactly(period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", "2026-05-04"));
    }

    @Test
    void givenTwoMissedCheckIns_whenTheSecondMissIsCorrected_thenReceptionIsOpenEndedAgain() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled());
        recordAndHandle(
                CaseSamples.returnSignalled(),
                CaseSamples.caseManagerAssigned(),
                CaseSamples.reportingObligationImposed(),
                CaseSamples.checkInMissed(LocalDate.of(2026, 4, 20)),
                CaseSamples.checkInMissed(LocalDate.of(2026, 4, 27)),
                CaseSamples.unsupervisedDepartureMarked());
        assertThat(periods())
                .containsExactly(period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", "2026-05-04"));

        // sequence 4 is the second miss; the aggregate withdraws the mark in the same command
        recordAndHandle(
                new CaseEntryCorrected(
                        CaseSamples.CASE_ID, 4, "CheckInMissed", "the person did report", LocalDate.of(2026, 11, 25)),
                new UnsupervisedDepartureMarkWithdrawn(CaseSamples.CASE_ID, 4, LocalDate.of(2026, 11, 25)));

        assertThat(periods())
                .containsExactly(period(EntitlementKind.ASYLUM_RECEPTION, ASYLUM_BASIS, "2026-03-05", null));
    }

    @Test
    void givenPeriods_whenEventsAreRedelivered_thenThePeriodsAndTheCaseLinkAreUnchanged() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled(), rejected());
        recordAndHandle(CaseSamples.returnSignalled(), CaseSamples.caseManagerAssigned());
        recordAndHandle(detentionOrderedOn("2026-05-11"));
        recordAndHandle(new DetentionLifted(CaseSamples.CASE_ID, LocalDate.of(2026, 5, 25)));
        List<EntitlementPeriod> before = periods();

        List.copyOf(handled).forEach(this::handle);

        assertThat(periods()).isEqualTo(before).hasSize(3);
        assertThat(projection.handle(new FindCasesOfPerson(AlienSamples.ALIEN_ID)))
                .containsExactly(CaseSamples.CASE_ID);
        assertThat(count("projections.entitlement_case")).isEqualTo(1);
    }

    @Test
    void givenPeriodsAndCaseLinks_whenReset_thenBothTablesAreEmpty() {
        recordAndHandle(singleAdultRegistered(), AlienSamples.asylumApplicationFiled(), rejected());
        recordAndHandle(CaseSamples.returnSignalled());

        projection.reset();

        assertThat(count("projections.entitlement_period")).isZero();
        assertThat(count("projections.entitlement_case")).isZero();
        assertThat(periods()).isEmpty();
    }

    @Test
    void givenTwoCasesOfAPerson_whenItsCasesAreAsked_thenBothInCaseIdOrder() {
        CaseId second = CaseId.parse("00000000-0000-0000-0000-00000000c002");
        recordAndHandle(singleAdultRegistered());
        recordAndHandle(new ReturnSignalled(
                second,
                AlienSamples.ALIEN_ID,
                SignalSource.MUNICIPALITY,
                CaseSamples.AMSTERDAM,
                "second signal",
                LocalDate.of(2026, 11, 20)));
        recordAndHandle(CaseSamples.returnSignalled());

        assertThat(projection.handle(new FindCasesOfPerson(AlienSamples.ALIEN_ID)))
                .containsExactly(CaseSamples.CASE_ID, second);
    }

    // ---- the person's and the case's events ----

    private static AlienRegistered singleAdultRegistered() {
        return new AlienRegistered(
                AlienSamples.ALIEN_ID,
                new VNumber("1234567890"),
                new PersonName("Amal", "Haddad"),
                LocalDate.of(1991, 6, 15),
                "SYR",
                false,
                List.of(),
                LocalDate.of(2026, 3, 2));
    }

    private static AsylumApplicationDecided rejected() {
        return new AsylumApplicationDecided(
                AlienSamples.ALIEN_ID,
                DecisionOutcome.REJECTED,
                new DepartureTerm(28, LocalDate.of(2026, 5, 4)),
                LocalDate.of(2026, 5, 4));
    }

    private static DetentionOrdered detentionOrderedOn(String orderedOn) {
        return new DetentionOrdered(
                CaseSamples.CASE_ID, DetentionBasis.ART_59, LocalDate.parse(orderedOn), LocalDate.of(2026, 11, 11));
    }

    private void recordAndHandle(Object... events) {
        for (Object event : events) {
            DomainEventMessage<?> message =
                    switch (event) {
                        case CaseEvent e -> log.record(e);
                        case AlienEvent e -> log.record(e);
                        default -> throw new IllegalArgumentException("not an event of this domain: " + event);
                    };
            handled.add(message);
            handle(message);
        }
    }

    private void handle(DomainEventMessage<?> message) {
        switch (message.getPayload()) {
            case CaseEvent e -> projection.on(e);
            case AlienEvent e -> projection.on(e);
            default -> throw new IllegalArgumentException("not an event of this domain: " + message.getPayload());
        }
    }

    private List<EntitlementPeriod> periods() {
        return projection.handle(new FindEntitlementPeriods(AlienSamples.ALIEN_ID));
    }

    /** A period from its first through its last day (both included; null: open-ended). */
    private static EntitlementPeriod period(EntitlementKind kind, String basis, String from, String until) {
        return new EntitlementPeriod(kind, basis, LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    private static long count(String table) {
        return DATABASE.jdbc()
                .sql("SELECT count(*) FROM " + table)
                .query(Long.class)
                .single();
    }
}
