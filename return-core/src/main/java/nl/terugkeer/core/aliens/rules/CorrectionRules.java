package nl.terugkeer.core.aliens.rules;

import java.util.Optional;
import nl.terugkeer.core.aliens.AlienRejection;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.aliens.events.AlienEntryCorrected;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.shared.Rejection;

/** Rules for correcting a mistaken entry (correctie): history is never edited, an entry is treated as not recorded. */
public final class CorrectionRules {

    private CorrectionRules() {}

    // Issue 3: a correction names the entry it corrects by its sequence number for this person.
    public static Optional<Rejection> entryExists(LegalPosition position, long sequence) {
        return position.entry(sequence).isPresent()
                ? Optional.empty()
                : Optional.of(Rejection.of(AlienRejection.UNKNOWN_ENTRY, "no entry at sequence " + sequence));
    }

    // Issue 3: the registration creates the person; without it nothing else has a subject.
    public static Optional<Rejection> notTheCreation(SequencedAlienEvent entry) {
        return entry.event() instanceof AlienRegistered
                ? Optional.of(Rejection.of(AlienRejection.CANNOT_CORRECT_CREATION, "sequence names AlienRegistered"))
                : Optional.empty();
    }

    // Issue 3: a correction is final; correcting a correction would make the history ambiguous.
    public static Optional<Rejection> notACorrection(SequencedAlienEvent entry) {
        return entry.event() instanceof AlienEntryCorrected
                ? Optional.of(Rejection.of(AlienRejection.CANNOT_CORRECT_CORRECTION, "sequence names a correction"))
                : Optional.empty();
    }

    // Issue 3: an entry is corrected once.
    public static Optional<Rejection> notCorrectedYet(LegalPosition position, long sequence) {
        return position.correctedSequences().contains(sequence)
                ? Optional.of(Rejection.of(
                        AlienRejection.ENTRY_ALREADY_CORRECTED, "sequence " + sequence + " is already corrected"))
                : Optional.empty();
    }

    // Issue 3: a decision, refusal or end builds on its application or request; correct the later entry first.
    public static Optional<Rejection> notReliedOn(LegalPosition position, long sequence) {
        return position.reliedOn(sequence)
                ? Optional.of(
                        Rejection.of(AlienRejection.ENTRY_RELIED_ON, "a later entry builds on sequence " + sequence))
                : Optional.empty();
    }
}
