package nl.terugkeer.api.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the cluster keeps its data between runs (default {@code ./data/postgres})
 * @param cleanOnStart wipe the data directory at start (tests only)
 * @param port fixed port, or 0 for a free one
 * @param durable flush every commit to disk (fsync and synchronous commit on); zonky turns both off by default,
 *     which is fine for tests but would let an acknowledged command vanish in a crash
 */
@ConfigurationProperties("return.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("false") boolean cleanOnStart,
        @DefaultValue("0") int port,
        @DefaultValue("true") boolean durable) {}
