package nl.terugkeer.core.aliens.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.PermitKind;
import nl.terugkeer.core.shared.Rejection;

/** Rules for residence permits, entry bans and the reflection period (vergunningen, inreisverbod, bedenktijd). */
public final class PermitRules {

    public static final Set<Integer> ENTRY_BAN_YEARS = Set.of(1, 2, 3, 5, 10, 20);
    public static final int REFLECTION_MONTHS = 3;

    private PermitRules() {}

    // Plain fact (Vw art. 14(2)-(3), permits for a fixed period): a permit's validity ends after it starts.
    public static Optional<Rejection> validUntilAfterValidFrom(LocalDate validFrom, LocalDate validUntil) {
        return validUntil.isAfter(validFrom)
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.INVALID_PERMIT_VALIDITY,
                        "validUntil " + validUntil + " is not after validFrom " + validFrom));
    }

    // Vc B8/4.2: the buitenschuld permit is valid for 1 year.
    public static Optional<Rejection> buitenschuldValidOneYear(
            PermitKind kind, LocalDate validFrom, LocalDate validUntil) {
        LocalDate lastDayOfOneYear = validFrom.plusYears(1).minusDays(1); // validUntil is the last day valid
        return kind == PermitKind.BUITENSCHULD && !validUntil.equals(lastDayOfOneYear)
                ? Optional.of(Rejection.of(
                        AlienRejection.BUITENSCHULD_PERMIT_NOT_ONE_YEAR,
                        "validUntil must be " + lastDayOfOneYear + " for validFrom " + validFrom))
                : Optional.empty();
    }

    // Vb art. 6.5a: an entry ban lasts 1, 2, 3, 5, 10 or 20 years depending on the case.
    public static Optional<Rejection> entryBanLengthAllowed(int durationInYears) {
        return ENTRY_BAN_YEARS.contains(durationInYears)
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.ENTRY_BAN_LENGTH_NOT_ALLOWED,
                        "durationInYears " + durationInYears + " is not 1, 2, 3, 5, 10 or 20"));
    }

    // Vc B8/3: the reflection period (bedenktijd) lasts at most 3 months.
    public static Optional<Rejection> reflectionAtMost3Months(LocalDate grantedOn, LocalDate endsOn) {
        return endsOn.isAfter(grantedOn.plusMonths(REFLECTION_MONTHS))
                ? Optional.of(Rejection.of(
                        AlienRejection.REFLECTION_PERIOD_TOO_LONG,
                        "endsOn " + endsOn + " is more than 3 months after grantedOn " + grantedOn))
                : Optional.empty();
    }

    // Vc B8/3: the reflection period is granted once.
    public static Optional<Rejection> reflectionOnlyOnce(LegalPosition position) {
        return position.reflectionPeriod().isPresent()
                ? Optional.of(Rejection.of(
                        AlienRejection.REFLECTION_PERIOD_ALREADY_GRANTED, "a reflection period was granted"))
                : Optional.empty();
    }
}
