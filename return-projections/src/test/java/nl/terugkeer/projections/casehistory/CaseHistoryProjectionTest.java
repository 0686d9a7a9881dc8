package nl.terugkeer.projections.casehistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.VNumber;
import nl.terugkeer.core.testdata.AlienSamples;
import nl.terugkeer.core.testdata.CaseSamples;
import nl.terugkeer.projections.testsupport.EventLog;
import nl.terugkeer.projections.testsupport.TestDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The case-history projection: one row per event, with who, when and why, and corrections linked. */
class CaseHistoryProjectionTest {

    private static final TestDatabase DATABASE = TestDatabase.get();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID ALIEN = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    private EventLog log;
    private CaseHistoryProjection projection;

    @BeforeEach
    void startFromNothing() {
        DATABASE.clean();
        log = new EventLog(DATABASE);
        projection = new CaseHistoryProjection(DATABASE.jdbc());
    }

    @Test
    void givenAnEventWithMetadata_whenHandled_thenItsEntryHoldsWhoRecordedItWhenAndWhy() {
        handle(log.record(AlienSamples.alienRegistered()));
        DomainEventMessage<CaseEvent> signal = log.record(
                CaseSamples.returnSignalled(),
                Map.of(
                        "userId", "u-2001",
                        "role", "GEMEENTE",
                        "organisation", "GM0363",
                        "correlationId", "corr-42",
                        "causationId", "cause-42"),
                Instant.parse("2026-03-09T10:15:30Z"));

        handle(signal);

        HistoryEntry entry =
                projection.handle(new FindCaseHistory(CaseSamples.CASE_ID)).getLast();
        assertThat(entry)
                .usingRecursiveComparison()
                .ignoringFields("payload")
                .isEqualTo(new HistoryEntry(
                        signal.getIdentifier(),
                        "Case",
                        CASE,
                        0,
                        "ReturnSignalled",
                        LocalDate.of(2026, 3, 9),
                        Instant.parse("2026-03-09T10:15:30Z"),
                        "u-2001",
                        "GEMEENTE",
                        "GM0363",
                        "corr-42",
                        "cause-42",
                        null,
                        null,
                        null));
        assertThat(JSON.readTree(entry.payload())).isEqualTo(JSON.readTree("""
                {"caseId":"00000000-0000-0000-0000-00000000c001","alienId":"00000000-0000-0000-0000-00000000a001",
                 "source":"MUNICIPALITY","municipality":"GM0363","reason":"asylum rejected",
                 "signalledOn":"2026-03-09"}"""));
    }

    @Test
    void givenEventsWithoutMetadata_whenHandled_thenTheActorColumnsAreEmpty() {
        handle(log.record(AlienSamples.alienRegistered(), Map.of(), Instant.parse("2026-03-02T09:00:00Z")));

        HistoryEntry entry =
                projection.handle(new FindPersonHistory(AlienSamples.ALIEN_ID)).getFirst();
        assertThat(entry.userId()).isNull();
        assertThat(entry.role()).isNull();
        assertThat(entry.organisation()).isNull();
        assertThat(entry.correlationId()).isNull();
        assertThat(entry.causationId()).isNull();
        assertThat(entry.aggregateType()).isEqualTo("Alien");
    }

    @Test
    void givenEventsOfACaseAndItsPerson_whenTheCaseHistoryIsAsked_thenBothAreInBusinessDateOrder() {
        handle(log.record(AlienSamples.alienRegistered()));
        handle(log.record(CaseSamples.returnSignalled()));
        handle(log.record(CaseSamples.caseManagerAssigned()));
        handle(log.record(AlienSamples.asylumApplicationFiled()));
        handle(log.record(AlienSamples.asylumApplicationRejected()));
        handle(log.record(CaseSamples.reportingObligationImposed()));

        List<HistoryEntry> timeline = projection.handle(new FindCaseHistory(CaseSamples.CASE_ID));

        assertThat(timeline)
                .extracting(
                        HistoryEntry::businessDate,
                        HistoryEntry::aggregateType,
                        HistoryEntry::sequence,
                        HistoryEntry::eventType)
                .containsExactly(
                        tuple(LocalDate.of(2026, 3, 2), "Alien", 0L, "AlienRegistered"),
                        tuple(LocalDate.of(2026, 3, 5), "Alien", 1L, "AsylumApplicationFiled"),
                        tuple(LocalDate.of(2026, 3, 9), "Case", 0L, "ReturnSignalled"),
                        tuple(LocalDate.of(2026, 3, 10), "Case", 1L, "CaseManagerAssigned"),
                        tuple(LocalDate.of(2026, 4, 6), "Case", 2L, "ReportingObligationImposed"),
                        tuple(LocalDate.of(2026, 5, 4), "Alien", 2L, "AsylumApplicationDecided"));
    }

    @Test
    void givenEventsOfAPersonAndACase_whenThePersonHistoryIsAsked_thenOnlyThePersonsEventsAreInIt() {
        handle(log.record(AlienSamples.alienRegistered()));
        handle(log.record(CaseSamples.returnSignalled()));
        handle(log.record(AlienSamples.asylumApplicationFiled()));

        List<HistoryEntry> timeline = projection.handle(new FindPersonHistory(AlienSamples.ALIEN_ID));

        assertThat(timeline)
                .extracting(HistoryEntry::aggregateId, HistoryEntry::eventType)
                .containsExactly(tuple(ALIEN, "AlienRegistered"), tuple(ALIEN, "AsylumApplicationFiled"));
    }

