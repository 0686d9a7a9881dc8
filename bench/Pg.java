import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the embedded PostgreSQL on an existing data directory without the service, the way the service starts it
 * (zonky, the same binaries and settings), and leaves it running: bench/size.sh seeds it while the service is down.
 * Stop it with kill -INT of the first line of DIR/postmaster.pid (a fast shutdown).
 * Usage: java -cp <zonky and its dependencies, from the service's jar> bench/Pg.java DATA_DIR PORT
 */
public class Pg {
    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]).toAbsolutePath())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPort(Integer.parseInt(args[1]))
                .start();
        System.out.println("embedded PostgreSQL up on port " + args[1]);
    }
}
