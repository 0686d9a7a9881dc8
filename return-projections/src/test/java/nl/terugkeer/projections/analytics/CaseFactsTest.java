package nl.terugkeer.projections.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.CloseReason;
import nl.terugkeer.core.cases.DetentionBasis;
import nl.terugkeer.core.cases.ObstacleType;
import nl.terugkeer.core.cases.ReviewDomain;
import nl.terugkeer.core.cases.SequencedCaseEvent;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CaseEscalated;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.DetentionLifted;
import nl.terugkeer.core.cases.events.DetentionOrdered;
import nl.terugkeer.core.cases.events.ObstacleRegistered;
import nl.terugkeer.core.cases.events.ObstacleResolved;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;

/** The facts of a case for the analytics schema, from core's fold, in plain Java (issue 10). */
class CaseFactsTest {

    private static final CaseId CASE = new CaseId(UUID.fromString("00000000-0000-0000-0000-0000000000aa"));
    private static final AlienId ALIEN = new AlienId(UUID.fromString("00000000-0000-0000-0000-0000000000bb"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void givenOverlappingObstaclesADetentionPastItsMaximumAndAClosure_whenFactsAreTaken_thenDaysAndDatesAreCoarse() {
        CaseState state = fold(
                new ReturnSignalled(
                        CASE, ALIEN, SignalSource.MUNICIPALITY, MunicipalityCode.of("GM0363"), "r", day(2026, 3, 4)),
                new ObstacleRegistered(CASE, ObstacleType.MEDICAL, "free text with a name", day(2026, 3, 10)),
                new ObstacleRegistered(CASE, ObstacleType.NO_TRAVEL_DOCUMENT, "x", day(2026, 3, 20)),
                new ObstacleResolved(CASE, ObstacleType.MEDICAL, "y", day(2026, 3, 30)),
                new ObstacleResolved(CASE, ObstacleType.NO_TRAVEL_DOCUMENT, "z", day(2026, 4, 9)),
                new CaseEscalated(CASE, List.of(ReviewDomain.CARE), "reason with a name", day(2026, 4, 1)),
                new DetentionOrdered(CASE, DetentionBasis.ART_59, day(2026, 5, 1), day(2026, 5, 31)),
                new DetentionLifted(CASE, day(2026, 6, 10)),
                new CaseClosed(CASE, CloseReason.ADMINISTRATIVE, day(2026, 7, 1)));

        CaseFacts facts = CaseFacts.of(state, TODAY).orElseThrow();

        assertThat(facts.signalledWeek()).isEqualTo(day(2026, 3, 2)); // the Monday
        assertThat(facts.signalledMonth()).isEqualTo(day(2026, 3, 1));
        assertThat(facts.signalledQuarter()).isEqualTo("2026-Q1");
        assertThat(facts.region()).isEqualTo("Noord-Holland");
        assertThat(facts.obstacleDays()).isEqualTo(30); // 10 March to 9 April, overlaps counted once
        assertThat(facts.obstacleTypes()).containsExactly("MEDICAL", "NO_TRAVEL_DOCUMENT");
        assertThat(facts.openObstacleTypes()).isEmpty();
        assertThat(facts.escalations()).isEqualTo(1);
        assertThat(facts.escalationDomains()).containsExactly("CARE");
        assertThat(facts.detentionDays()).isEqualTo(40);
        assertThat(facts.detentionMaxDays()).isEqualTo(30);
        assertThat(facts.detentionPastMaximum()).isTrue();
        assertThat(facts.instruments()).containsExactly("DETENTION");
        assertThat(facts.outcome()).isEqualTo("ADMINISTRATIVE");
        assertThat(facts.daysToOutcome()).isEqualTo(119);
        assertThat(facts.closedWeek()).isEqualTo(day(2026, 6, 29));
        assertThat(facts.toString()).doesNotContain("name", "00000000-0000");
    }

    @Test
    void givenAnOpenObstacle_whenFactsAreTaken_thenItIsStuckUntilToday() {
        CaseState state = fold(
                new ReturnSignalled(CASE, ALIEN, SignalSource.DTENV, null, "r", day(2026, 11, 1)),
                new ObstacleRegistered(CASE, ObstacleType.MEDICAL, "d", day(2026, 11, 8)));

        CaseFacts facts = CaseFacts.of(state, TODAY).orElseThrow();

        assertThat(facts.obstacleDays()).isEqualTo(20);
        assertThat(facts.openObstacleTypes()).containsExactly("MEDICAL");
        assertThat(facts.municipalityCode()).isNull();
        assertThat(facts.region()).isEqualTo(Regions.UNKNOWN);
        assertThat(facts.outcome()).isNull();
    }

    @Test
    void givenBirthDates_whenBanded_thenTheAgeAtTheSignalDecides() {
        assertThat(CaseFacts.ageBand(day(2008, 11, 29), TODAY)).isEqualTo("0-17");
        assertThat(CaseFacts.ageBand(day(2008, 11, 28), TODAY)).isEqualTo("18-24");
        assertThat(CaseFacts.ageBand(day(1961, 11, 28), TODAY)).isEqualTo("65+");
        assertThat(CaseFacts.ageBand(null, TODAY)).isEqualTo("ONBEKEND");
    }

    @Test
    void givenTwoSecrets_whenKeysAreMade_thenStableWithinASecretAndDifferentAcrossSecretsAndKinds() {
        AnalyticsKeys one = new AnalyticsKeys("first-secret-of-16+");
        AnalyticsKeys two = new AnalyticsKeys("second-secret-of-16+");
        UUID id = ALIEN.value();

        assertThat(one.person(id)).isEqualTo(one.person(id)).hasSize(32).doesNotContain(id.toString());
        assertThat(one.person(id)).isNotEqualTo(two.person(id)).isNotEqualTo(one.caseKey(id));
    }

    private static CaseState fold(CaseEvent... events) {
        List<SequencedCaseEvent> sequenced = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            sequenced.add(new SequencedCaseEvent(i, events[i]));
        }
        return CaseState.of(sequenced);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
