package nl.terugkeer.projections.folds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.aliens.AsylumApplication;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.ReportingFrequency;
import nl.terugkeer.core.cases.ReportingObligation;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.CaseManagerAssigned;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.testdata.AlienSamples;
import nl.terugkeer.core.testdata.CaseSamples;
import nl.terugkeer.projections.testsupport.CountingHistories;
import nl.terugkeer.projections.testsupport.EventLog;
import nl.terugkeer.projections.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The state after an event: applied to the cached state when the events come in order, read back from the event
 * store otherwise (a gap, an evicted or forgotten aggregate). The stored rows of the read-back tests are written
 * as Axon writes them, with the payloads in their stored form (return-api's golden files).
 */
class LatestStatesTest {

    private static final TestDatabase DATABASE = TestDatabase.get();
    private static final String CASE = "00000000-0000-0000-0000-00000000c001";
    private static final String ALIEN = "00000000-0000-0000-0000-00000000a001";

    private CountingHistories histories;
    private LatestStates<CaseId, CaseEvent, CaseState> cases;

    @BeforeEach
    void startFromNothing() {
        DATABASE.clean();
        histories = new CountingHistories(DATABASE);
        cases = LatestStates.ofCases(histories);
    }

    @Test
    void givenACaseFirstEvent_whenHandled_thenItsStateNeedsNoRead() {
        CaseState state = cases.after(CaseSamples.returnSignalled(), 0);

        assertThat(state.signalledOn()).contains(LocalDate.of(2026, 3, 9));
        assertThat(sequences(state)).containsExactly(0L);
        assertThat(histories.reads()).isEmpty();
    }

    @Test
    void givenEventsHandledInOrder_whenTheNextArrives_thenItIsAppliedToTheCachedStateWithoutARead() {
        cases.after(CaseSamples.returnSignalled(), 0);
        cases.after(CaseSamples.caseManagerAssigned(), 1);

        CaseState state = cases.after(CaseSamples.reportingObligationImposed(), 2);

        assertThat(state.caseManager().map(CaseManagerAssigned::caseManager)).contains("RV-1024");
        assertThat(state.reportingObligation())
                .contains(new ReportingObligation(ReportingFrequency.WEEKLY, LocalDate.of(2026, 4, 6)));
        assertThat(sequences(state)).containsExactly(0L, 1L, 2L);
        assertThat(histories.reads()).isEmpty();
    }

    @Test
    void givenAGapInTheSequence_whenTheNextEventArrives_thenTheHistoryIsReadBackFromTheEventStore() {
        storeCaseEvent(0, "ReturnSignalled", RETURN_SIGNALLED);
        storeCaseEvent(1, "CaseManagerAssigned", CASE_MANAGER_ASSIGNED);
        storeCaseEvent(2, "ReportingObligationImposed", REPORTING_OBLIGATION_IMPOSED);
        storeCaseEvent(3, "CheckInMissed", CHECK_IN_MISSED);
        cases.after(CaseSamples.returnSignalled(), 0);
        cases.after(CaseSamples.caseManagerAssigned(), 1);

        // sequence 2 (the reporting obligation) never reached this node
        CaseState state = cases.after(CaseSamples.checkInMissed(), 3);

        assertThat(histories.reads()).containsExactly(CASE + "@3");
        assertThat(sequences(state)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(state.reportingObligation())
                .contains(new ReportingObligation(ReportingFrequency.WEEKLY, LocalDate.of(2026, 4, 6)));
        assertThat(state.missedCheckIns()).containsExactly(LocalDate.of(2026, 4, 20));
        assertThat(state.caseManager().map(CaseManagerAssigned::caseManager)).contains("RV-1024");
    }

    @Test
    void givenAStateReadBackAfterAGap_whenTheNextEventArrivesInOrder_thenItIsAppliedWithoutAnotherRead() {
        storeCaseEvent(0, "ReturnSignalled", RETURN_SIGNALLED);
        storeCaseEvent(1, "CaseManagerAssigned", CASE_MANAGER_ASSIGNED);
        storeCaseEvent(2, "ReportingObligationImposed", REPORTING_OBLIGATION_IMPOSED);
        storeCaseEvent(3, "CheckInMissed", CHECK_IN_MISSED);
        cases.after(CaseSamples.returnSignalled(), 0);
        cases.after(CaseSamples.checkInMissed(), 3);

        CaseState state = cases.after(CaseSamples.checkInMissed(LocalDate.of(2026, 4, 27)), 4);

        assertThat(histories.reads()).containsExactly(CASE + "@3");
        assertThat(sequences(state)).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(state.consecutiveMisses()).contains(List.of(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 27)));
    }

    @Test
    void givenNothingCached_whenAnEventInTheMiddleIsHandled_thenOnlyTheHistoryUpToItsSequenceIsRead() {
        storeCaseEvent(0, "ReturnSignalled", RETURN_SIGNALLED);
        storeCaseEvent(1, "CaseManagerAssigned", CASE_MANAGER_ASSIGNED);
        storeCaseEvent(2, "ReportingObligationImposed", REPORTING_OBLIGATION_IMPOSED);
        storeCaseEvent(3, "CheckInMissed", CHECK_IN_MISSED);

        // e.g. a redelivery on a node that has not seen this case yet
        CaseState state = cases.after(CaseSamples.caseManagerAssigned(), 1);

        assertThat(histories.reads()).containsExactly(CASE + "@1");
        assertThat(sequences(state)).containsExactly(0L, 1L);
        assertThat(state.reportingObligation()).isEmpty();
        assertThat(state.missedCheckIns()).isEmpty();
    }

    @Test
    void givenAPersonWithAGap_whenTheNextEventArrives_thenTheLegalPositionIsReadBackFromTheEventStore() {
        storeAlienEvent(0, "AlienRegistered", ALIEN_REGISTERED);
        storeAlienEvent(1, "AsylumApplicationFiled", ASYLUM_APPLICATION_FILED);
        storeAlienEvent(2, "AsylumApplicationDecided", ASYLUM_APPLICATION_DECIDED);
        LatestStates<AlienId, AlienEvent, LegalPosition> persons = LatestStates.ofAliens(histories);
        persons.after(AlienSamples.alienRegistered(), 0);

        LegalPosition person = persons.after(AlienSamples.asylumApplicationRejected(), 2);

        assertThat(histories.reads()).containsExactly(ALIEN + "@2");
        assertThat(person.history().stream().map(SequencedAlienEvent::sequence)).containsExactly(0L, 1L, 2L);
        assertThat(person.latestAsylumApplication().map(AsylumApplication::filedOn))
                .contains(LocalDate.of(2026, 3, 5));
        assertThat(person.latestAsylumApplication().map(AsylumApplication::outcome))
                .contains(DecisionOutcome.REJECTED);
        assertThat(person.departureTerm().map(term -> term.endsOn())).contains(LocalDate.of(2026, 6, 1));
    }

    @Test
    void givenTenThousandCachedCases_whenTheLeastRecentlyUsedContinues_thenItIsStillCached() {
        for (int i = 1; i <= 10_000; i++) {
            cases.after(signalled(i), 0);
        }

        cases.after(assigned(1), 1);

        assertThat(histories.reads()).isEmpty();
    }

    @Test
    void givenTenThousandAndOneCases_whenTheLeastRecentlyUsedContinues_thenItWasEvictedAndIsReadBack() {
        EventLog log = new EventLog(DATABASE);
        log.record(signalled(1));
        log.record(assigned(1));
        for (int i = 1; i <= 10_001; i++) {
            cases.after(signalled(i), 0);
        }

        CaseState first = cases.after(assigned(1), 1);
        cases.after(assigned(10_001), 1);

        assertThat(histories.reads()).containsExactly(caseId(1) + "@1");
        assertThat(first.caseManager().map(CaseManagerAssigned::caseManager)).contains("RV-0001");
        assertThat(sequences(first)).containsExactly(0L, 1L);
    }

    @Test
    void givenAFullCache_whenItsEldestWasUsedJustBeforeAnotherCaseArrives_thenTheNextEldestIsEvictedInstead() {
        EventLog log = new EventLog(DATABASE);
        log.record(signalled(2));
        log.record(assigned(2));
        for (int i = 1; i <= 10_000; i++) {
            cases.after(signalled(i), 0);
        }
        cases.after(assigned(1), 1);
        cases.after(signalled(10_001), 0);

        cases.after(new CaseManagerAssigned(caseId(1), "RV-0002", LocalDate.of(2026, 3, 11)), 2);
        CaseState second = cases.after(assigned(2), 1);

        assertThat(histories.reads()).containsExactly(caseId(2) + "@1");
        assertThat(sequences(second)).containsExactly(0L, 1L);
    }

    @Test
    void givenACachedCase_whenEverythingIsForgotten_thenItsNextEventIsReadBack() {
        EventLog log = new EventLog(DATABASE);
        log.record(CaseSamples.returnSignalled());
        log.record(CaseSamples.caseManagerAssigned());
        cases.after(CaseSamples.returnSignalled(), 0);

        cases.forgetAll();
        CaseState state = cases.after(CaseSamples.caseManagerAssigned(), 1);

        assertThat(histories.reads()).containsExactly(CASE + "@1");
        assertThat(state.caseManager().map(CaseManagerAssigned::caseManager)).contains("RV-1024");
    }

    // ---- stored form: as return-api's StoredEventFormTest pins it (src/test/resources/events) ----

    private static final String RETURN_SIGNALLED = """
            {"caseId":"00000000-0000-0000-0000-00000000c001","alienId":"00000000-0000-0000-0000-00000000a001",
             "source":"MUNICIPALITY","municipality":"GM0363","reason":"asylum rejected","signalledOn":"2026-03-09"}""";
    private static final String CASE_MANAGER_ASSIGNED = """
            {"caseId":"00000000-0000-0000-0000-00000000c001","caseManager":"RV-1024","assignedOn":"2026-03-10"}""";
    private static final String REPORTING_OBLIGATION_IMPOSED = """
            {"caseId":"00000000-0000-0000-0000-00000000c001","frequency":"WEEKLY","imposedOn":"2026-04-06"}""";
    private static final String CHECK_IN_MISSED = """
            {"caseId":"00000000-0000-0000-0000-00000000c001","missedOn":"2026-04-20"}""";
    private static final String ALIEN_REGISTERED = """
            {"alienId":"00000000-0000-0000-0000-00000000a001","vNumber":"1234567890",
             "name":{"givenNames":"Amal","surname":"Haddad"},"dateOfBirth":"1991-06-15","claimedNationality":"SYR",
             "unaccompaniedMinor":false,"familyMembers":[{"relationship":"CHILD","dateOfBirth":"2019-01-10"}],
             "registeredOn":"2026-03-02"}""";
    private static final String ASYLUM_APPLICATION_FILED = """
            {"alienId":"00000000-0000-0000-0000-00000000a001","kind":"FIRST","filedOn":"2026-03-05"}""";
    private static final String ASYLUM_APPLICATION_DECIDED = """
            {"alienId":"00000000-0000-0000-0000-00000000a001","outcome":"REJECTED",
             "departureTerm":{"days":28,"startsOn":"2026-05-04"},"decidedOn":"2026-05-04"}""";

    private static void storeCaseEvent(long sequence, String type, String json) {
        store("Case", CASE, sequence, "nl.terugkeer.core.cases.events." + type, json);
    }

    private static void storeAlienEvent(long sequence, String type, String json) {
        store("Alien", ALIEN, sequence, "nl.terugkeer.core.aliens.events." + type, json);
    }

    /** A row of domainevententry as Axon's JDBC storage engine writes it (JSON bytes, ISO-8601 timestamp). */
    private static void store(
            String aggregateType, String aggregateId, long sequence, String payloadType, String json) {
        DATABASE.jdbc()
                .sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (:aggregateId, :sequence, :type, :eventId, :metadata, :payload, NULL, :payloadType,
                                :timestamp)""")
                .param("aggregateId", aggregateId)
                .param("sequence", sequence)
                .param("type", aggregateType)
                .param("eventId", UUID.randomUUID().toString())
                .param("metadata", "{\"userId\":\"u-1001\",\"role\":\"DTENV\"}".getBytes(StandardCharsets.UTF_8))
                .param("payload", json.getBytes(StandardCharsets.UTF_8))
                .param("payloadType", payloadType)
                .param("timestamp", "2026-11-28T09:00:0" + sequence + ".000Z")
                .update();
    }

    private static List<Long> sequences(CaseState state) {
        return state.history().stream().map(SequencedCaseEvent::sequence).toList();
    }

    private static CaseId caseId(int n) {
        return new CaseId(UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n)));
    }

    private static ReturnSignalled signalled(int n) {
        return new ReturnSignalled(
                caseId(n),
                AlienSamples.ALIEN_ID,
                SignalSource.MUNICIPALITY,
                CaseSamples.AMSTERDAM,
                "asylum rejected",
                LocalDate.of(2026, 3, 9));
    }

    private static CaseManagerAssigned assigned(int n) {
        return new CaseManagerAssigned(caseId(n), "RV-%04d".formatted(n), LocalDate.of(2026, 3, 10));
    }
}
