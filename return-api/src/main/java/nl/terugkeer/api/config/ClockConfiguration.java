package nl.terugkeer.api.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock that says what "today" is: command validation (no facts dated in the future), the default of
 * {@code geldigOp}, work-list deadlines and the entitlement answer "now" all read it.
 *
 * <p>{@code return.clock.today} pins the service to a business date, for tests, demos and acceptance runs: the
 * clock starts at midnight of that date (Europe/Amsterdam) when the service starts and runs on from there, so
 * "today" stays that date for the first 24 hours. It moves only business dates: recording times (the event
 * store's timestamps, {@code beschikbaarOp}) and token lifetimes stay on the wall clock, because they are the
 * audit trail's own time. Never set it in production.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Business dates are Dutch dates. */
    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(@Value("${return.clock.today:#{null}}") LocalDate pinnedToday) {
        Clock wallClock = Clock.system(NETHERLANDS);
        if (pinnedToday == null) {
            return wallClock;
        }
        log.warn(
                "The service clock is pinned: today is {} (return.clock.today); never do this in production",
                pinnedToday);
        return pinned(wallClock, pinnedToday);
    }

    /** A clock that reads midnight of {@code today} now and runs on from there. */
    public static Clock pinned(Clock wallClock, LocalDate today) {
        Duration offset = Duration.between(
                wallClock.instant(), today.atStartOfDay(wallClock.getZone()).toInstant());
        return Clock.offset(wallClock, offset);
    }
}
