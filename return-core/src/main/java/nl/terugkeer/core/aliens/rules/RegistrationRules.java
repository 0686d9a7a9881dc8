package nl.terugkeer.core.aliens.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.shared.Rejection;

/** Rules for recording a person. */
public final class RegistrationRules {

    private static final Pattern ISO_ALPHA_3 = Pattern.compile("[A-Z]{3}");

    private RegistrationRules() {}

    // Plain fact: nobody is registered before being born.
    public static Optional<Rejection> bornOnOrBeforeRegistration(LocalDate dateOfBirth, LocalDate registeredOn) {
        return dateOfBirth.isAfter(registeredOn)
                ? Optional.of(Rejection.of(
                        AlienRejection.DATE_OF_BIRTH_AFTER_REGISTRATION, "dateOfBirth is after registeredOn"))
                : Optional.empty();
    }

    // ICAO Doc 9303 nationality codes (ISO 3166-1 alpha-3; XXA stateless, XXX unspecified).
    public static Optional<Rejection> nationalityIsAnIcaoCode(String nationality) {
        return ISO_ALPHA_3.matcher(nationality).matches()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        AlienRejection.INVALID_NATIONALITY,
                        "claimedNationality must be a 3-letter ICAO code such as SYR, or XXX when unknown"));
    }
}
