package nl.terugkeer.core.cases;

import java.time.LocalDate;
import nl.terugkeer.core.shared.AlienId;

/**
 * Port through which the case reads facts about the person from the Alien aggregate (raadpleging vreemdelingpositie).
 * Command handlers that need it take it as a parameter; the application implements it by folding the Alien's
 * events up to the given date.
 */
public interface PersonFactsLookup {

    PersonFacts factsAbout(AlienId alienId, LocalDate on);
}
