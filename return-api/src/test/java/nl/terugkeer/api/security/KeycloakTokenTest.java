package nl.terugkeer.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.terugkeer.api.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service configured for Keycloak as docker-compose.yml configures it, with tokens shaped like Keycloak's (roles
 * under {@code realm_access.roles}, the organisation claim of the realm's protocol mapper, {@code aud} from its
 * audience mapper), signed with a test key. Role names, users, claim names and the audience are read from the realm
 * that compose imports ({@code deploy/keycloak/terugkeer-realm.json}), so that realm is the one tested here. The
 * development token issuer is off, as it is outside run.sh's embedded mode.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // its own embedded cluster: the shared test cluster belongs to the other context
            "return.embedded-postgres.data-directory=target/embedded-postgres-keycloak-test",
            "return.dev-token-issuer.enabled=false"
        })
@ActiveProfiles("test")
class KeycloakTokenTest {

    static final Realm REALM = Realm.read();
    static final String ISSUER = "http://localhost:8180/realms/" + REALM.name();
    static final RSAKey KEY = key();
    static final RSAKey OTHER_KEY = key();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void asInDockerCompose(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.resourceserver.jwt.";
        registry.add(prefix + "issuer-uri", () -> ISSUER);
        registry.add(prefix + "public-key-location", KeycloakTokenTest::publicKeyFile);
        registry.add(prefix + "audiences", REALM::audience);
        registry.add("return.security.roles-claim", () -> "realm_access.roles");
        registry.add("return.security.organisation-claim", REALM::organisationClaim);
    }

