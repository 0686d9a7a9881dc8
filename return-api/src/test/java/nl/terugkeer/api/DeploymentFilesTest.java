package nl.terugkeer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the image and the compose file promise (issue 9), checked on the files themselves (no Docker engine needed):
 * the image runs as a non-root user and never turns the development token issuer on; compose connects the service
 * as a non-superuser role apart from the migration owner, against Keycloak with the realm the tests read.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void givenTheDockerfile_whenRead_thenTheImageRunsAsANonRootUserWithoutTheDevelopmentIssuer() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
        List<String> users =
                lines.stream().filter(line -> line.startsWith("USER ")).toList();
        assertThat(users).isNotEmpty();
        String user = users.getLast().substring("USER ".length()).trim();
        assertThat(user).isNotIn("root", "0", "0:0").doesNotStartWith("0:");
        assertThat(String.join("\n", lines)).doesNotContainIgnoringCase("dev-token-issuer");
    }

    @Test
    void givenTheComposeFile_whenRead_thenLeastPrivilegeRolesAndKeycloakWithTheTestedRealm() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertThat(compose)
                .contains("SPRING_DATASOURCE_USERNAME: terugkeer_app")
                .contains("SPRING_FLYWAY_USER: terugkeer_owner")
                .contains("./deploy/postgres:/docker-entrypoint-initdb.d")
                .contains("./deploy/keycloak/terugkeer-realm.json:/opt/keycloak/data/import/")
                .contains("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES: return-api")
                .contains("RETURN_SECURITY_ROLESCLAIM: realm_access.roles")
                .doesNotContainIgnoringCase("DEVTOKENISSUER")
                .doesNotContain("RETURN_SECURITY_INSECURE");
        String roles = Files.readString(ROOT.resolve("deploy/postgres/10-roles.sh"));
        assertThat(roles)
                .contains("CREATE ROLE terugkeer_owner LOGIN NOSUPERUSER")
                .contains("CREATE ROLE terugkeer_app LOGIN NOSUPERUSER");
    }
}
