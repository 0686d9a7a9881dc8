package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.terugkeer.core.aliens.AsylumApplicationKind;
import nl.terugkeer.core.aliens.DecisionOutcome;
import nl.terugkeer.core.aliens.DeferralGround;
import nl.terugkeer.core.aliens.DepartureTerm;
import nl.terugkeer.core.aliens.commands.DecideAsylumApplication;
import nl.terugkeer.core.aliens.commands.FileAsylumApplication;
import nl.terugkeer.core.aliens.commands.GrantDepartureDeferral;
import nl.terugkeer.core.aliens.commands.RegisterAlien;
import nl.terugkeer.core.aliens.commands.RequestDepartureDeferral;
import nl.terugkeer.core.shared.AlienId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The person overview shows the legal position without personal data, now and as of a past moment. */
@ReturnApiTest
class PersonOverviewTest {

    @Autowired
    CommandGateway commands;

    @LocalServerPort
    int port;

    @Test
    void givenARejectionAndAnArt64Deferral_whenThePersonIsRead_thenTermDeferralAndNoPersonalData() {
        AlienId alienId = AlienId.newId();
        RegisterAlien registration = UniqueVNumbers.registerAlien(alienId);
        commands.sendAndWait(registration);
        commands.sendAndWait(new FileAsylumApplication(alienId, AsylumApplicationKind.FIRST, LocalDate.of(2026, 4, 1)));
        commands.sendAndWait(new DecideAsylumApplication(
                alienId,
                DecisionOutcome.REJECTED,
                new DepartureTerm(28, LocalDate.of(2026, 6, 1)),
                LocalDate.of(2026, 6, 1)));
        Instant beforeDeferral = Instant.now();
        commands.sendAndWait(
                new RequestDepartureDeferral(alienId, DeferralGround.UNFIT_TO_TRAVEL, LocalDate.of(2026, 6, 10)));
        commands.sendAndWait(new GrantDepartureDeferral(alienId, LocalDate.of(2027, 2, 28), LocalDate.of(2026, 7, 1)));

        Http http = Http.asDtenv(port);
        Http.Response response = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> http.get("/v1/aliens/" + alienId),
                        r -> r.status() == 200
                                && r.json()
                                        .get("legalPosition")
                                        .get("deferralKind")
                                        .isString());
        JsonNode position = response.json().get("legalPosition");
        assertThat(position.get("latestAsylumOutcome").asString()).isEqualTo("REJECTED");
        assertThat(position.get("departureTermEndsOn").asString()).isEqualTo("2026-06-29");
        assertThat(response.json().get("deferralInForce").asBoolean()).isTrue();
        assertThat(response.body())
                .doesNotContain("Haddad", "Amal", registration.vNumber().value(), "1991-06-15");

        JsonNode before = http.get("/v1/aliens/" + alienId + "?beschikbaarOp=" + beforeDeferral)
                .json();
        assertThat(before.get("legalPosition").get("deferralKind").isNull()).isTrue();
        assertThat(before.get("deferralInForce").asBoolean()).isFalse();
        JsonNode inApril =
                http.get("/v1/aliens/" + alienId + "?geldigOp=2026-04-15").json();
        assertThat(inApril.get("legalPosition").get("pendingApplication").asBoolean())
                .isTrue();
        assertThat(http.get("/v1/aliens/" + AlienId.newId()).status()).isEqualTo(404);
    }
}
