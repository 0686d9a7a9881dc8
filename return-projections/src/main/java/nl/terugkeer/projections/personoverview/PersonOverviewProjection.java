package nl.terugkeer.projections.personoverview;

import java.time.Instant;
import java.util.Optional;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.projections.Columns;
import nl.terugkeer.projections.folds.LatestStates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps {@code projections.person_overview}, one row per person, guarded by the aggregate sequence number. */
@ProcessingGroup(PersonOverviewProjection.PROCESSING_GROUP)
public class PersonOverviewProjection {

    public static final String PROCESSING_GROUP = "person-overview";

    /** The table's columns, one per component of {@link PersonOverview}, in its order. */
    private static final Columns<PersonOverview> COLUMNS = Columns.of(
            PersonOverview.class,
            "projections.person_overview",
            "alien_id",
            "alien_id",
            "registered_on",
            "claimed_nationality",
            "established_nationality",
            "stateless",
            "identity_established",
            "unaccompanied_minor",
            "pending_application",
            "latest_asylum_kind",
            "latest_asylum_filed_on",
            "latest_asylum_outcome",
            "latest_asylum_decided_on",
            "departure_term_days",
            "departure_term_ends_on",
            "deferral_kind",
            "deferral_from",
            "deferral_last_day",
            "permit_kind",
            "permit_valid_from",
            "permit_valid_until",
            "entry_ban_imposed_on",
            "reflection_period_ends_on",
            "last_sequence",
            "last_recorded_at");

    private final JdbcClient jdbc;
    private final LatestStates<AlienId, AlienEvent, LegalPosition> states;

    public PersonOverviewProjection(JdbcClient jdbc, LatestStates<AlienId, AlienEvent, LegalPosition> states) {
        this.jdbc = jdbc;
        this.states = states;
    }

    @EventHandler
    void on(
            AlienEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        COLUMNS.row(PersonOverview.of(states.after(event, sequence), sequence, recordedAt))
                .upsert(jdbc);
    }

    @ResetHandler
    void reset() {
        states.forgetAll();
        jdbc.sql("TRUNCATE projections.person_overview").update();
    }

    @QueryHandler
    public Optional<PersonOverview> handle(FindPersonOverview query) {
        return jdbc.sql(COLUMNS.select() + " WHERE alien_id = :id")
                .param("id", query.alienId().value())
                .query((rs, row) -> COLUMNS.read(rs))
                .optional();
    }
}
