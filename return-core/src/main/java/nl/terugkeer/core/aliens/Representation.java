package nl.terugkeer.core.aliens;

import java.time.LocalDate;

/** A representative (gemachtigde) acting for the person from {@code from}; {@code endedOn} null while it lasts. */
public record Representation(
        long sequence, RepresentativeKind kind, String representativeName, LocalDate from, LocalDate endedOn) {

    public boolean current() {
        return endedOn == null;
    }

    Representation ended(LocalDate on) {
        return new Representation(sequence, kind, representativeName, from, on);
    }
}
