package nl.terugkeer.core.cases.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.PresentationOutcome;
import nl.terugkeer.core.cases.events.LaissezPasserRequested;
import nl.terugkeer.core.shared.Rejection;

/** Rules for the documents track: laissez-passer, embassy presentation, travel document. */
public final class DocumentRules {

    private static final Pattern ICAO_COUNTRY = Pattern.compile("[A-Z]{3}");

    private DocumentRules() {}

    // ICAO Doc 9303 country codes (ISO 3166-1 alpha-3): the mission a laissez-passer is asked from.
    public static Optional<Rejection> countryIsAnIcaoCode(String country) {
        return ICAO_COUNTRY.matcher(country).matches()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.INVALID_COUNTRY_CODE, "country must be a 3-letter ICAO code such as SYR"));
    }

    // DTV-LP-aanvraag, DTV-presentatie (docs/domain/brief.md §1.4): a presentation follows the laissez-passer
    // application.
    public static Optional<Rejection> laissezPasserRequested(CaseState state, LocalDate date) {
        return state.latestLaissezPasserRequest()
                        .filter(request -> !request.requestedOn().isAfter(date))
                        .isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.PRESENTATION_NEEDS_LAISSEZ_PASSER_REQUEST,
                        "no laissez-passer request on or before " + date));
    }

    // DTV-LP-resultaat (docs/domain/brief.md §1.4): "no answer" is recorded 12 months after the application.
    public static Optional<Rejection> noResponseOnlyAfter12Months(
            CaseState state, PresentationOutcome outcome, LocalDate heldOn) {
        if (outcome != PresentationOutcome.NO_RESPONSE_AFTER_12_MONTHS) {
            return Optional.empty();
        }
        Optional<LocalDate> requestedOn = state.latestLaissezPasserRequest().map(LaissezPasserRequested::requestedOn);
        return requestedOn.isPresent() && heldOn.isBefore(requestedOn.get().plusMonths(12))
                ? Optional.of(Rejection.of(
                        CaseRejection.NO_RESPONSE_BEFORE_12_MONTHS,
                        "no response can be recorded from " + requestedOn.get().plusMonths(12)))
                : Optional.empty();
    }
}
