package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.terugkeer.api.config.ClockConfiguration;
import nl.terugkeer.core.testdata.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One clock decides "today"; return.clock.today pins it, and the pin reaches command validation and reads. */
@ReturnApiTest
class ServiceClockTest {

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void givenAWallClock_whenPinnedToADate_thenTodayIsThatDateFromMidnightAndTimeRunsOn() {
        Clock wall = Clock.fixed(Instant.parse("2027-03-10T15:30:00Z"), ClockConfiguration.NETHERLANDS);

        Clock pinned = ClockConfiguration.pinned(wall, LocalDate.of(2026, 6, 1));

        assertThat(pinned.instant()).isEqualTo(Instant.parse("2026-05-31T22:00:00Z"));
        assertThat(LocalDate.now(pinned)).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(LocalDate.now(Clock.offset(pinned, Duration.ofHours(23).plusMinutes(59))))
                .isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void givenTheTestProfile_whenTheServiceClockIsRead_thenTodayIsTheTestDate() {
        assertThat(LocalDate.now(clock)).isEqualTo(TestClock.TODAY);
    }

    @Test
    void givenThePinnedDate_whenAFactIsDatedTheDayAfter_thenItIsRefusedAsFutureAndTheDayItselfIsAccepted() {
        Http dtenv = Http.asDtenv(port);
        String alienId = CaseLifecycleEndToEndTest.registerAlien(dtenv);
        Http ind = Http.as(port, "IND");
        String applications = "/v1/aliens/" + alienId + "/asylum-applications";

        Http.Response tomorrow = ind.post(applications, body(TestClock.TODAY.plusDays(1)));
        Http.Response today = ind.post(applications, body(TestClock.TODAY));

        assertThat(tomorrow.status()).as(tomorrow.body()).isEqualTo(422);
        assertThat(tomorrow.body()).contains("filedOn");
        assertThat(today.status()).as(today.body()).isEqualTo(201);
    }

    private static String body(LocalDate filedOn) {
        return "{\"kind\":\"FIRST\",\"filedOn\":\"" + filedOn + "\"}";
    }
}
