package nl.terugkeer.core.shared;

import java.time.LocalDate;
import java.util.Optional;

/** Rules that hold for every command of both aggregates. */
public final class CommonRules {

    private CommonRules() {}

    // product.md "dates cannot lie in the future beyond what the fact allows": a fact that happened is dated today or
    // earlier.
    public static Optional<Rejection> happenedNotLaterThanToday(String field, LocalDate date, LocalDate today) {
        return date.isAfter(today)
                ? Optional.of(
                        Rejection.of(CommonRejection.DATE_IN_FUTURE, field + " " + date + " is after today " + today))
                : Optional.empty();
    }

    public static Optional<Rejection> present(String field, Object value) {
        return value == null
                ? Optional.of(Rejection.of(CommonRejection.MISSING_REQUIRED_FIELD, field + " is required"))
                : Optional.empty();
    }
}
