package nl.terugkeer.api.config;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops an embedded PostgreSQL left running on the data directory by a service that died without closing
 * it ({@code kill -9}, OOM killer, power button on a laptop with a surviving child): a shutdown hook cannot help
 * there, so the next start cleans up instead (issue 14, item 6).
 *
 * <p>An orphan is recognised without guessing: zonky's {@code epg-lock} file in the data directory is locked by the
 * JVM that owns the server, and the operating system releases that lock when the JVM dies, however it dies. So when
 * the lock can be taken, no live service owns the directory, and a live {@code postgres} process named in
 * {@code postmaster.pid} for this directory is an orphan, whatever port it listens on. It is asked to stop with a
 * fast shutdown (SIGINT: no new sessions, open transactions rolled back, a checkpoint), and only killed if it has not
 * stopped in time. When the lock cannot be taken another live service uses the directory, and nothing is touched.
 */
final class OrphanedEmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedEmbeddedPostgres.class);

    /** zonky's lock file (EmbeddedPostgres.LOCK_FILE_NAME). */
    static final String ZONKY_LOCK = "epg-lock";

    static final String PID_FILE = "postmaster.pid";

    private OrphanedEmbeddedPostgres() {}

    /**
     * Stops an orphaned server on {@code dataDirectory}, if there is one.
     *
     * @return the process id that was stopped, if any
     */
    static Optional<Long> stopIfOrphaned(Path dataDirectory, Duration patience) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK);
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileChannel channel = file.getChannel()) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                log.info("The embedded PostgreSQL data directory is in use by a live service; not touching it");
                return Optional.empty();
            }
            try {
                return stopServerNamedIn(pidFile, dataDirectory, patience);
            } finally {
                lock.release();
            }
        }
    }

    private static Optional<Long> stopServerNamedIn(Path pidFile, Path dataDirectory, Duration patience)
            throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException gone) {
            return Optional.empty();
        }
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException notAPid) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // PostgreSQL itself ignores a postmaster.pid whose process is gone.
            return Optional.empty();
        }
        if (!isPostgresOn(process.get(), lines, dataDirectory)) {
            // The process id was reused by something else: the file is stale, and PostgreSQL would refuse to start
            // while that unrelated process lives.
            log.warn("Removing a stale postmaster.pid whose process id now belongs to another program");
            Files.deleteIfExists(pidFile);
            return Optional.empty();
        }
        String port = lines.size() > 3 ? lines.get(3).trim() : "?";
        log.warn(
                "Found an orphaned embedded PostgreSQL (pid {}, port {}) on the data directory, left by a service that"
                        + " did not shut down; stopping it",
                pid,
                port);
        stop(process.get(), patience);
        return Optional.of(pid);
    }

    private static boolean isPostgresOn(ProcessHandle process, List<String> pidLines, Path dataDirectory) {
        boolean isPostgres = process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(true); // another user's process hides its command; the data directory line decides
        if (!isPostgres) {
            return false;
        }
        if (pidLines.size() < 2) {
            return true;
        }
        try {
            return Path.of(pidLines.get(1).trim()).toRealPath().equals(dataDirectory.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle postmaster, Duration patience) throws IOException {
        signal(postmaster, "INT");
        if (waitForExit(postmaster, patience)) {
            return;
        }
        log.warn("The orphaned embedded PostgreSQL did not stop in {}; sending an immediate shutdown", patience);
        signal(postmaster, "QUIT");
        if (waitForExit(postmaster, patience)) {
            return;
        }
        postmaster.destroyForcibly();
        if (!waitForExit(postmaster, patience)) {
            throw new IOException("could not stop the orphaned embedded PostgreSQL, process " + postmaster.pid());
        }
    }

    /** Java can send SIGTERM and SIGKILL only; a fast shutdown is SIGINT. */
    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                process.destroy();
            }
        } catch (IOException e) {
            process.destroy(); // SIGTERM: a smart shutdown, enough once the dead service's sessions are gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
