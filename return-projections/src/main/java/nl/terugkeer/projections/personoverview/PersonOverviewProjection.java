package nl.terugkeer.projections.personoverview;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.projections.VersionedRow;
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

    private static final String COLUMNS = """
            alien_id, registered_on, claimed_nationality, established_nationality, stateless, identity_established,
            unaccompanied_minor, pending_application, latest_asylum_kind, latest_asylum_filed_on,
            latest_asylum_outcome, latest_asylum_decided_on, departure_term_days, departure_term_ends_on,
            deferral_kind, deferral_from, deferral_last_day, permit_kind, permit_valid_from, permit_valid_until,
            entry_ban_imposed_on, reflection_period_ends_on, last_sequence, last_recorded_at""";

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
        PersonOverview p = PersonOverview.of(states.after(event, sequence), sequence, recordedAt);
        VersionedRow.of("projections.person_overview", "alien_id")
                .set("alien_id", p.alienId())
                .set("registered_on", p.registeredOn())
                .set("claimed_nationality", p.claimedNationality())
                .set("established_nationality", p.establishedNationality())
                .set("stateless", p.stateless())
                .set("identity_established", p.identityEstablished())
                .set("unaccompanied_minor", p.unaccompaniedMinor())
                .set("pending_application", p.pendingApplication())
                .set("latest_asylum_kind", p.latestAsylumKind())
                .set("latest_asylum_filed_on", p.latestAsylumFiledOn())
                .set("latest_asylum_outcome", p.latestAsylumOutcome())
                .set("latest_asylum_decided_on", p.latestAsylumDecidedOn())
                .set("departure_term_days", p.departureTermDays())
                .set("departure_term_ends_on", p.departureTermEndsOn())
                .set("deferral_kind", p.deferralKind())
                .set("deferral_from", p.deferralFrom())
                .set("deferral_last_day", p.deferralLastDay())
                .set("permit_kind", p.permitKind())
                .set("permit_valid_from", p.permitValidFrom())
                .set("permit_valid_until", p.permitValidUntil())
                .set("entry_ban_imposed_on", p.entryBanImposedOn())
                .set("reflection_period_ends_on", p.reflectionPeriodEndsOn())
                .set("last_sequence", sequence)
                .set("last_recorded_at", Timestamp.from(recordedAt))
                .upsert(jdbc);
    }

    @ResetHandler
    void reset() {
        states.forgetAll();
        jdbc.sql("TRUNCATE projections.person_overview").update();
    }

    @QueryHandler
    public Optional<PersonOverview> handle(FindPersonOverview query) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM projections.person_overview WHERE alien_id = :id")
                .param("id", query.alienId().value())
                .query((rs, row) -> new PersonOverview(
                        rs.getObject("alien_id", UUID.class),
                        rs.getObject("registered_on", LocalDate.class),
                        rs.getString("claimed_nationality"),
                        rs.getString("established_nationality"),
                        rs.getBoolean("stateless"),
                        rs.getBoolean("identity_established"),
                        rs.getBoolean("unaccompanied_minor"),
                        rs.getBoolean("pending_application"),
                        rs.getString("latest_asylum_kind"),
                        rs.getObject("latest_asylum_filed_on", LocalDate.class),
                        rs.getString("latest_asylum_outcome"),
                        rs.getObject("latest_asylum_decided_on", LocalDate.class),
                        rs.getObject("departure_term_days", Integer.class),
                        rs.getObject("departure_term_ends_on", LocalDate.class),
                        rs.getString("deferral_kind"),
                        rs.getObject("deferral_from", LocalDate.class),
                        rs.getObject("deferral_last_day", LocalDate.class),
                        rs.getString("permit_kind"),
                        rs.getObject("permit_valid_from", LocalDate.class),
                        rs.getObject("permit_valid_until", LocalDate.class),
                        rs.getObject("entry_ban_imposed_on", LocalDate.class),
                        rs.getObject("reflection_period_ends_on", LocalDate.class),
                        rs.getLong("last_sequence"),
                        rs.getTimestamp("last_recorded_at").toInstant()))
                .optional();
    }
}
