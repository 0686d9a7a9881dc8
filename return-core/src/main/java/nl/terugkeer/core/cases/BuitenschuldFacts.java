package nl.terugkeer.core.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.terugkeer.core.cases.events.BmaAdviceRecorded;
import nl.terugkeer.core.cases.events.BuitenschuldExclusionRecorded;
import nl.terugkeer.core.cases.events.FamilyBondRecorded;
import nl.terugkeer.core.cases.events.MinorBuitenschuldFactsRecorded;
import nl.terugkeer.core.cases.events.ReturnStatementRecorded;

/**
 * The facts Vc B8/4 needs that the case records for buitenschuld alone: the latest handwritten statement, the
 * exclusions recorded at presentations, the latest BMA advice, the amv facts and the family bond.
 */
public record BuitenschuldFacts(
        Optional<ReturnStatementRecorded> returnStatement,
        List<BuitenschuldExclusionRecorded> exclusions,
        Optional<BmaAdviceRecorded> bmaAdvice,
        Optional<MinorBuitenschuldFactsRecorded> minorFacts,
        Optional<FamilyBondRecorded> familyBond) {

    public static final BuitenschuldFacts NONE =
            new BuitenschuldFacts(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public BuitenschuldFacts {
        exclusions = List.copyOf(exclusions);
    }

    public boolean excluded(BuitenschuldExclusion exclusion) {
        return exclusions.stream().anyMatch(e -> e.exclusion() == exclusion);
    }

    BuitenschuldFacts with(ReturnStatementRecorded e) {
        return new BuitenschuldFacts(Optional.of(e), exclusions, bmaAdvice, minorFacts, familyBond);
    }

    BuitenschuldFacts with(BuitenschuldExclusionRecorded e) {
        List<BuitenschuldExclusionRecorded> more = new ArrayList<>(exclusions);
        more.add(e);
        return new BuitenschuldFacts(returnStatement, more, bmaAdvice, minorFacts, familyBond);
    }

    BuitenschuldFacts with(BmaAdviceRecorded e) {
        return new BuitenschuldFacts(returnStatement, exclusions, Optional.of(e), minorFacts, familyBond);
    }

    BuitenschuldFacts with(MinorBuitenschuldFactsRecorded e) {
        return new BuitenschuldFacts(returnStatement, exclusions, bmaAdvice, Optional.of(e), familyBond);
    }

    BuitenschuldFacts with(FamilyBondRecorded e) {
        return new BuitenschuldFacts(returnStatement, exclusions, bmaAdvice, minorFacts, Optional.of(e));
    }
}
