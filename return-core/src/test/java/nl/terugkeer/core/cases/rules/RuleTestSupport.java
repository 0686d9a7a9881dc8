package nl.terugkeer.core.cases.rules;

import java.util.stream.IntStream;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.PersonFacts;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.events.CaseEvent;

/** Folds events into a case state for the rule tests, numbered from 0 as the event store would. */
final class RuleTestSupport {

    static final PersonFacts SINGLE_ADULT = new PersonFacts(true, true, false, false);
    static final PersonFacts FAMILY_WITH_MINOR_CHILDREN = new PersonFacts(true, true, false, true);

    private RuleTestSupport() {}

    static CaseState stateOf(CaseEvent... events) {
        return CaseState.of(IntStream.range(0, events.length)
                .mapToObj(i -> new SequencedCaseEvent(i, events[i]))
                .toList());
    }
}
