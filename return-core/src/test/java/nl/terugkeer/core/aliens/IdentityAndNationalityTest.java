package nl.terugkeer.core.aliens;

import static nl.terugkeer.core.testdata.AlienSamples.ALIEN_ID;
import static nl.terugkeer.core.testdata.AlienSamples.alienRegistered;
import static nl.terugkeer.core.testdata.AlienSamples.establishIdentity;
import static nl.terugkeer.core.testdata.AlienSamples.establishNationality;
import static nl.terugkeer.core.testdata.AlienSamples.establishStatelessness;
import static nl.terugkeer.core.testdata.AlienSamples.identityEstablished;
import static nl.terugkeer.core.testdata.AlienSamples.nationalityEstablished;
import static nl.terugkeer.core.testdata.AlienSamples.statelessnessEstablished;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.terugkeer.core.aliens.commands.EstablishIdentity;
import nl.terugkeer.core.aliens.commands.EstablishNationality;
import nl.terugkeer.core.shared.CommonRejection;
import nl.terugkeer.core.testdata.TestClock;
import org.junit.jupiter.api.Test;

class IdentityAndNationalityTest extends AlienFixtureSupport {

    @Test
    void givenRegistered_whenEstablishIdentity_thenIdentityEstablished() {
        fixture.given(alienRegistered())
                .when(establishIdentity())
                .expectEvents(identityEstablished())
                .expectState(a -> assertThat(a.position().identityEstablished()).isTrue());
    }

    @Test
    void givenIdentityEstablished_whenEstablishIdentityAgain_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), identityEstablished()).when(establishIdentity()),
                AlienRejection.IDENTITY_ALREADY_ESTABLISHED);
    }

    @Test
    void givenRegistered_whenIdentityEstablishedTomorrow_thenRejectedAsFuture() {
        rejected(
                fixture.given(alienRegistered()).when(new EstablishIdentity(ALIEN_ID, TestClock.TODAY.plusDays(1))),
                CommonRejection.DATE_IN_FUTURE);
    }

    @Test
    void givenRegistered_whenEstablishNationality_thenNationalityEstablished() {
        fixture.given(alienRegistered())
                .when(establishNationality())
                .expectEvents(nationalityEstablished())
                .expectState(a -> {
                    assertThat(a.position().nationalityEstablishedOrStateless()).isTrue();
                    assertThat(a.position().establishedNationality()).contains("SYR");
                });
    }

    @Test
    void givenRegistered_whenNationalityIsNotAnIcaoCode_thenRejected() {
        rejected(
                fixture.given(alienRegistered())
                        .when(new EstablishNationality(ALIEN_ID, "Syria", LocalDate.of(2026, 3, 23))),
                AlienRejection.INVALID_NATIONALITY);
    }

    @Test
    void givenRegistered_whenEstablishStatelessness_thenStatelessnessEstablished() {
        fixture.given(alienRegistered())
                .when(establishStatelessness())
                .expectEvents(statelessnessEstablished())
                .expectState(a -> {
                    assertThat(a.position().stateless()).isTrue();
                    assertThat(a.position().nationalityEstablishedOrStateless()).isTrue();
                });
    }

    @Test
    void givenNationalityEstablished_whenEstablishStatelessness_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), nationalityEstablished()).when(establishStatelessness()),
                AlienRejection.NATIONALITY_ALREADY_ESTABLISHED);
    }

    @Test
    void givenStateless_whenEstablishNationality_thenRejected() {
        rejected(
                fixture.given(alienRegistered(), statelessnessEstablished()).when(establishNationality()),
                AlienRejection.NATIONALITY_ALREADY_ESTABLISHED);
    }
}
