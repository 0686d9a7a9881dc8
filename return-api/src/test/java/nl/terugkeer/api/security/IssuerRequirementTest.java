package nl.terugkeer.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

/** When the service may start without a real token issuer, and whom the development issuer answers (issue 9). */
class IssuerRequirementTest {

    private static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    @Test
    void givenNoIssuerAndNoDevelopmentIssuer_whenStarting_thenRefused() {
        assertThatThrownBy(() -> IssuerRequirement.check(new MockEnvironment()))
                .hasMessageContaining("No token issuer");
    }

    @Test
    void givenAnExternalDatabaseWithOnlyTheDevelopmentIssuer_whenStarting_thenRefusedUnlessInsecure() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/terugkeer")
                .withProperty(DevTokenIssuer.ENABLED, "true");
        assertThatThrownBy(() -> IssuerRequirement.check(environment)).hasMessageContaining("external database");

        environment.setProperty(IssuerRequirement.INSECURE, "true");
        assertThatCode(() -> IssuerRequirement.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void givenAnExternalDatabaseAndIssuer_whenStarting_thenTheDevelopmentIssuerStaysOffEvenIfAskedFor() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/terugkeer")
                .withProperty(ISSUER, "https://login.example.org/realms/terugkeer")
                .withProperty(DevTokenIssuer.ENABLED, "true");
        assertThatCode(() -> IssuerRequirement.check(environment)).doesNotThrowAnyException();
        assertThat(DevTokenIssuer.enabled(environment)).isFalse();
    }

    @Test
    void givenTheEmbeddedDatabase_whenTheDevelopmentIssuerIsAskedFor_thenItStarts() {
        MockEnvironment environment = new MockEnvironment().withProperty(DevTokenIssuer.ENABLED, "true");
        assertThatCode(() -> IssuerRequirement.check(environment)).doesNotThrowAnyException();
        assertThat(DevTokenIssuer.enabled(environment)).isTrue();
        assertThat(DevTokenIssuer.enabled(new MockEnvironment()))
                .as("never by default")
                .isFalse();
    }

    @Test
    void givenLoopbackRequests_whenAddressedToAnotherHostOrForwarded_thenTheDevelopmentIssuerRefuses() {
        assertThat(DevTokenController.fromThisMachine(request("localhost"))).isTrue();
        assertThat(DevTokenController.fromThisMachine(request("127.0.0.1"))).isTrue();
        assertThat(DevTokenController.fromThisMachine(request("terugkeer.example.org")))
                .as("a same-host proxy or tunnel under a public name")
                .isFalse();
        MockHttpServletRequest forwarded = request("localhost");
        forwarded.addHeader("X-Forwarded-Host", "terugkeer.example.org");
        assertThat(DevTokenController.fromThisMachine(forwarded)).isFalse();
        MockHttpServletRequest remote = request("localhost");
        remote.setRemoteAddr("10.1.2.3");
        assertThat(DevTokenController.fromThisMachine(remote)).isFalse();
    }

    private static MockHttpServletRequest request(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/dev/tokens");
        request.setServerName(host);
        request.setRemoteAddr("127.0.0.1");
        return request;
    }
}
