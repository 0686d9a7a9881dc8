package nl.terugkeer.projections.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DeferralGround;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.aliens.events.AsylumApplicationDecided;
import nl.terugkeer.core.aliens.events.AsylumApplicationFiled;
import nl.terugkeer.core.aliens.events.DepartureDeferralRequested;
import nl.terugkeer.core.aliens.events.ProvisionalDeferralApplied;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.CaseManagerAssigned;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.PlacedInVbl;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import nl.terugkeer.core.shared.VNumber;
import nl.terugkeer.core.testdata.TestClock;
import nl.terugkeer.projections.casestatus.CaseStatusProjection;
import nl.terugkeer.projections.folds.EventHistories;
import nl.terugkeer.projections.folds.LatestStates;
import nl.terugkeer.projections.personoverview.PersonOverviewProjection;
import nl.terugkeer.projections.testsupport.EventLog;
import nl.terugkeer.projections.testsupport.TestDatabase;
import nl.terugkeer.projections.worklist.WorkListItem.Deadline;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Work lists, read from the case-status and person-overview rows the projections keep (fed here through Axon's
 * annotation adapter, as a processor does). "Today" is 2026-11-28; the horizon is 14 days, so a deadline on
 * 2026-12-12 is due soon and one on 2026-12-13 is not.
 */
class WorkListQueriesTest {

    private static final TestDatabase DATABASE = TestDatabase.get();
    private static final LocalDate TODAY = TestClock.TODAY;
    private static final String MANAGER = "RV-2001";

    private EventLog log;
    private List<AnnotationEventHandlerAdapter> projections;
    private WorkListQueries queries;

    @BeforeEach
    void startFromNothing() {
        DATABASE.clean();
        log = new EventLog(DATABASE);
        EventHistories histories = new EventHistories(DATABASE.eventStore());
        projections = List.of(
                new AnnotationEventHandlerAdapter(
                        new CaseStatusProjection(DATABASE.jdbc(), LatestStates.ofCases(histories))),
                new AnnotationEventHandlerAdapter(
                        new PersonOverviewProjection(DATABASE.jdbc(), LatestStates.ofAliens(histories))));
        queries = new WorkListQueries(DATABASE.jdbc());
    }

    /** Each kind of deadline, and the events that put it on a case or its person. */
    enum Kind {
        DETENTION_MAXIMUM {
            @Override
            void record(WorkListQueriesTest test, int n, LocalDate dueOn) {
                test.record(new DetentionOrdered(caseId(n), DetentionBasis.ART_59, LocalDate.of(2026, 6, 12), dueOn));
            }
        },
        VBL_END {
            @Override
            void record(WorkListQueriesTest test, int n, LocalDate dueOn) {
                test.record(new PlacedInVbl(caseId(n), LocalDate.of(2026, 9, 19), dueOn));
            }
        },
        DEPARTURE_TERM_END {
            @Override
            void record(WorkListQueriesTest test, int n, LocalDate dueOn) {
                LocalDate decidedOn = dueOn.minusDays(28);
                test.record(
                        new AsylumApplicationFiled(alienId(n), AsylumApplicationKind.FIRST, LocalDate.of(2026, 3, 5)));
                test.record(new AsylumApplicationDecided(
                        alienId(n), DecisionOutcome.REJECTED, new DepartureTerm(28, decidedOn), decidedOn));
            }
        },
        ART_64_END {
            @Override
            void record(WorkListQueriesTest test, int n, LocalDate dueOn) {
                test.record(new DepartureDeferralRequested(
                        alienId(n), DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 6, 15)));
                test.record(new ProvisionalDeferralApplied(alienId(n), LocalDate.of(2026, 9, 12), dueOn));
            }
        };

