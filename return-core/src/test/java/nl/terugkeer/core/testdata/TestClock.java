package nl.terugkeer.core.testdata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The fixed "today" of every test: 2026-11-28 in the Netherlands. */
public final class TestClock {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    public static final Clock CLOCK =
            Clock.fixed(TODAY.atTime(12, 0).atZone(NETHERLANDS).toInstant(), NETHERLANDS);

    private TestClock() {}
}
