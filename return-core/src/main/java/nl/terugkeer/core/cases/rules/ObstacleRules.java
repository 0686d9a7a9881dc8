package nl.terugkeer.core.cases.rules;

import java.util.List;
import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.shared.Rejection;

/** Rules for obstacles (belemmeringen), escalation, case reviews and information from the IND. */
public final class ObstacleRules {

    private ObstacleRules() {}

    // docs/domain/brief.md §8 obstacle types: an obstacle of a type is open once at a time.
    public static Optional<Rejection> notOpenYet(CaseState state, ObstacleType type) {
        return state.hasOpenObstacle(type)
                ? Optional.of(Rejection.of(CaseRejection.OBSTACLE_ALREADY_OPEN, type + " is already open"))
                : Optional.empty();
    }

    // docs/domain/brief.md §8 obstacle types: only an open obstacle is resolved.
    public static Optional<Rejection> open(CaseState state, ObstacleType type) {
        return state.hasOpenObstacle(type)
                ? Optional.empty()
                : Optional.of(Rejection.of(CaseRejection.OBSTACLE_NOT_OPEN, type + " is not open"));
    }

    // Kamerbrief 2025 (seed): complex cases cross into other domains such as care and safety; name which.
    public static Optional<Rejection> namesADomain(List<?> domains) {
        return domains.isEmpty()
                ? Optional.of(Rejection.of(CaseRejection.ESCALATION_NEEDS_DOMAIN, "domains is empty"))
                : Optional.empty();
    }

    // Kamerbrief 2025 (seed): escalation is for cases with substantial obstacles to return.
    public static Optional<Rejection> hasAnOpenObstacle(CaseState state) {
        return state.openObstacles().isEmpty()
                ? Optional.of(Rejection.of(CaseRejection.ESCALATION_NEEDS_OPEN_OBSTACLE, "no obstacle is open"))
                : Optional.empty();
    }

    // LTV-LKO (docs/domain/brief.md §1.2): a case review is held by named chain partners.
    public static Optional<Rejection> namesParticipants(List<?> participants) {
        return participants.isEmpty()
                ? Optional.of(Rejection.of(CaseRejection.REVIEW_NEEDS_PARTICIPANTS, "participants is empty"))
                : Optional.empty();
    }

    // Plain fact: an answer answers an open request of this case.
    public static Optional<Rejection> indRequestOpen(CaseState state, long requestSequence) {
        return state.openIndRequest(requestSequence).isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(
                        CaseRejection.UNKNOWN_IND_REQUEST, "no open IND request at sequence " + requestSequence));
    }
}
