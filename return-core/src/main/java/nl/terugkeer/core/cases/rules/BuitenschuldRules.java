package nl.terugkeer.core.cases.rules;

import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.cases.PresentationOutcome;
import nl.terugkeer.core.shared.Rejection;

/** Rules for mediation, buitenschuld (Vc B8/4) and the ambtsadvies to the IND. */
public final class BuitenschuldRules {

    private BuitenschuldRules() {}

    // VV-BS (domain.md §2): mediation is not possible while a residence procedure is pending.
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

    // Vc B8/4.1 conditions 3-4: a travel-document request through DTenV failed (no recognition, no document).
    public static Optional<Rejection> travelDocumentRequestFailed(CaseState state) {
        boolean failed = state.presentations().stream().anyMatch(p -> p.outcome() != PresentationOutcome.RECOGNISED);
        return failed && state.travelDocuments().isEmpty()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.BUITENSCHULD_NEEDS_FAILED_DOCUMENT_REQUEST,
                        "no failed travel-document request is recorded, or a travel document was obtained"));
    }

    // Vc B8/4.1 condition 4: not buitenschuld while the person does not cooperate.
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
