package nl.terugkeer.core.cases;

import static nl.terugkeer.core.testdata.CaseSamples.SIGNALLED_ON;
import static nl.terugkeer.core.testdata.CaseSamples.assignCaseManager;
import static nl.terugkeer.core.testdata.CaseSamples.caseClosed;
import static nl.terugkeer.core.testdata.CaseSamples.caseManagerAssigned;
import static nl.terugkeer.core.testdata.CaseSamples.departureInterviewHeld;
import static nl.terugkeer.core.testdata.CaseSamples.departureRecorded;
import static nl.terugkeer.core.testdata.CaseSamples.recordDepartureInterview;
import static nl.terugkeer.core.testdata.CaseSamples.returnSignalled;
import static nl.terugkeer.core.testdata.CaseSamples.signalReturnBy;
import static nl.terugkeer.core.testdata.CaseSamples.signalReturnByMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.terugkeer.core.cases.commands.AssignCaseManager;
import nl.terugkeer.core.cases.commands.RecordDepartureInterview;
import nl.terugkeer.core.cases.commands.RecordOwnDepartureAttempt;
import nl.terugkeer.core.cases.commands.ReopenCase;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.cases.events.OwnDepartureAttemptRecorded;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.testdata.CaseSamples;
import nl.terugkeer.core.testdata.TestClock;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseTest extends CaseFixtureSupport {

    @Test
    void givenNothing_whenMunicipalitySignalsWithItsCode_thenReturnSignalled() {
        fixture.givenNoPriorActivity().when(signalReturnByMunicipality()).expectEvents(returnSignalled());
    }

    @ParameterizedTest
    @EnumSource(value = SignalSource.class, names = "MUNICIPALITY", mode = EnumSource.Mode.EXCLUDE)
    void givenNothing_whenAnAgencySignalsWithoutCode_thenReturnSignalled(SignalSource source) {
        SignalReturn c = signalReturnBy(source);
        fixture.givenNoPriorActivity()
                .when(c)
                .expectEvents(new ReturnSignalled(c.caseId(), c.alienId(), source, null, c.reason(), c.signalledOn()));
    }

    @Test
    void givenNothing_whenMunicipalitySignalsWithoutCode_thenRejected() {
        SignalReturn c = signalReturnByMunicipality();
        fixture.givenNoPriorActivity()
                .when(new SignalReturn(c.caseId(), c.alienId(), c.source(), null, c.reason(), c.signalledOn()))
                .expectNoEvents()
                .expectExceptionMessage(startsWith(CaseRejection.MUNICIPALITY_SIGNAL_NEEDS_CODE.name()));
    }

    @Test
    void givenNothing_whenDtenvSignalsWithAMunicipalityCode_thenRejected() {
        SignalReturn c = signalReturnBy(SignalSource.DTENV);
        fixture.givenNoPriorActivity()
                .when(new SignalReturn(
                        c.caseId(), c.alienId(), c.source(), CaseSamples.AMSTERDAM, c.reason(), c.signalledOn()))
                .expectNoEvents()
                .expectExceptionMessage(startsWith(CaseRejection.ONLY_MUNICIPALITY_SIGNAL_HAS_CODE.name()));
    }

    @Test
    void givenNothing_whenSignalledTomorrow_thenRejectedAsFuture() {
        SignalReturn c = signalReturnByMunicipality();
        fixture.givenNoPriorActivity()
                .when(new SignalReturn(
                        c.caseId(), c.alienId(), c.source(), c.municipality(), c.reason(), TestClock.TODAY.plusDays(1)))
                .expectNoEvents()
                .expectExceptionMessage(startsWith(CommonRejection.DATE_IN_FUTURE.name()));
    }

    @Test
    void givenNothing_whenAlienMissing_thenRejectedAsMissingField() {
        SignalReturn c = signalReturnByMunicipality();
        fixture.givenNoPriorActivity()
                .when(new SignalReturn(c.caseId(), null, c.source(), c.municipality(), c.reason(), c.signalledOn()))
                .expectNoEvents()
                .expectExceptionMessage(startsWith(CommonRejection.MISSING_REQUIRED_FIELD.name() + ": alienId"));
    }

    @Test
    void givenSignalledCase_whenAssignCaseManager_thenCaseManagerAssigned() {
        fixture.given(returnSignalled()).when(assignCaseManager()).expectEvents(caseManagerAssigned());
    }

    @Test
    void givenSignalledCase_whenCaseManagerBlank_thenRejectedAsMissingField() {
        rejected(
                fixture.given(returnSignalled())
                        .when(new AssignCaseManager(CaseSamples.CASE_ID, " ", LocalDate.of(2026, 3, 10))),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }

    @Test
    void givenSignalledCase_whenAssignedBeforeTheSignal_thenRejected() {
        rejected(
                fixture.given(returnSignalled())
                        .when(new AssignCaseManager(CaseSamples.CASE_ID, "RV-1024", SIGNALLED_ON.minusDays(1))),
                CaseRejection.DATE_BEFORE_SIGNAL);
    }

    @Test
    void givenSignalledCase_whenInterviewHeldTomorrow_thenRejectedAsFuture() {
        rejected(
                fixture.given(returnSignalled())
                        .when(new RecordDepartureInterview(
                                CaseSamples.CASE_ID, true, TestClock.TODAY.plusDays(1), null)),
                CommonRejection.DATE_IN_FUTURE);
    }

    @Test
    void givenSignalledCase_whenRecordDepartureInterview_thenDepartureInterviewHeld() {
        fixture.given(returnSignalled()).when(recordDepartureInterview()).expectEvents(departureInterviewHeld());
    }

    @Test
    void givenSignalledCase_whenOwnAttemptBeforeTheSignal_thenRecorded() {
        RecordOwnDepartureAttempt c =
                new RecordOwnDepartureAttempt(CaseSamples.CASE_ID, "Embassy of Syria", SIGNALLED_ON.minusMonths(2));
        fixture.given(returnSignalled())
                .when(c)
                .expectEvents(new OwnDepartureAttemptRecorded(c.caseId(), c.missionApproached(), c.attemptedOn()));
    }

    /**
     * Every command on an existing case with sample values, except ReopenCase (the one a closed case takes).
     * SignalReturn creates a case and is not sent to an existing one.
     */
    static Stream<Object> everyCommandButReopen() {
        return Stream.of(
                assignCaseManager(),
                recordDepartureInterview(),
                CaseSamples.recordOwnDepartureAttempt(),
                CaseSamples.requestDocuments(),
                CaseSamples.requestLaissezPasser(),
                CaseSamples.scheduleEmbassyPresentation(),
                CaseSamples.recordPresentationOutcome(),
                CaseSamples.recordTravelDocumentObtained(),
                CaseSamples.offerReturnSupport(),
                CaseSamples.grantReturnSupport(),
                CaseSamples.imposeReportingObligation(),
                CaseSamples.liftReportingObligation(),
                CaseSamples.recordCheckIn(),
                CaseSamples.recordMissedCheckIn(),
                CaseSamples.recordReturnProspect(),
                CaseSamples.placeInVbl(),
                CaseSamples.extendVblStay(),
                CaseSamples.placeInFamilyLocation(),
                CaseSamples.endPlacement(),
                CaseSamples.imposeAreaRestriction(),
                CaseSamples.extendAreaRestriction(),
                CaseSamples.liftAreaRestriction(),
                CaseSamples.orderDetention(),
                CaseSamples.extendDetention(),
                CaseSamples.liftDetention(),
                CaseSamples.registerObstacle(),
                CaseSamples.resolveObstacle(),
                CaseSamples.escalateCase(),
                CaseSamples.recordCaseReview(),
                CaseSamples.requestIndInformation(),
                CaseSamples.recordIndAnswer(),
                CaseSamples.requestMediation(),
                CaseSamples.recordReturnStatement(true),
                CaseSamples.recordBuitenschuldExclusion(BuitenschuldExclusion.MISSED_PRESENTATION_WITHOUT_REASON),
                CaseSamples.recordBmaAdvice(true),
                CaseSamples.recordMinorBuitenschuldFacts(),
                CaseSamples.recordFamilyBond(),
                CaseSamples.establishBuitenschuld(),
                CaseSamples.issueNoFaultAdvice(),
                CaseSamples.recordDeparture(),
                CaseSamples.closeCase(),
                CaseSamples.correctCaseEntry(1));
    }

    @Test
    void givenTheCaseAggregate_whenListingItsCommandHandlers_thenEveryCommandButReopenIsTriedOnAClosedCase() {
        Set<Class<?>> handled = Arrays.stream(Case.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(CommandHandler.class))
                .map(m -> m.getParameterTypes()[0])
                .collect(Collectors.toSet());
        Set<Class<?>> tried = everyCommandButReopen().map(Object::getClass).collect(Collectors.toSet());
        assertThat(tried).hasSize(42).doesNotContain(ReopenCase.class);
        Set<Class<?>> expected = new HashSet<>(tried);
        expected.add(ReopenCase.class);
        assertThat(handled).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandButReopen")
    void givenClosedCase_whenAnyCommandButReopen_thenRejectedAsClosed(Object command) {
        rejected(
                fixture.given(returnSignalled(), caseManagerAssigned(), departureRecorded(), caseClosed())
                        .when(command),
                CaseRejection.CASE_CLOSED);
    }
}
