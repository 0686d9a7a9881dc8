package nl.terugkeer.core.entitlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.aliens.FamilyMember;
import nl.terugkeer.core.aliens.PersonName;
import nl.terugkeer.core.aliens.SequencedAlienEvent;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;

/** Builds a person's history event by event, numbering each aggregate's events as the event store would. */
final class HistoryBuilder {

    final AlienId alienId = new AlienId(UUID.fromString("00000000-0000-0000-0000-0000000ae001"));
    final CaseId caseId = new CaseId(UUID.fromString("00000000-0000-0000-0000-0000000ce001"));
    private final List<SequencedAlienEvent> person = new ArrayList<>();
    private final List<SequencedCaseEvent> caseEvents = new ArrayList<>();

    static HistoryBuilder adult() {
        return person(LocalDate.of(1990, 1, 1), false, List.of());
    }

    static HistoryBuilder person(LocalDate bornOn, boolean unaccompaniedMinor, List<LocalDate> children) {
        HistoryBuilder builder = new HistoryBuilder();
        builder.alien(new AlienRegistered(
                builder.alienId,
                null,
                new PersonName("A", "B"),
                bornOn,
                "SYR",
                unaccompaniedMinor,
                children.stream()
                        .map(c -> new FamilyMember(FamilyMember.Relationship.CHILD, c))
                        .toList(),
                LocalDate.of(2026, 1, 5)));
        return builder;
    }

    HistoryBuilder alien(AlienEvent event) {
        person.add(new SequencedAlienEvent(person.size(), event));
        return this;
    }

    /** The case is signalled on its first use. */
    HistoryBuilder inCase(CaseEvent event) {
        if (caseEvents.isEmpty()) {
            caseEvents.add(new SequencedCaseEvent(
                    0,
                    new ReturnSignalled(
                            caseId, alienId, SignalSource.IND, null, "rejected", LocalDate.of(2026, 1, 6))));
        }
        caseEvents.add(new SequencedCaseEvent(caseEvents.size(), event));
        return this;
    }

    long lastCaseSequence() {
        return caseEvents.size() - 1;
    }

    PersonHistory build() {
        return new PersonHistory(person, caseEvents.isEmpty() ? List.of() : List.of(caseEvents));
    }
}
