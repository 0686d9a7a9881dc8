package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.ALIEN_ID;
import static nl.terugkeer.core.testdata.AlienSamples.ASYLUM_DECIDED_ON;
import static nl.terugkeer.core.testdata.AlienSamples.RETURN_DECISION_ON;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationFiled;
import static nl.terugkeer.core.testdata.AlienSamples.asylumApplicationRejected;
import static nl.terugkeer.core.testdata.AlienSamples.authoriseRepresentative;
import static nl.terugkeer.core.testdata.AlienSamples.correctAlienEntry;
import static nl.terugkeer.core.testdata.AlienSamples.departureTermExtended;
import static nl.terugkeer.core.testdata.AlienSamples.endRepresentation;
import static nl.terugkeer.core.testdata.AlienSamples.extendDepartureTerm;
import static nl.terugkeer.core.testdata.AlienSamples.issueReturnDecision;
import static nl.terugkeer.core.testdata.AlienSamples.recordSufficientMeans;
import static nl.terugkeer.core.testdata.AlienSamples.representationEnded;
import static nl.terugkeer.core.testdata.AlienSamples.representativeAuthorised;
import static nl.terugkeer.core.testdata.AlienSamples.returnDecisionIssued;
import static nl.terugkeer.core.testdata.AlienSamples.sufficientMeansEstablished;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.commands.AuthoriseRepresentative;
import nl.terugkeer.core.aliens.commands.ExtendDepartureTerm;
import nl.terugkeer.core.aliens.commands.IssueReturnDecision;
import nl.terugkeer.core.aliens.commands.RecordSufficientMeans;
import nl.terugkeer.core.shared.CommonRejection;
import org.junit.jupiter.api.Test;

/**
 * A return decision outside asylum (Vw art. 62a) with its own term (Vw art. 62(1)-(2)), the extension of a term (Vw
 * art. 62(3)), the finding of sufficient means (Rva 2005 art. 2) and the representative (gemachtigde).
 */
class DepartureTermsAndRepresentationTest extends AlienFixtureSupport {

    @Test
    void givenARegisteredPerson_whenAReturnDecisionWith4WeeksIsIssued_thenItIsTheCurrentTerm() {
        fixture.given(alienRegistered())
                .when(issueReturnDecision())
                .expectEvents(returnDecisionIssued())
                .expectState(a -> {
                    assertThat(a.position().currentDutyToLeave().orElseThrow().lastDay())
                            .isEqualTo(RETURN_DECISION_ON.plusDays(28));
                    assertThat(a.position().departureTerm()).contains(new DepartureTerm(28, RETURN_DECISION_ON));
                });
    }

    @Test
    void givenARegisteredPerson_whenImmediateDeparture_thenATermOfNone() {
        fixture.given(alienRegistered())
                .when(new IssueReturnDecision(
                        ALIEN_ID,
                        ReturnDecisionOccasion.PERMIT_WITHDRAWN,
                        new DepartureTerm(0, RETURN_DECISION_ON),
                        RETURN_DECISION_ON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenARegisteredPerson_whenATermOf29Days_thenRejected() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new IssueReturnDecision(
                                ALIEN_ID,
                                ReturnDecisionOccasion.OTHER,
                                new DepartureTerm(29, RETURN_DECISION_ON),
                                RETURN_DECISION_ON)),
                AlienRejection.DEPARTURE_TERM_TOO_LONG);
    }