    @Test
    void givenTheRealm_whenRead_thenItHasEveryRoleAUserPerRoleAndAPkceFrontend() {
        assertThat(REALM.roles()).containsExactlyInAnyOrder("ADMIN", "ANALYST", "AUDITOR", "DTENV", "GEMEENTE", "IND");
        assertThat(REALM.users().stream().map(User::role)).containsExactlyInAnyOrderElementsOf(REALM.roles());
        JsonNode frontend = REALM.client("terugkeer-frontend");
        assertThat(frontend.get("publicClient").asBoolean()).isTrue();
        assertThat(frontend.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(frontend.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(frontend.get("attributes").get("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
    }

    @Test
    void givenKeycloakTokensOfEveryTestUser_whenCalling_thenTheirRoleAndOrganisationAreMapped() {
        for (User user : REALM.users()) {
            Http http = Http.anonymous(port).bearer(token(user, REALM.audience(), ISSUER, KEY));
            switch (user.role()) {
                case "DTENV" -> {
                    Http.Response registered = http.post("/v1/aliens", """
                            {"givenNames":"Test","surname":"Keycloak","dateOfBirth":"1990-01-01",
                             "claimedNationality":"AFG","unaccompaniedMinor":false,"familyMembers":[],
                             "registeredOn":"2026-01-05"}""");
                    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
                    String metadata = jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry"
                                    + " WHERE aggregateidentifier = :id")
                            .param("id", registered.json().get("alienId").asString())
                            .query(String.class)
                            .single();
                    assertThat(metadata)
                            .contains("\"userId\":\"" + user.subject() + "\"")
                            .contains("\"role\":\"DTENV\"")
                            .contains("\"organisation\":\"" + user.organisation() + "\"");
                }
                case "GEMEENTE" -> {
                    assertThat(user.organisation()).matches("GM\\d{4}");
                    assertThat(http.get("/v1/work-lists?municipalityCode=" + user.organisation())
                                    .status())
                            .isEqualTo(200);
                    assertThat(http.get("/v1/work-lists?municipalityCode=GM0001")
                                    .status())
                            .as("another municipality's list")
                            .isEqualTo(403);
                }
                case "IND" ->
                    assertThat(http.post("/v1/aliens/_zoek", "{\"vNumber\":\"1234567890\"}")
                                    .status())
                            .isEqualTo(200);
                case "AUDITOR" ->
                    assertThat(http.get("/v1/access-log").status()).isEqualTo(200);
                case "ADMIN" ->
                    assertThat(http.get("/v1/admin/projections").status()).isEqualTo(200);
                case "ANALYST" ->
                    assertThat(http.get("/v1/statistics/outcomes").status()).isEqualTo(200);
                default -> throw new AssertionError("a role the service does not know: " + user.role());
            }
            assertThat(http.get("/v1/admin/integrity").status())
                    .as(user.role() + " on the integrity report")
                    .isEqualTo(List.of("AUDITOR", "ADMIN").contains(user.role()) ? 200 : 403);
        }
    }

    @Test
    void givenATokenForAnotherAudience_whenCalling_then401AsProblem() {
        User auditor = REALM.user("AUDITOR");
        Http.Response response = Http.anonymous(port)
                .bearer(token(auditor, "some-other-service", ISSUER, KEY))
                .get("/v1/access-log");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void givenATokenOfAnotherIssuerOrKey_whenCalling_then401() {
        User auditor = REALM.user("AUDITOR");
        assertThat(Http.anonymous(port)
                        .bearer(token(auditor, REALM.audience(), "http://localhost:8180/realms/other", KEY))
                        .get("/v1/access-log")
                        .status())
                .isEqualTo(401);
        assertThat(Http.anonymous(port)
                        .bearer(token(auditor, REALM.audience(), ISSUER, OTHER_KEY))
                        .get("/v1/access-log")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void givenAnExternalIssuer_whenAskingTheDevelopmentIssuer_thenItIsNotThere() {
        Http.Response response = Http.anonymous(port)
                .post("/dev/tokens", "{\"sub\":\"u-1\",\"role\":\"ADMIN\",\"organisation\":\"ADMIN\"}");
        assertThat(response.status()).isEqualTo(404);
    }

    /** A token as Keycloak issues it for the frontend client after a PKCE login. */
    static String token(User user, String audience, String issuer, RSAKey key) {
        Instant now = Instant.now();
        List<String> roles = new ArrayList<>(List.of("default-roles-" + REALM.name(), "offline_access"));
        roles.add(user.role());
        Map<String, Object> realmAccess = Map.of("roles", roles);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.subject())
                .audience(List.of(audience, "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .claim("azp", "terugkeer-frontend")
                .claim("scope", "openid profile email")
                .claim("realm_access", realmAccess)
                .claim("resource_access", Map.of("account", Map.of("roles", List.of("view-profile"))))
                .claim("preferred_username", user.username())
                .claim(REALM.organisationClaim(), user.organisation())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKeyFile() {
        try {
            Path file = Files.createTempFile("keycloak-test-key", ".pem");
            file.toFile().deleteOnExit();
            String body = Base64.getMimeEncoder(64, "\n".getBytes())
                    .encodeToString(KEY.toRSAPublicKey().getEncoded());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return "file:" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    record User(String username, String subject, String role, String organisation) {}

    /** What the tests take from the realm file that docker-compose.yml imports. */
    record Realm(JsonNode json) {

        static Realm read() {
            Path file = Path.of(System.getProperty("return.keycloak.realm", "../deploy/keycloak/terugkeer-realm.json"));
            try {
                return new Realm(JsonMapper.builder().build().readTree(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String name() {
            return json.get("realm").asString();
        }

        List<String> roles() {
            return json.get("roles")
                    .get("realm")
                    .valueStream()
                    .map(role -> role.get("name").asString())
                    .toList();
        }

        JsonNode client(String clientId) {
            return json.get("clients")
                    .valueStream()
                    .filter(client -> client.get("clientId").asString().equals(clientId))
                    .findFirst()
                    .orElseThrow();
        }

        private JsonNode mapper(String type) {
            return client("terugkeer-frontend")
                    .get("protocolMappers")
                    .valueStream()
                    .filter(mapper -> mapper.get("protocolMapper").asString().equals(type))
                    .findFirst()
                    .orElseThrow()
                    .get("config");
        }

        String audience() {
            return mapper("oidc-audience-mapper")
                    .get("included.custom.audience")
                    .asString();
        }

        String organisationClaim() {
            return mapper("oidc-usermodel-attribute-mapper").get("claim.name").asString();
        }

        String organisationAttribute() {
            return mapper("oidc-usermodel-attribute-mapper")
                    .get("user.attribute")
                    .asString();
        }

        List<User> users() {
            Map<String, String> subjects = new HashMap<>();
            return json.get("users")
                    .valueStream()
                    .map(user -> {
                        List<String> roles = user.get("realmRoles")
                                .valueStream()
                                .map(JsonNode::asString)
                                .toList();
                        assertThat(roles).hasSize(1);
                        String username = user.get("username").asString();
                        // Keycloak's sub is the user's id, a UUID
                        String subject = subjects.computeIfAbsent(username, u -> UUID.nameUUIDFromBytes(u.getBytes())
                                .toString());
                        return new User(
                                username,
                                subject,
                                roles.getFirst(),
                                user.get("attributes")
                                        .get(organisationAttribute())
                                        .get(0)
                                        .asString());
                    })
                    .toList();
        }

        User user(String role) {
            return users().stream()
                    .filter(user -> user.role().equals(role))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