        abstract void record(WorkListQueriesTest test, int n, LocalDate dueOn);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenDeadlinesOnTheLastDayOfTheHorizonAndTheDayAfter_whenTheWorkListIsRead_thenOnlyTheFirstIsDueSoon(
            Kind kind) {
        openCase(1, MANAGER, "GM0363");
        kind.record(this, 1, LocalDate.of(2026, 12, 12));
        openCase(2, MANAGER, "GM0363");
        kind.record(this, 2, LocalDate.of(2026, 12, 13));

        List<WorkListItem> workList = workListOf(MANAGER);

        assertThat(workList)
                .extracting(WorkListItem::caseId, WorkListItem::dueSoon)
                .containsExactly(
                        tuple(caseId(1).value(), List.of(deadline(kind.name(), LocalDate.of(2026, 12, 12)))),
                        tuple(caseId(2).value(), List.of()));
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, mode = EnumSource.Mode.EXCLUDE, names = "DETENTION_MAXIMUM")
    void givenDeadlinesTodayAndYesterday_whenTheWorkListIsRead_thenTodaysIsDueSoonAndYesterdaysIsNot(Kind kind) {
        openCase(1, MANAGER, "GM0363");
        kind.record(this, 1, LocalDate.of(2026, 11, 28));
        openCase(2, MANAGER, "GM0363");
        kind.record(this, 2, LocalDate.of(2026, 11, 27));

        List<WorkListItem> workList = workListOf(MANAGER);

        assertThat(workList)
                .extracting(WorkListItem::caseId, WorkListItem::dueSoon)
                .containsExactly(
                        tuple(caseId(2).value(), List.of()),
                        tuple(caseId(1).value(), List.of(deadline(kind.name(), LocalDate.of(2026, 11, 28)))));
    }

    @Test
    void givenDetentionsEndingTodayAndYesterday_whenTheWorkListIsRead_thenTodaysIsDueAndYesterdaysIsPastItsMaximum() {
        openCase(1, MANAGER, "GM0363");
        Kind.DETENTION_MAXIMUM.record(this, 1, LocalDate.of(2026, 11, 28));
        openCase(2, MANAGER, "GM0363");
        Kind.DETENTION_MAXIMUM.record(this, 2, LocalDate.of(2026, 11, 27));

        List<WorkListItem> workList = workListOf(MANAGER);

        assertThat(workList)
                .extracting(WorkListItem::caseId, WorkListItem::dueSoon)
                .containsExactly(
                        tuple(
                                caseId(2).value(),
                                List.of(new Deadline(
                                        "DETENTION_PAST_MAXIMUM",
                                        LocalDate.of(2026, 11, 27),
                                        "past its legal maximum: record the lift"))),
                        tuple(
                                caseId(1).value(),
                                List.of(new Deadline(
                                        "DETENTION_MAXIMUM",
                                        LocalDate.of(2026, 11, 28),
                                        "detention reaches its maximum end: extend it or record the lift"))));
    }

    @Test
    void givenADetentionPastItsMaximumMonthsAgo_whenTheWorkListIsRead_thenItIsFlaggedAndListedFirst() {
        openCase(1, MANAGER, "GM0363");
        Kind.VBL_END.record(this, 1, LocalDate.of(2026, 11, 30));
        openCase(2, MANAGER, "GM0363");
        Kind.DETENTION_MAXIMUM.record(this, 2, LocalDate.of(2026, 7, 9));

        List<WorkListItem> workList = workListOf(MANAGER);

        assertThat(workList)
                .extracting(WorkListItem::caseId, WorkListItem::dueSoon)
                .containsExactly(
                        tuple(caseId(2).value(), List.of(deadline("DETENTION_PAST_MAXIMUM", LocalDate.of(2026, 7, 9)))),
                        tuple(caseId(1).value(), List.of(deadline("VBL_END", LocalDate.of(2026, 11, 30)))));
    }

    @Test
    void givenADetentionPastItsMaximumThatIsLifted_whenTheWorkListIsRead_thenNothingIsFlagged() {
        openCase(1, MANAGER, "GM0363");
        Kind.DETENTION_MAXIMUM.record(this, 1, LocalDate.of(2026, 7, 9));
        record(new DetentionLifted(caseId(1), LocalDate.of(2026, 7, 9)));

        assertThat(workListOf(MANAGER))
                .extracting(WorkListItem::caseId, WorkListItem::dueSoon)
                .containsExactly(tuple(caseId(1).value(), List.of()));
    }

    @Test
    void givenSeveralDeadlinesOfOneCase_whenTheWorkListIsRead_thenTheyAreListedNearestFirst() {
        openCase(1, MANAGER, "GM0363");
        Kind.ART_64_END.record(this, 1, LocalDate.of(2026, 12, 10));
        Kind.DETENTION_MAXIMUM.record(this, 1, LocalDate.of(2026, 12, 5));
        Kind.DEPARTURE_TERM_END.record(this, 1, LocalDate.of(2026, 12, 1));

        List<WorkListItem> workList = workListOf(MANAGER);

        assertThat(workList)
                .singleElement()
                .extracting(WorkListItem::dueSoon)
                .isEqualTo(List.of(
                        deadline("DEPARTURE_TERM_END", LocalDate.of(2026, 12, 1)),
                        deadline("DETENTION_MAXIMUM", LocalDate.of(2026, 12, 5)),
                        deadline("ART_64_END", LocalDate.of(2026, 12, 10))));
    }

