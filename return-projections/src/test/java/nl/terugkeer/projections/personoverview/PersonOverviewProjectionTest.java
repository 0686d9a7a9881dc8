package nl.terugkeer.projections.personoverview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.DepartureDeferralGranted;
import nl.terugkeer.core.testdata.AlienSamples;
import nl.terugkeer.projections.folds.LatestStates;
import nl.terugkeer.projections.testsupport.CountingHistories;
import nl.terugkeer.projections.testsupport.EventLog;
import nl.terugkeer.projections.testsupport.TestDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The person-overview projection: a person's legal position, one row per person, without personal data. */
class PersonOverviewProjectionTest {

    private static final TestDatabase DATABASE = TestDatabase.get();
    private static final UUID ALIEN = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    private EventLog log;
    private CountingHistories histories;
    private PersonOverviewProjection projection;

    @BeforeEach
    void startFromNothing() {
        DATABASE.clean();
        log = new EventLog(DATABASE);
        histories = new CountingHistories(DATABASE);
        projection = new PersonOverviewProjection(DATABASE.jdbc(), LatestStates.ofAliens(histories));
    }

    @Test
    void givenARejectedPersonWithAProvisionalDeferral_whenTheEventsAreHandled_thenTheRowHoldsTheLegalPosition() {
        recordAndHandle(
                AlienSamples.alienRegistered(),
                AlienSamples.asylumApplicationFiled(),
                AlienSamples.identityEstablished(),
                AlienSamples.nationalityEstablished(),
                AlienSamples.asylumApplicationRejected(),
                AlienSamples.departureDeferralRequested(),
                AlienSamples.provisionalDeferralApplied());

        assertThat(overview())
                .contains(new PersonOverview(
                        ALIEN,
                        LocalDate.of(2026, 3, 2),
                        "SYR",
                        "SYR",
                        false,
                        true,
                        false,
                        false,
                        "FIRST",
                        LocalDate.of(2026, 3, 5),
                        "REJECTED",
                        LocalDate.of(2026, 5, 4),
                        28,
                        LocalDate.of(2026, 6, 1),
                        "PROVISIONAL",
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 10, 1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        6,
                        Instant.parse("2026-07-01T07:00:00Z")));
    }

    @Test
    void givenAFiledAsylumApplication_whenHandled_thenThePersonHasAPendingApplicationWithoutOutcome() {
        recordAndHandle(AlienSamples.alienRegistered(), AlienSamples.asylumApplicationFiled());

        PersonOverview overview = overview().orElseThrow();
        assertThat(overview.pendingApplication()).isTrue();
        assertThat(overview.latestAsylumKind()).isEqualTo("FIRST");
        assertThat(overview.latestAsylumFiledOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(overview.latestAsylumOutcome()).isNull();
        assertThat(overview.latestAsylumDecidedOn()).isNull();
        assertThat(overview.departureTermEndsOn()).isNull();
        assertThat(overview.version()).isEqualTo(1);
    }

    @Test
    void givenAProvisionalDeferral_whenADeferralIsGranted_thenTheGrantedOneIsTheLatest() {
        recordAndHandle(
                AlienSamples.alienRegistered(),
                AlienSamples.departureDeferralRequested(),
                AlienSamples.provisionalDeferralApplied(),
                new DepartureDeferralGranted(
                        AlienSamples.ALIEN_ID, LocalDate.of(2026, 9, 15), LocalDate.of(2027, 9, 15)));

        PersonOverview overview = overview().orElseThrow();
        assertThat(overview.deferralKind()).isEqualTo("GRANTED");
        assertThat(overview.deferralFrom()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(overview.deferralLastDay()).isEqualTo(LocalDate.of(2027, 9, 15));
    }

    @Test
    void givenAPermitAReflectionPeriodAndAnEntryBan_whenHandled_thenTheRowHoldsTheirDates() {
        recordAndHandle(
                AlienSamples.alienRegistered(),
                AlienSamples.reflectionPeriodGranted(),
                AlienSamples.entryBanImposed(),
                AlienSamples.residencePermitGranted(),
                AlienSamples.statelessnessEstablished());

        PersonOverview overview = overview().orElseThrow();
        assertThat(overview.permitKind()).isEqualTo("BUITENSCHULD");
        assertThat(overview.permitValidFrom()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(overview.permitValidUntil()).isEqualTo(LocalDate.of(2027, 11, 15));
        assertThat(overview.reflectionPeriodEndsOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(overview.entryBanImposedOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(overview.stateless()).isTrue();
        assertThat(overview.establishedNationality()).isNull();
    }

    @Test
    void givenAnEntryBan_whenItIsCorrected_thenThePersonHasNoEntryBan() {
        recordAndHandle(AlienSamples.alienRegistered(), AlienSamples.entryBanImposed());

        recordAndHandle(new AlienEntryCorrected(
                AlienSamples.ALIEN_ID,
                1,
                "EntryBanImposed",
                "recorded on the wrong person",
                LocalDate.of(2026, 11, 25)));

        PersonOverview overview = overview().orElseThrow();
        assertThat(overview.entryBanImposedOn()).isNull();
        assertThat(overview.version()).isEqualTo(2);
        assertThat(overview.lastRecordedAt()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));
    }

    @Test
    void givenHandledEvents_whenAnEarlierEventIsRedelivered_thenTheRowIsUnchanged() {
        List<DomainEventMessage<AlienEvent>> handled = recordAndHandle(
                AlienSamples.alienRegistered(),
                AlienSamples.asylumApplicationFiled(),
                AlienSamples.asylumApplicationRejected());
        Optional<PersonOverview> before = overview();

        handle(handled.get(1));

        assertThat(overview()).isEqualTo(before);
        assertThat(overview().orElseThrow().latestAsylumOutcome()).isEqualTo("REJECTED");
        assertThat(overview().orElseThrow().pendingApplication()).isFalse();
    }

    @Test
    void givenHandledEvents_whenTheLastEventIsRedelivered_thenTheRowIsUnchanged() {
        List<DomainEventMessage<AlienEvent>> handled =
                recordAndHandle(AlienSamples.alienRegistered(), AlienSamples.asylumApplicationFiled());
        Optional<PersonOverview> before = overview();

        handle(handled.get(1));

        assertThat(overview()).isEqualTo(before);
        assertThat(rowCount()).isEqualTo(1);
    }

    @Test
    void givenRows_whenReset_thenTheTableIsEmptyAndTheCachedStatesAreForgotten() {
        List<DomainEventMessage<AlienEvent>> handled =
                recordAndHandle(AlienSamples.alienRegistered(), AlienSamples.asylumApplicationFiled());

        projection.reset();

        assertThat(rowCount()).isZero();
        assertThat(overview()).isEmpty();
        handle(handled.get(1));
        assertThat(histories.reads()).containsExactly(ALIEN + "@1");
        assertThat(overview().orElseThrow().pendingApplication()).isTrue();
    }

    private List<DomainEventMessage<AlienEvent>> recordAndHandle(AlienEvent... events) {
        List<DomainEventMessage<AlienEvent>> messages =
                Arrays.stream(events).map(log::record).toList();
        messages.forEach(this::handle);
        return messages;
    }

    private void handle(DomainEventMessage<AlienEvent> message) {
        projection.on(message.getPayload(), message.getSequenceNumber(), message.getTimestamp());
    }

    private Optional<PersonOverview> overview() {
        return projection.handle(new FindPersonOverview(AlienSamples.ALIEN_ID));
    }

    private long rowCount() {
        return DATABASE.jdbc()
                .sql("SELECT count(*) FROM projections.person_overview")
                .query(Long.class)
                .single();
    }
}
