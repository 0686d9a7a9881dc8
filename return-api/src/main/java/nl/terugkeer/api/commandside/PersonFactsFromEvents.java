package nl.terugkeer.api.commandside;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.cases.PersonFactsLookup;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.projections.folds.EventHistories;

/**
 * What the Case aggregate may know about its person, folded from the Alien's stored events with core's
 * {@link LegalPosition}: always current, because it reads the event store, not a projection.
 */
public class PersonFactsFromEvents implements PersonFactsLookup {

    private final EventHistories histories;

    public PersonFactsFromEvents(EventHistories histories) {
        this.histories = histories;
    }

    @Override
    public PersonFacts factsAbout(AlienId alienId, LocalDate on) {
        LegalPosition person = LegalPosition.of(histories.ofAlien(alienId));
        return new PersonFacts(
                person.identityEstablished(),
                person.nationalityEstablishedOrStateless(),
                person.hasPendingApplicationOn(on),
                person.familyWithMinorChildrenOn(on));
    }
}
