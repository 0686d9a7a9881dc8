package nl.terugkeer.projections.asof;

import java.util.List;
import java.util.Optional;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.entitlement.PersonHistory;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.casestatus.CaseStatus;
import nl.terugkeer.projections.folds.EventHistories;
import nl.terugkeer.projections.personoverview.PersonOverview;

/**
 * States of a case or person from any bitemporal point of view, folded from the stored events with core's folds,
 * the same code the projections and the aggregates use.
 *
 * <p>The events recorded up to {@link AsOf#knownAt()} are what was known then; of those, {@link PersonHistory}
 * keeps what was valid on {@link AsOf#validOn()} (ADR 11).
 */
public class AsOfViews {

    private final EventHistories histories;

    public AsOfViews(EventHistories histories) {
        this.histories = histories;
    }

    /** The case as valid and known at {@code asOf}; empty when it did not exist from that point of view. */
    public Optional<CaseState> caseState(CaseId caseId, AsOf asOf) {
        List<SequencedCaseEvent> valid =
                PersonHistory.caseEventsValidOn(histories.ofCaseKnownAt(caseId, asOf.knownAt()), asOf.validOn());
        if (valid.isEmpty() || valid.getFirst().event().businessDate().isAfter(asOf.validOn())) {
            return Optional.empty();
        }
        return Optional.of(CaseState.of(valid));
    }

    /** The person's legal position as valid and known at {@code asOf}. */
    public Optional<LegalPosition> legalPosition(AlienId alienId, AsOf asOf) {
        List<SequencedAlienEvent> valid =
                PersonHistory.alienEventsValidOn(histories.ofAlienKnownAt(alienId, asOf.knownAt()), asOf.validOn());
        if (valid.isEmpty() || valid.getFirst().event().businessDate().isAfter(asOf.validOn())) {
            return Optional.empty();
        }
        return Optional.of(LegalPosition.of(valid));
    }

    /** The case-status read model from that point of view (the same mapping the projection uses). */
    public Optional<CaseStatus> caseStatus(CaseId caseId, AsOf asOf) {
        return caseState(caseId, asOf)
                .map(state -> CaseStatus.of(state, state.history().getLast().sequence(), asOf.knownAt()));
    }

    /** The person-overview read model from that point of view (the same mapping the projection uses). */
    public Optional<PersonOverview> personOverview(AlienId alienId, AsOf asOf) {
        return legalPosition(alienId, asOf)
                .map(person ->
                        PersonOverview.of(person, person.history().getLast().sequence(), asOf.knownAt()));
    }

    /** The person's whole history as known at {@code knownAt}: the person and each of the person's cases. */
    public PersonHistory personHistory(AlienId alienId, List<CaseId> cases, java.time.Instant knownAt) {
        return new PersonHistory(
                histories.ofAlienKnownAt(alienId, knownAt),
                cases.stream()
                        .map(caseId -> histories.ofCaseKnownAt(caseId, knownAt))
                        .filter(events -> !events.isEmpty())
                        .toList());
    }
}
