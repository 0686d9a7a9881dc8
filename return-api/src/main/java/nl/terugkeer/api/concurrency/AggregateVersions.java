package nl.terugkeer.api.concurrency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An aggregate's version: the sequence number of its last stored event (0 after the first event). */
public class AggregateVersions {

    private final JdbcClient jdbc;

    public AggregateVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> current(String aggregateId) {
        // No row for an aggregate that does not exist (max() would give one row holding null).
        return jdbc.sql("SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = :id"
                        + " ORDER BY sequencenumber DESC LIMIT 1")
                .param("id", aggregateId)
                .query(Long.class)
                .optional();
    }

    /**
     * Serialises commands on one aggregate until the current transaction ends (on every node sharing the
     * database), so that checking the version and appending the next event cannot interleave with another command.
     */
    void lockUntilCommit(String aggregateId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:id, 7401))")
                .param("id", aggregateId)
                .query((rs, row) -> 1)
                .list();
    }
}