    @Test
    void givenACorrectionOfACaseEntry_whenHandled_thenTheCorrectionAndTheCorrectedEntryAreLinked() {
        handle(log.record(CaseSamples.returnSignalled()));
        handle(log.record(CaseSamples.reportingObligationImposed()));
        handle(log.record(CaseSamples.checkInMissed()));
        handle(log.record(CaseSamples.caseEntryCorrected(2, "CheckInMissed")));

        List<HistoryEntry> timeline = projection.handle(new FindCaseHistory(CaseSamples.CASE_ID));

        assertThat(timeline)
                .extracting(
                        HistoryEntry::sequence,
                        HistoryEntry::eventType,
                        HistoryEntry::correctsSequence,
                        HistoryEntry::correctedBySequence)
                .containsExactly(
                        tuple(0L, "ReturnSignalled", null, null),
                        tuple(1L, "ReportingObligationImposed", null, null),
                        tuple(2L, "CheckInMissed", null, 3L),
                        tuple(3L, "CaseEntryCorrected", 2L, null));
    }

    @Test
    void givenACorrectionOfAPersonsEntry_whenHandled_thenTheCorrectionAndTheCorrectedEntryAreLinked() {
        handle(log.record(AlienSamples.alienRegistered()));
        handle(log.record(AlienSamples.entryBanImposed()));
        handle(log.record(new AlienEntryCorrected(
                AlienSamples.ALIEN_ID,
                1,
                "EntryBanImposed",
                "recorded on the wrong person",
                LocalDate.of(2026, 11, 25))));

        List<HistoryEntry> timeline = projection.handle(new FindPersonHistory(AlienSamples.ALIEN_ID));

        assertThat(timeline)
                .extracting(HistoryEntry::sequence, HistoryEntry::correctsSequence, HistoryEntry::correctedBySequence)
                .containsExactly(tuple(0L, null, null), tuple(1L, null, 2L), tuple(2L, 1L, null));
    }

    @Test
    void givenAHandledEvent_whenItIsRedelivered_thenItIsStillOneEntry() {
        DomainEventMessage<CaseEvent> signal = log.record(CaseSamples.returnSignalled());
        handle(signal);
        List<HistoryEntry> before = projection.handle(new FindCaseHistory(CaseSamples.CASE_ID));

        handle(signal);

        assertThat(projection.handle(new FindCaseHistory(CaseSamples.CASE_ID))).isEqualTo(before);
        assertThat(rowCount()).isEqualTo(1);
    }

    @Test
    void givenEntries_whenReset_thenTheTableIsEmpty() {
        handle(log.record(AlienSamples.alienRegistered()));
        handle(log.record(CaseSamples.returnSignalled()));

        projection.reset();

        assertThat(rowCount()).isZero();
        assertThat(projection.handle(new FindCaseHistory(CaseSamples.CASE_ID))).isEmpty();
    }

    @Test
    void givenRegisteredPersons_whenSearchedByVNumber_thenOnlyThatPersonIsFound() {
        registerPersons();

        assertThat(projection.handle(new FindPersons("1234567890", null, null))).containsExactly(ALIEN);
    }

    @Test
    void givenRegisteredPersons_whenSearchedBySurnameInAnotherCase_thenEveryoneWithThatSurnameIsFound() {
        registerPersons();

        assertThat(projection.handle(new FindPersons(null, "HADDAD", null)))
                .containsExactly(ALIEN, UUID.fromString("00000000-0000-0000-0000-00000000a002"));
    }

    @Test
    void givenRegisteredPersons_whenSearchedBySurnameAndDateOfBirth_thenOnlyTheOneBornThatDayIsFound() {
        registerPersons();

        assertThat(projection.handle(new FindPersons(null, "haddad", LocalDate.of(1988, 2, 29))))
                .containsExactly(UUID.fromString("00000000-0000-0000-0000-00000000a002"));
    }

    private void registerPersons() {
        handle(log.record(AlienSamples.alienRegistered()));
        handle(log.record(registered("00000000-0000-0000-0000-00000000a002", "9876543210", "Haddad", 1988, 2, 29)));
        handle(log.record(registered("00000000-0000-0000-0000-00000000a003", "5555555555", "Bakr", 1991, 6, 15)));
    }

    private static AlienRegistered registered(
            String alienId, String vNumber, String surname, int year, int month, int day) {
        return new AlienRegistered(
                AlienId.parse(alienId),
                new VNumber(vNumber),
                new PersonName("Sami", surname),
                LocalDate.of(year, month, day),
                "SYR",
                false,
                List.of(),
                LocalDate.of(2026, 3, 2));
    }

    private void handle(DomainEventMessage<?> message) {
        switch (message.getPayload()) {
            case CaseEvent event -> projection.on(event, message);
            case AlienEvent event -> projection.on(event, message);
            default -> throw new IllegalArgumentException("not an event of this domain: " + message.getPayload());
        }
    }

    private long rowCount() {
        return DATABASE.jdbc()
                .sql("SELECT count(*) FROM projections.case_history")
                .query(Long.class)
                .single();
    }
}