    @Test
    void givenAPendingAsylumApplication_whenAReturnDecisionIsIssued_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled()).when(issueReturnDecision()),
                AlienRejection.RETURN_DECISION_DURING_ASYLUM_APPLICATION);
    }

    @Test
    void givenARegisteredPerson_whenAReturnDecisionWithoutTerm_thenRejected() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new IssueReturnDecision(
                                ALIEN_ID, ReturnDecisionOccasion.OTHER, null, RETURN_DECISION_ON)),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }

    @Test
    void givenAReturnDecision_whenItsTermIsExtended_thenTheLastDayMoves() {
        fixture.given(alienRegistered(), returnDecisionIssued())
                .when(extendDepartureTerm())
                .expectEvents(departureTermExtended())
                .expectState(a -> assertThat(
                                a.position().currentDutyToLeave().orElseThrow().lastDay())
                        .isEqualTo(LocalDate.of(2026, 9, 28)));
    }

    @Test
    void givenAnAsylumRejection_whenItsTermIsExtendedOnItsLastDay_thenExtended() {
        LocalDate lastDay = ASYLUM_DECIDED_ON.plusDays(28);
        fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                .when(new ExtendDepartureTerm(ALIEN_ID, lastDay.plusWeeks(2), lastDay))
                .expectSuccessfulHandlerExecution()
                .expectState(a -> assertThat(
                                a.position().asylumDutyToLeave().orElseThrow().lastDay())
                        .isEqualTo(lastDay.plusWeeks(2)));
    }

    @Test
    void givenAnAsylumRejection_whenExtendedTheDayAfterItsLastDay_thenRejected() {
        LocalDate lastDay = ASYLUM_DECIDED_ON.plusDays(28);
        rejected(
                fixture.given(alienRegistered(), asylumApplicationFiled(), asylumApplicationRejected())
                        .when(new ExtendDepartureTerm(ALIEN_ID, lastDay.plusWeeks(2), lastDay.plusDays(1))),
                AlienRejection.DEPARTURE_TERM_ALREADY_ENDED);
    }

    @Test
    void givenAReturnDecision_whenExtendedToItsOwnLastDay_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), returnDecisionIssued())
                        .when(new ExtendDepartureTerm(ALIEN_ID, RETURN_DECISION_ON.plusDays(28), RETURN_DECISION_ON)),
                AlienRejection.EXTENSION_NOT_LATER);
    }

    @Test
    void givenNoTerm_whenExtended_thenRejected() {
        rejected(fixture.given(alienRegistered()).when(extendDepartureTerm()), AlienRejection.NO_DEPARTURE_TERM);
    }

    @Test
    void givenAPendingAsylumApplicationAfterARejection_whenExtended_thenRejectedForThereIsNoTerm() {
        rejected(
                fixture.given(
                                alienRegistered(),
                                asylumApplicationFiled(),
                                asylumApplicationRejected(),
                                asylumApplicationFiled(AsylumApplicationKind.REPEATED, ASYLUM_DECIDED_ON.plusDays(3)))
                        .when(new ExtendDepartureTerm(
                                ALIEN_ID, ASYLUM_DECIDED_ON.plusDays(40), ASYLUM_DECIDED_ON.plusDays(5))),
                AlienRejection.NO_DEPARTURE_TERM);
    }

    @Test
    void givenAnExtendedTerm_whenTheDecisionIsCorrected_thenRejectedForTheExtensionReliesOnIt() {
        rejected(
                fixture.given(alienRegistered(), returnDecisionIssued(), departureTermExtended())
                        .when(correctAlienEntry(1)),
                AlienRejection.ENTRY_RELIED_ON);
    }

    @Test
    void givenARegisteredPerson_whenSufficientMeansRecorded_thenRecorded() {
        fixture.given(alienRegistered())
                .when(recordSufficientMeans())
                .expectEvents(sufficientMeansEstablished())
                .expectState(a -> assertThat(a.position().sufficientMeans()).hasSize(1));
    }

    @Test
    void givenARegisteredPerson_whenMeansEndBeforeTheyBegin_thenRejected() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new RecordSufficientMeans(ALIEN_ID, LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 9))),
                CommonRejection.DATES_OUT_OF_ORDER);
    }

    @Test
    void givenARegisteredPerson_whenARepresentativeIsAuthorised_thenCurrent() {
        fixture.given(alienRegistered())
                .when(authoriseRepresentative())
                .expectEvents(representativeAuthorised())
                .expectState(a -> assertThat(a.position()
                                .currentRepresentation()
                                .orElseThrow()
                                .kind())
                        .isEqualTo(RepresentativeKind.LAWYER));
    }

    @Test
    void givenARepresentative_whenASecondIsAuthorised_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), representativeAuthorised()).when(authoriseRepresentative()),
                AlienRejection.REPRESENTATIVE_ALREADY_AUTHORISED);
    }

    @Test
    void givenARepresentative_whenEnded_thenNoneAndANewOneMayFollow() {
        fixture.given(alienRegistered(), representativeAuthorised())
                .when(endRepresentation())
                .expectEvents(representationEnded())
                .expectState(
                        a -> assertThat(a.position().currentRepresentation()).isEmpty());
    }

    @Test
    void givenNoRepresentative_whenEnded_thenRejected() {
        rejected(fixture.given(alienRegistered()).when(endRepresentation()), AlienRejection.NO_REPRESENTATIVE);
    }

    @Test
    void givenARegisteredPerson_whenARepresentativeWithoutName_thenRejected() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new AuthoriseRepresentative(
                                ALIEN_ID, RepresentativeKind.LAWYER, " ", LocalDate.of(2026, 8, 12))),
                CommonRejection.MISSING_REQUIRED_FIELD);
    }
}
