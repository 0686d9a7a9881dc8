package nl.terugkeer.core.entitlement;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one day-counting convention of the entitlement answers (docs/domain/entitlement.md, "Days"). A term of N days,
 * weeks or years "after" a day T runs from the day after T, so its last day included is T + N: a departure term of
 * 28 days after a decision on 1 May 2026 ends with 29 May 2026. Every "until" in an answer is a last day included.
 */
public final class Days {

    private static final DateTimeFormatter WRITTEN_OUT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    private Days() {}

    /** The last day included of a term of {@code length} after {@code day}. */
    public static LocalDate lastDayOfTermAfter(LocalDate day, Period length) {
        return day.plus(length);
    }

    /** The last day included of something that holds until (not on) {@code firstDayWithout}. */
    public static LocalDate lastDayBefore(LocalDate firstDayWithout) {
        return firstDayWithout.minusDays(1);
    }

    /** The first day without, after a last day included. */
    public static LocalDate firstDayAfter(LocalDate lastDay) {
        return lastDay.plusDays(1);
    }

    /** Whether {@code date} lies from {@code first} through {@code lastDay}; a null last day is open-ended. */
    public static boolean within(LocalDate date, LocalDate first, LocalDate lastDay) {
        return !date.isBefore(first) && (lastDay == null || !date.isAfter(lastDay));
    }

    /** A date written out in Dutch, as in a decision letter: "29 mei 2026". */
    public static String writtenOut(LocalDate date) {
        return WRITTEN_OUT.format(date);
    }
}