    @Test
    void givenOpenAndClosedCases_whenTheWorkListIsRead_thenOnlyOpenCasesNearestDeadlineFirstThoseWithoutLast() {
        openCase(1, MANAGER, "GM0363");
        openCase(2, MANAGER, "GM0363");
        Kind.DETENTION_MAXIMUM.record(this, 2, LocalDate.of(2027, 1, 31));
        openCase(3, MANAGER, "GM0363");
        Kind.VBL_END.record(this, 3, LocalDate.of(2026, 12, 1));
        openCase(4, MANAGER, "GM0363");
        Kind.VBL_END.record(this, 4, LocalDate.of(2026, 11, 30));
        record(new CaseClosed(caseId(4), CloseReason.DEPARTED, LocalDate.of(2026, 11, 27)));

        List<WorkListItem> workList = workListOf(MANAGER);

        assertThat(workList)
                .extracting(WorkListItem::caseId, WorkListItem::phase, WorkListItem::dueSoon)
                .containsExactly(
                        tuple(
                                caseId(3).value(),
                                "IN_PROGRESS",
                                List.of(deadline("VBL_END", LocalDate.of(2026, 12, 1)))),
                        tuple(caseId(2).value(), "IN_PROGRESS", List.of()),
                        tuple(caseId(1).value(), "IN_PROGRESS", List.of()));
    }

    @Test
    void givenCasesOfTwoMunicipalities_whenAMunicipalityWorkListIsRead_thenOnlyItsCasesAreOnIt() {
        openCase(1, MANAGER, "GM0363");
        openCase(2, "RV-3003", "GM0599");
        Kind.VBL_END.record(this, 2, LocalDate.of(2026, 12, 12));

        List<WorkListItem> workList =
                queries.handle(new FindWorkList(null, "GM0599", TODAY, FindWorkList.DEFAULT_HORIZON_DAYS));

        assertThat(workList)
                .containsExactly(new WorkListItem(
                        caseId(2).value(),
                        "IN_PROGRESS",
                        "RV-3003",
                        "GM0599",
                        LocalDate.of(2026, 3, 11),
                        List.of(deadline("VBL_END", LocalDate.of(2026, 12, 12)))));
    }

    @Test
    void givenCasesOfOneManager_whenAnotherManagersWorkListIsRead_thenItIsEmpty() {
        openCase(1, MANAGER, "GM0363");

        assertThat(workListOf("RV-9999")).isEmpty();
    }

    @Test
    void givenBothOrNeitherKey_whenAWorkListIsAsked_thenTheQueryIsRefused() {
        assertThatThrownBy(() -> new FindWorkList(MANAGER, "GM0363", TODAY, 14))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FindWorkList(null, null, TODAY, 14)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Deadline deadline(String kind, LocalDate dueOn) {
        return Deadline.of(DeadlineKind.valueOf(kind), dueOn);
    }

    // ---- cases and persons ----

    /** Person n registered, case n signalled on 2026-03-(9+n) by a municipality and assigned to a case manager. */
    private void openCase(int n, String caseManager, String municipality) {
        record(new AlienRegistered(
                alienId(n),
                new VNumber("%010d".formatted(n)),
                new PersonName("Sami", "Person" + n),
                LocalDate.of(1990, 1, 1),
                "SYR",
                false,
                List.of(),
                LocalDate.of(2026, 3, 2)));
        record(new ReturnSignalled(
                caseId(n),
                alienId(n),
                SignalSource.MUNICIPALITY,
                new MunicipalityCode(municipality),
                "asylum rejected",
                LocalDate.of(2026, 3, 9 + n)));
        record(new CaseManagerAssigned(caseId(n), caseManager, LocalDate.of(2026, 3, 20)));
    }

    private void record(Object event) {
        EventMessage<?> message =
                switch (event) {
                    case CaseEvent e -> log.record(e);
                    case AlienEvent e -> log.record(e);
                    default -> throw new IllegalArgumentException("not an event of this domain: " + event);
                };
        for (AnnotationEventHandlerAdapter projection : projections) {
            try {
                projection.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private List<WorkListItem> workListOf(String caseManager) {
        return queries.handle(new FindWorkList(caseManager, null, TODAY, FindWorkList.DEFAULT_HORIZON_DAYS));
    }

    private static CaseId caseId(int n) {
        return new CaseId(UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n)));
    }

    private static AlienId alienId(int n) {
        return new AlienId(UUID.fromString("00000000-0000-0000-0000-a%011d".formatted(n)));
    }
}
