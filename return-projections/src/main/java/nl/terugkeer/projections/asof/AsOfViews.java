package nl.terugkeer.projections.asof;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarked;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.folds.EventHistories;

/**
 * States of a case or person from any bitemporal point of view, folded from the stored events with core's folds,
 * the same code the projections and the aggregates use.
 *
 * <p>The events recorded up to {@link AsOf#knownAt()} are what was known then. Of those, entries that were
 * corrected by then are dropped (a correction withdraws knowledge, whatever its own date), and so are presumed
 * departures withdrawn by then; the rest is folded when its business date is on or before {@link AsOf#validOn()}.
 */
public class AsOfViews {

    private final EventHistories histories;

    public AsOfViews(EventHistories histories) {
        this.histories = histories;
    }

    /** The case as valid and known at {@code asOf}; empty when it did not exist from that point of view. */
    public Optional<CaseState> caseState(CaseId caseId, AsOf asOf) {
        List<SequencedCaseEvent> known = histories.ofCaseKnownAt(caseId, asOf.knownAt());
        Set<Long> corrected = CaseState.of(known).correctedSequences();
        Set<Long> withdrawnMarks = withdrawnMarks(known);
        Predicate<SequencedCaseEvent> withdrawnKnowledge = e -> corrected.contains(e.sequence())
                || withdrawnMarks.contains(e.sequence())
                || e.event() instanceof CaseEntryCorrected
                || e.event() instanceof UnsupervisedDepartureMarkWithdrawn;
        List<SequencedCaseEvent> valid = known.stream()
                .filter(withdrawnKnowledge.negate())
                .filter(e -> !e.event().businessDate().isAfter(asOf.validOn()))
                .toList();
        CaseState state = CaseState.of(valid);
        return state.signal().isPresent() ? Optional.of(state) : Optional.empty();
    }

    /** Each withdrawal withdraws the presumed departure marked last before it. */
    private static Set<Long> withdrawnMarks(List<SequencedCaseEvent> known) {
        Set<Long> withdrawn = new HashSet<>();
        Long lastMark = null;
        for (SequencedCaseEvent e : known) {
            if (e.event() instanceof UnsupervisedDepartureMarked) {
                lastMark = e.sequence();
            } else if (e.event() instanceof UnsupervisedDepartureMarkWithdrawn && lastMark != null) {
                withdrawn.add(lastMark);
                lastMark = null;
            }
        }
        return withdrawn;
    }

    /** The person's legal position as valid and known at {@code asOf}. */
    public Optional<LegalPosition> legalPosition(AlienId alienId, AsOf asOf) {
        List<SequencedAlienEvent> known = histories.ofAlienKnownAt(alienId, asOf.knownAt());
        Set<Long> corrected = LegalPosition.of(known).correctedSequences();
        List<SequencedAlienEvent> valid = known.stream()
                .filter(e -> !corrected.contains(e.sequence()) && !(e.event() instanceof AlienEntryCorrected))
                .filter(e -> !e.event().businessDate().isAfter(asOf.validOn()))
                .toList();
        LegalPosition position = LegalPosition.of(valid);
        return position.registration().isPresent() ? Optional.of(position) : Optional.empty();
    }
}
