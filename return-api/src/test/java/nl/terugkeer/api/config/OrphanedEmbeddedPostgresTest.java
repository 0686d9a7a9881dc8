package nl.terugkeer.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * After kill -9 of the service its embedded PostgreSQL lives on (issue 14, item 6). The orphan is made here the way
 * a dead service leaves it: a server running on the data directory, on a port of its own, with nobody holding the
 * directory's lock. The next start must stop it and come up, whatever port it chooses.
 */
class OrphanedEmbeddedPostgresTest {

    @Test
    void givenAnOrphanedServerOnTheDataDirectory_whenTheServiceStartsAgainOnAnotherPort_thenItStopsTheOrphanAndStarts()
            throws Exception {
        Path dataDirectory =
                Path.of("target", "orphan-test-" + UUID.randomUUID()).toAbsolutePath();
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        Path binaries;
        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties(dataDirectory))) {
            binaries = Path.of(ProcessHandle.of(postmasterPid(dataDirectory))
                            .orElseThrow()
                            .info()
                            .command()
                            .orElseThrow())
                    .getParent();
        }
        long orphan = startOrphan(binaries, dataDirectory, freePort());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties(dataDirectory))) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(postmasterPid(dataDirectory)).isNotEqualTo(orphan);
            try (Connection connection = second.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet result =
                            statement.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname = 'terugkeer_app'")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void givenAServerOwnedByALiveService_whenAnotherStartLooksForOrphans_thenItLeavesThatServerAlone()
            throws Exception {
        Path dataDirectory =
                Path.of("target", "orphan-test-" + UUID.randomUUID()).toAbsolutePath();
        try (EmbeddedPostgres owned = new EmbeddedPostgresConfiguration().embeddedPostgres(properties(dataDirectory))) {
            long pid = postmasterPid(dataDirectory);

            assertThat(OrphanedEmbeddedPostgres.stopIfOrphaned(dataDirectory, Duration.ofSeconds(5)))
                    .isEmpty();

            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
        }
    }

    @Test
    void givenAPidFileWhoseProcessIsGone_whenTheServiceStarts_thenNothingIsStopped() throws Exception {
        Path dataDirectory = Files.createDirectories(Path.of("target", "orphan-test-" + UUID.randomUUID()));
        Files.writeString(dataDirectory.resolve(OrphanedEmbeddedPostgres.PID_FILE), "2147483646\n/nowhere\n");

        assertThat(OrphanedEmbeddedPostgres.stopIfOrphaned(dataDirectory, Duration.ofSeconds(1)))
                .isEmpty();
    }

    private static EmbeddedPostgresProperties properties(Path dataDirectory) {
        return new EmbeddedPostgresProperties(dataDirectory, false, 0, false);
    }

    private static long postmasterPid(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve(OrphanedEmbeddedPostgres.PID_FILE))
                .getFirst()
                .trim());
    }

    /** pg_ctl detaches the server, as it is after the service that started it was killed. */
    private static long startOrphan(Path binaries, Path dataDirectory, int port) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(
                binaries.resolve("pg_ctl").toString(),
                "-D",
                dataDirectory.toString(),
                "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1",
                "-l",
                dataDirectory
                        .resolveSibling(dataDirectory.getFileName() + ".log")
                        .toString(),
                "-w",
                "start"));
        Process pgCtl = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(pgCtl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(pgCtl.exitValue()).isZero();
        return postmasterPid(dataDirectory);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
