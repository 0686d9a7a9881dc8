package nl.terugkeer.projections.personoverview;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.core.aliens.LegalPosition;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.shared.AlienId;
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
        jdbc.sql("INSERT INTO projections.person_overview AS o (" + COLUMNS + """
                        ) VALUES (:alienId, :registeredOn, :claimedNationality, :establishedNationality, :stateless,
                                  :identityEstablished, :unaccompaniedMinor, :pendingApplication, :asylumKind,
                                  :asylumFiledOn, :asylumOutcome, :asylumDecidedOn, :termDays, :termEndsOn,
                                  :deferralKind, :deferralFrom, :deferralLastDay, :permitKind, :permitValidFrom,
                                  :permitValidUntil, :entryBanImposedOn, :reflectionEndsOn, :sequence, :recordedAt)
                        ON CONFLICT (alien_id) DO UPDATE SET
                            established_nationality = EXCLUDED.established_nationality,
                            stateless = EXCLUDED.stateless, identity_established = EXCLUDED.identity_established,
                            unaccompanied_minor = EXCLUDED.unaccompanied_minor,
                            pending_application = EXCLUDED.pending_application,
                            latest_asylum_kind = EXCLUDED.latest_asylum_kind,
                            latest_asylum_filed_on = EXCLUDED.latest_asylum_filed_on,
                            latest_asylum_outcome = EXCLUDED.latest_asylum_outcome,
                            latest_asylum_decided_on = EXCLUDED.latest_asylum_decided_on,
                            departure_term_days = EXCLUDED.departure_term_days,
                            departure_term_ends_on = EXCLUDED.departure_term_ends_on,
                            deferral_kind = EXCLUDED.deferral_kind, deferral_from = EXCLUDED.deferral_from,
                            deferral_last_day = EXCLUDED.deferral_last_day, permit_kind = EXCLUDED.permit_kind,
                            permit_valid_from = EXCLUDED.permit_valid_from,
                            permit_valid_until = EXCLUDED.permit_valid_until,
                            entry_ban_imposed_on = EXCLUDED.entry_ban_imposed_on,
                            reflection_period_ends_on = EXCLUDED.reflection_period_ends_on,
                            last_sequence = EXCLUDED.last_sequence, last_recorded_at = EXCLUDED.last_recorded_at
                        WHERE o.last_sequence < EXCLUDED.last_sequence
                        """)
                .param("alienId", p.alienId())
                .param("registeredOn", p.registeredOn())
                .param("claimedNationality", p.claimedNationality())
                .param("establishedNationality", p.establishedNationality())
                .param("stateless", p.stateless())
                .param("identityEstablished", p.identityEstablished())
                .param("unaccompaniedMinor", p.unaccompaniedMinor())
                .param("pendingApplication", p.pendingApplication())
                .param("asylumKind", p.latestAsylumKind())
                .param("asylumFiledOn", p.latestAsylumFiledOn())
                .param("asylumOutcome", p.latestAsylumOutcome())
                .param("asylumDecidedOn", p.latestAsylumDecidedOn())
                .param("termDays", p.departureTermDays())
                .param("termEndsOn", p.departureTermEndsOn())
                .param("deferralKind", p.deferralKind())
                .param("deferralFrom", p.deferralFrom())
                .param("deferralLastDay", p.deferralLastDay())
                .param("permitKind", p.permitKind())
                .param("permitValidFrom", p.permitValidFrom())
                .param("permitValidUntil", p.permitValidUntil())
                .param("entryBanImposedOn", p.entryBanImposedOn())
                .param("reflectionEndsOn", p.reflectionPeriodEndsOn())
                .param("sequence", sequence)
                .param("recordedAt", Timestamp.from(recordedAt))
                .update();
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
