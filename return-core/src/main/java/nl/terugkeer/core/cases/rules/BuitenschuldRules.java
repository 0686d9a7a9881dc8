package nl.terugkeer.core.cases.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.terugkeer.core.cases.BuitenschuldExclusion;
import nl.terugkeer.core.cases.BuitenschuldRoute;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.cases.PresentationOutcome;
import nl.terugkeer.core.cases.events.BmaAdviceRecorded;
import nl.terugkeer.core.cases.events.FamilyBondRecorded;
import nl.terugkeer.core.cases.events.LaissezPasserRequested;
import nl.terugkeer.core.shared.Rejection;

/** Rules for mediation, buitenschuld (Vc B8/4) and the ambtsadvies to the IND. */
public final class BuitenschuldRules {

    private BuitenschuldRules() {}

    // VV-BS (docs/domain/brief.md §2): mediation is not possible while a residence procedure is pending.
    public static Optional<Rejection> mediationWithoutPendingApplication(PersonFacts facts) {
        return facts.applicationPending()
                ? Optional.of(
                        Rejection.of(CaseRejection.MEDIATION_WHILE_APPLICATION_PENDING, "an application is pending"))
                : Optional.empty();
    }

    // Vc B8/4.1 condition 1: the person tried to leave independently (approached the mission).
    public static Optional<Rejection> ownAttemptRecorded(CaseState state) {
        return state.ownDepartureAttempts().isEmpty()
                ? Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_NEEDS_OWN_ATTEMPT, "no own attempt to leave is recorded"))
                : Optional.empty();
    }

    // Vc B8/4.1 condition 2: no reasonable doubt about identity and nationality (or statelessness).
    public static Optional<Rejection> identityAndNationalityEstablished(PersonFacts facts) {
        return facts.identityEstablished() && facts.nationalityEstablishedOrStateless()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_NEEDS_IDENTITY_AND_NATIONALITY,
                        "identity or nationality is not established"));
    }

    // Vc B8/4.1 condition 3: a travel-document request failed: a non-statement, or no answer within 12 months
    // (DTV-LP-resultaat); "insufficient information" asks for more, it is not a refusal.
    public static Optional<Rejection> travelDocumentRequestFailed(CaseState state) {
        return state.presentations().stream().anyMatch(p -> failed(p.outcome()))
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_NEEDS_FAILED_DOCUMENT_REQUEST,
                        "no non-statement and no 12-month silence is recorded"));
    }

    private static boolean failed(PresentationOutcome outcome) {
        return outcome == PresentationOutcome.NON_STATEMENT
                || outcome == PresentationOutcome.NO_RESPONSE_AFTER_12_MONTHS;
    }

    // Vc B8/4.1 condition 3: the application failed, so no travel document was obtained.
    public static Optional<Rejection> noTravelDocumentObtained(CaseState state) {
        return state.travelDocuments().isEmpty()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_TRAVEL_DOCUMENT_OBTAINED, "a travel document was obtained"));
    }

    // Vc B8/4.1 under 4: not buitenschuld if the person refused the handwritten statement (the latest counts).
    public static Optional<Rejection> returnStatementNotRefused(CaseState state) {
        return state.buitenschuldFacts()
                        .returnStatement()
                        .filter(s -> !s.signed())
                        .isPresent()
                ? Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_EXCLUDED_RETURN_STATEMENT_REFUSED,
                        "the latest handwritten statement was refused"))
                : Optional.empty();
    }

    // Vc B8/4.1 under 4: not buitenschuld if the person missed the presentation without a valid reason.
    public static Optional<Rejection> presentationNotMissed(CaseState state) {
        return state.buitenschuldFacts().excluded(BuitenschuldExclusion.MISSED_PRESENTATION_WITHOUT_REASON)
                ? Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_EXCLUDED_MISSED_PRESENTATION,
                        "a presentation was missed without reason"))
                : Optional.empty();
    }

    // Vc B8/4.1 under 4: not buitenschuld if the person stated at the presentation not to want to return.
    public static Optional<Rejection> noStatementNotToReturn(CaseState state) {
        return state.buitenschuldFacts().excluded(BuitenschuldExclusion.STATED_NOT_WILLING_TO_RETURN)
                ? Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_EXCLUDED_NOT_WILLING_TO_RETURN,
                        "the person stated at a presentation not to want to return"))
                : Optional.empty();
    }

    // Vc B8/4, B8/4.3: medical buitenschuld rests on a BMA advice of permanent inability to travel (the latest).
    public static Optional<Rejection> bmaFindsPermanentlyUnableToTravel(CaseState state) {
        return state.buitenschuldFacts()
                        .bmaAdvice()
                        .filter(BmaAdviceRecorded::permanentlyUnableToTravel)
                        .isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_MEDICAL_NEEDS_BMA_ADVICE,
                        "no BMA advice of permanent inability to travel is recorded"));
    }

    // Vc B8/4 (amv variant, LTV-BS): the first application was made before the 15th birthday.
    public static Optional<Rejection> minorFirstApplicationBefore15(CaseState state) {
        return state.buitenschuldFacts()
                        .minorFacts()
                        .filter(f -> f.firstApplicationOn().isBefore(f.bornOn().plusYears(15)))
                        .isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_MINOR_FIRST_APPLICATION_NOT_BEFORE_15,
                        "no first application before the 15th birthday is recorded"));
    }

    // Vc B8/4 (amv variant, LTV-BS): no adequate reception in the country of origin.
    public static Optional<Rejection> minorWithoutAdequateReception(CaseState state) {
        return state.buitenschuldFacts()
                        .minorFacts()
                        .filter(f -> !f.adequateReceptionInCountryOfOrigin())
                        .isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_MINOR_ADEQUATE_RECEPTION_AVAILABLE,
                        "the absence of adequate reception in the country of origin is not recorded"));
    }

    // Vc B8/4 (family members): the family bond already existed before entry.
    public static Optional<Rejection> familyBondBeforeEntry(CaseState state) {
        return state.buitenschuldFacts()
                        .familyBond()
                        .filter(b -> b.bondSince().isBefore(b.enteredOn()))
                        .isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_FAMILY_BOND_NOT_BEFORE_ENTRY,
                        "no family bond from before entry is recorded"));
    }

    // Vc B8/4 (family members): a family of mixed nationality tries every plausible country for the whole family.
    public static Optional<Rejection> everyFamilyCountryTried(CaseState state) {
        Set<String> tried = state.laissezPasserRequests().stream()
                .map(LaissezPasserRequested::country)
                .collect(Collectors.toSet());
        List<String> untried =
                state.buitenschuldFacts().familyBond().map(FamilyBondRecorded::countries).orElse(List.of()).stream()
                        .filter(c -> !tried.contains(c))
                        .toList();
        return untried.isEmpty()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_FAMILY_NOT_EVERY_COUNTRY_TRIED,
                        "no travel-document request to " + String.join(", ", untried)));
    }

    /** Vc B8/4: the criteria of the route, in the order they are checked. */
    public static List<Optional<Rejection>> criteria(BuitenschuldRoute route, CaseState state, PersonFacts facts) {
        List<Optional<Rejection>> general = List.of(
                ownAttemptRecorded(state),
                identityAndNationalityEstablished(facts),
                travelDocumentRequestFailed(state),
                noTravelDocumentObtained(state),
                returnStatementNotRefused(state),
                presentationNotMissed(state),
                noStatementNotToReturn(state),
                noOpenNonCooperation(state),
                noApplicationPending(facts));
        return switch (route) {
            case REGULAR -> general;
            case MEDICAL ->
                List.of(
                        identityAndNationalityEstablished(facts),
                        bmaFindsPermanentlyUnableToTravel(state),
                        noApplicationPending(facts));
            case UNACCOMPANIED_MINOR ->
                concat(general, minorFirstApplicationBefore15(state), minorWithoutAdequateReception(state));
            case FAMILY -> concat(general, familyBondBeforeEntry(state), everyFamilyCountryTried(state));
        };
    }

    @SafeVarargs
    private static List<Optional<Rejection>> concat(List<Optional<Rejection>> first, Optional<Rejection>... more) {
        List<Optional<Rejection>> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    // Vc B8/4.1 condition 4: not buitenschuld while the person does not cooperate (an open obstacle).
    public static Optional<Rejection> noOpenNonCooperation(CaseState state) {
        return state.hasOpenObstacle(ObstacleType.NON_COOPERATION_ALIEN)
                ? Optional.of(
                        Rejection.of(CaseRejection.BUITENSCHULD_WHILE_NOT_COOPERATING, "NON_COOPERATION_ALIEN is open"))
                : Optional.empty();
    }

    // Vc B8/4.1 condition 5: no other application pending.
    public static Optional<Rejection> noApplicationPending(PersonFacts facts) {
        return facts.applicationPending()
                ? Optional.of(
                        Rejection.of(CaseRejection.BUITENSCHULD_WHILE_APPLICATION_PENDING, "an application is pending"))
                : Optional.empty();
    }

    // Vc B8/4: DTenV establishes buitenschuld once; the IND decides on its single ambtsadvies.
    public static Optional<Rejection> notEstablishedYet(CaseState state) {
        return state.buitenschuld().isPresent()
                ? Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_ALREADY_ESTABLISHED, "buitenschuld is already established"))
                : Optional.empty();
    }

    // Vc B8/4.1, B8/4.3; LTV-BS: the ambtsadvies is DTenV's report on its buitenschuld assessment.
    public static Optional<Rejection> adviceFollowsEstablishment(CaseState state) {
        return state.buitenschuld().isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.NO_FAULT_ADVICE_NEEDS_BUITENSCHULD, "buitenschuld is not established"));
    }

    // Vc B8/4.3: the IND decides on the one DTenV report; a mistaken advice is corrected, not repeated.
    public static Optional<Rejection> adviceNotIssuedYet(CaseState state) {
        return state.noFaultAdvice().isPresent()
                ? Optional.of(
                        Rejection.of(CaseRejection.NO_FAULT_ADVICE_ALREADY_ISSUED, "an ambtsadvies was already issued"))
                : Optional.empty();
    }
}
