package nl.terugkeer.core.cases.rules;

import java.util.Optional;
import nl.terugkeer.core.cases.CaseRejection;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.events.CaseEntryCorrected;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarkWithdrawn;
import nl.terugkeer.core.cases.events.UnsupervisedDepartureMarked;
import nl.terugkeer.core.shared.Rejection;

/** Rules for correcting a mistaken entry (correctie): history is never edited, an entry is treated as not recorded. */
public final class CorrectionRules {

    private CorrectionRules() {}

    // Issue 3: a correction names the entry it corrects by its sequence number in this case.
    public static Optional<Rejection> entryExists(CaseState state, long sequence) {
        return state.entry(sequence).isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(CaseRejection.UNKNOWN_ENTRY, "no entry at sequence " + sequence));
    }

    // Issue 3: the creation event opens the case; a wrong signal is handled by closing the case, not by correction.
    public static Optional<Rejection> notTheCreation(SequencedCaseEvent entry) {
        return entry.event() instanceof ReturnSignalled
                ? Optional.of(Rejection.of(CaseRejection.CANNOT_CORRECT_CREATION, "sequence names ReturnSignalled"))
                : Optional.empty();
    }

    // Issue 3: a correction is final; correcting a correction would make the history ambiguous.
    public static Optional<Rejection> notACorrection(SequencedCaseEvent entry) {
        return entry.event() instanceof CaseEntryCorrected
                ? Optional.of(Rejection.of(CaseRejection.CANNOT_CORRECT_CORRECTION, "sequence names a correction"))
                : Optional.empty();
    }

    // Rva art. 7(1)(j), LTV-BvV: the mark follows from the missed check-ins; correct those, the mark follows.
    public static Optional<Rejection> notDerived(SequencedCaseEvent entry) {
        return entry.event() instanceof UnsupervisedDepartureMarked
                        || entry.event() instanceof UnsupervisedDepartureMarkWithdrawn
                ? Optional.of(Rejection.of(
                        CaseRejection.CANNOT_CORRECT_DERIVED_ENTRY, "sequence names a derived mark; correct a miss"))
                : Optional.empty();
    }

    // Issue 3: an entry is corrected once.
    public static Optional<Rejection> notCorrectedYet(CaseState state, long sequence) {
        return state.correctedSequences().contains(sequence)
                ? Optional.of(Rejection.of(
                        CaseRejection.ENTRY_ALREADY_CORRECTED, "sequence " + sequence + " is already corrected"))
                : Optional.empty();
    }
}
