package nl.terugkeer.core.aliens.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.shared.Rejection;

/** Rules for deferral of departure on medical grounds (uitstel van vertrek, art. 64 Vw). */
public final class DeferralRules {

    public static final int PROVISIONAL_MONTHS = 3;
    public static final int GRANTED_YEARS = 1;

    private DeferralRules() {}

    // Vb art. 6.1c, Vc A3/7: one request is handled at a time; a new one follows its refusal or end.
    public static Optional<Rejection> noOpenRequest(LegalPosition position) {
        return position.openDeferralRequest().isPresent()
                ? Optional.of(Rejection.of(AlienRejection.DEFERRAL_ALREADY_REQUESTED, "an art. 64 request is open"))
                : Optional.empty();
    }

    // Vb art. 6.1c, Vc A3/7: art. 64 is applied (provisionally or in full) on a request (kennisgeving) made earlier.
    public static Optional<Rejection> requested(LegalPosition position) {
        return position.openDeferralRequest().isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(AlienRejection.DEFERRAL_NEEDS_REQUEST, "no open art. 64 request"));
    }

    // Vc A3/7: provisional art. 64 while the BMA advice is awaited lasts at most 3 months.
    public static Optional<Rejection> provisionalAtMost3Months(LocalDate appliedOn, LocalDate validUntil) {
        return validUntil.isAfter(appliedOn.plusMonths(PROVISIONAL_MONTHS))
                ? Optional.of(Rejection.of(
                        AlienRejection.PROVISIONAL_DEFERRAL_TOO_LONG,
                        "validUntil " + validUntil + " is more than 3 months after appliedOn " + appliedOn))
                : Optional.empty();
    }

    // Vc A3/7: deferral lasts the period of the BMA advice, at most 1 year.
    public static Optional<Rejection> grantedAtMost1Year(LocalDate grantedOn, LocalDate validUntil) {
        return validUntil.isAfter(grantedOn.plusYears(GRANTED_YEARS))
                ? Optional.of(Rejection.of(
                        AlienRejection.DEFERRAL_TOO_LONG,
                        "validUntil " + validUntil + " is more than 1 year after grantedOn " + grantedOn))
                : Optional.empty();
    }

    // Vc A3/7: only a deferral in force (and not ended yet) can end; afterwards the duty to leave revives.
    public static Optional<Rejection> inForceOn(LegalPosition position, LocalDate endedOn) {
        return position.deferrals().stream().anyMatch(d -> d.endedOn() == null && d.inForceOn(endedOn))
                ? Optional.empty()
                : Optional.of(Rejection.of(AlienRejection.NO_DEFERRAL_IN_FORCE, "no deferral in force on " + endedOn));
    }
}
