package nl.terugkeer.core.aliens.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.shared.Rejection;

/** Input and date-order rules every Alien command may use. */
public final class AlienRules {

    private AlienRules() {}

    // Plain fact: a later step of the same matter (a decision, an end) does not precede the earlier one.
    public static Optional<Rejection> notBefore(String field, LocalDate date, String earlierField, LocalDate earlier) {
        return date.isBefore(earlier)
                ? Optional.of(Rejection.of(
                        CommonRejection.DATES_OUT_OF_ORDER,
                        field + " " + date + " is before " + earlierField + " " + earlier))
                : Optional.empty();
    }

    // Plain input check: a required text is not blank.
    public static Optional<Rejection> filledIn(String field, String value) {
        return value == null || value.isBlank()
                ? Optional.of(Rejection.of(CommonRejection.MISSING_REQUIRED_FIELD, field + " is required"))
                : Optional.empty();
    }
}
