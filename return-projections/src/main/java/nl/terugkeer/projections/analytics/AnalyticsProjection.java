package nl.terugkeer.projections.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.aliens.events.AlienRegistered;
import nl.terugkeer.core.aliens.events.NationalityEstablished;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.entitlement.EntitlementPeriod;
import nl.terugkeer.core.entitlement.EntitlementPolicy;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.VersionedRow;
import nl.terugkeer.projections.asof.AsOfViews;
import nl.terugkeer.projections.folds.LatestStates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the {@code analytics} schema (issue 10, ADR 0025): {@code case_fact} (one row per case, from core's fold,
 * guarded by the case's sequence number), {@code entitlement_period} (a person's periods recomputed with core's policy
 * and replaced) and {@code stock_flow_month} (recomputed from {@code case_fact} for the municipalities a batch
 * touched). Every write is a replacement, so replays change nothing. One segment: a person's facts come from several
 * aggregates. Identifiers never reach the schema: persons and cases by {@link AnalyticsKeys}.
 */
@ProcessingGroup(AnalyticsProjection.PROCESSING_GROUP)
public class AnalyticsProjection {

    public static final String PROCESSING_GROUP = "analytics";

    private static final String PERSONS = AnalyticsProjection.class.getName() + ".persons";
    private static final String MUNICIPALITIES = AnalyticsProjection.class.getName() + ".municipalities";

    private final JdbcClient jdbc;
    private final LatestStates<CaseId, CaseEvent, CaseState> states;
    private final AsOfViews views;
    private final EntitlementPolicy policy;
    private final AnalyticsKeys keys;
    private final Clock clock;

    public AnalyticsProjection(
            JdbcClient jdbc,
            LatestStates<CaseId, CaseEvent, CaseState> states,
            AsOfViews views,
            EntitlementPolicy policy,
            AnalyticsKeys keys,
            Clock clock) {
        this.jdbc = jdbc;
        this.states = states;
        this.views = views;
        this.policy = policy;
        this.keys = keys;
        this.clock = clock;
    }

    @EventHandler
    void on(AlienEvent event) {
        if (event instanceof AlienRegistered registered) {
            jdbc.sql("""
                            INSERT INTO projections.analytics_person (alien_id, date_of_birth, nationality, unaccompanied_minor)
                            VALUES (:alienId, :birth, :nationality, :amv)
                            ON CONFLICT (alien_id) DO UPDATE SET date_of_birth = EXCLUDED.date_of_birth,
                                nationality = EXCLUDED.nationality, unaccompanied_minor = EXCLUDED.unaccompanied_minor
                            """)
                    .param("alienId", registered.alienId().value())
                    .param("birth", registered.dateOfBirth())
                    .param("nationality", registered.claimedNationality())
                    .param("amv", registered.unaccompaniedMinor())
                    .update();
            refreshPersonColumns(registered.alienId().value());
        } else if (event instanceof NationalityEstablished established) {
            jdbc.sql("UPDATE projections.analytics_person SET nationality = :nationality WHERE alien_id = :alienId")
                    .param("alienId", established.alienId().value())
                    .param("nationality", established.nationality())
                    .update();
            refreshPersonColumns(established.alienId().value());
        }
        touchPerson(event.alienId());
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        if (event instanceof ReturnSignalled signal) {
            jdbc.sql("INSERT INTO projections.analytics_case_person (case_id, alien_id) VALUES (:caseId, :alienId)"
                            + " ON CONFLICT DO NOTHING")
                    .param("caseId", signal.caseId().value())
                    .param("alienId", signal.alienId().value())
                    .update();
        }
        CaseState state = states.after(event, sequence);
        LocalDate today = LocalDate.now(clock);
        Optional<CaseFacts> found = CaseFacts.of(state, today);
        if (found.isEmpty()) {
            return;
        }
        CaseFacts facts = found.get();
        UUID alienId = state.alienId().value();
        Person person = person(alienId);
        VersionedRow.of("analytics.case_fact", "case_key")
                .set("case_key", keys.caseKey(state.caseId().value()))
                .set("person_key", keys.person(alienId))
                .set("source", facts.source())
                .set("municipality_code", facts.municipalityCode())
                .set("region", facts.region())
                .set("nationality", person.nationality())
                .set(
                        "year_of_birth",
                        person.birth() == null ? null : person.birth().getYear())
                .set("age_band", CaseFacts.ageBand(person.birth(), facts.signalledOn()))
                .set("unaccompanied_minor", person.amv())
                .set("signalled_week", facts.signalledWeek())
                .set("signalled_month", facts.signalledMonth())
                .set("signalled_quarter", facts.signalledQuarter())
                .set("phase", facts.phase())
                .set("outcome", facts.outcome())
                .set("departure_type", facts.departureType())
                .set("departure_presumed", facts.departurePresumed())
                .set("closed_week", facts.closedWeek())
                .set("closed_month", facts.closedMonth())
                .set("days_to_outcome", facts.daysToOutcome())
                .setTextArray("instruments", facts.instruments())
                .setTextArray("obstacle_types", facts.obstacleTypes())
                .setTextArray("open_obstacle_types", facts.openObstacleTypes())
                .set("obstacle_days", facts.obstacleDays())
                .set("escalations", facts.escalations())
                .setTextArray("escalation_domains", facts.escalationDomains())
                .set("reviews", facts.reviews())
                .setTextArray("review_participants", facts.reviewParticipants())
                .set("review_options_explored", facts.reviewOptionsExplored())
                .set("reopenings", facts.reopenings())
                .set("detention_basis", facts.detentionBasis())
                .set("detention_days", facts.detentionDays())
                .set("detention_max_days", facts.detentionMaxDays())
                .set("detention_past_maximum", facts.detentionPastMaximum())
                .set("vbl_days", facts.vblDays())
                .set("family_location_days", facts.familyLocationDays())
                .set("last_sequence", sequence)
                .upsert(jdbc);
        touchPerson(state.alienId());
        touchMunicipality(facts.municipalityCode() == null ? Regions.UNKNOWN : facts.municipalityCode());
    }

    @ResetHandler
    void reset() {
        states.forgetAll();
        jdbc.sql("TRUNCATE analytics.case_fact, analytics.entitlement_period, analytics.stock_flow_month,"
                        + " projections.analytics_person, projections.analytics_case_person")
                .update();
    }

    private record Person(LocalDate birth, String nationality, boolean amv) {}

    private Person person(UUID alienId) {
        return jdbc.sql("SELECT date_of_birth, nationality, unaccompanied_minor FROM projections.analytics_person"
                        + " WHERE alien_id = :alienId")
                .param("alienId", alienId)
                .query((rs, row) -> new Person(
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("nationality"),
                        rs.getBoolean("unaccompanied_minor")))
                .optional()
                .orElse(new Person(null, null, false));
    }

    /** A person's nationality (and year of birth) in the rows of their cases, after a change to the person. */
    private void refreshPersonColumns(UUID alienId) {
        Person person = person(alienId);
        jdbc.sql("UPDATE analytics.case_fact SET nationality = :nationality, year_of_birth = :year"
                        + " WHERE person_key = :person")
                .param("nationality", person.nationality())
                .param("year", person.birth() == null ? null : person.birth().getYear())
                .param("person", keys.person(alienId))
                .update();
    }

    // --- once per batch, just before the processor's unit of work commits (as EntitlementPeriodsProjection) ---

    private void touchPerson(AlienId alienId) {
        if (!CurrentUnitOfWork.isStarted()) {
            recomputeEntitlement(alienId);
            return;
        }
        batch(PERSONS, this::recomputeEntitlement).add(alienId);
    }

    private void touchMunicipality(String municipality) {
        if (!CurrentUnitOfWork.isStarted()) {
            recomputeStockAndFlow(municipality);
            return;
        }
        batch(MUNICIPALITIES, this::recomputeStockAndFlow).add(municipality);
    }

    private <T> Set<T> batch(String name, java.util.function.Consumer<T> atCommit) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(name, key -> {
            Set<T> touched = new LinkedHashSet<>();
            unitOfWork.onPrepareCommit(u -> touched.forEach(atCommit));
            return touched;
        });
    }

    private void recomputeEntitlement(AlienId alienId) {
        List<CaseId> cases = jdbc
                .sql("SELECT case_id FROM projections.analytics_case_person WHERE alien_id = :alienId ORDER BY case_id")
                .param("alienId", alienId.value())
                .query(UUID.class)
                .list()
                .stream()
                .map(CaseId::new)
                .toList();
        List<EntitlementPeriod> periods = policy.periods(views.personHistory(alienId, cases, Instant.MAX));
        String person = keys.person(alienId.value());
        jdbc.sql("DELETE FROM analytics.entitlement_period WHERE person_key = :person")
                .param("person", person)
                .update();
        for (EntitlementPeriod period : periods) {
            jdbc.sql("""
                            INSERT INTO analytics.entitlement_period (person_key, kind, legal_basis, from_week, from_month,
                                until_week, until_month, duration_days)
                            VALUES (:person, :kind, :basis, :fromWeek, :fromMonth, :untilWeek, :untilMonth, :days)
                            """)
                    .param("person", person)
                    .param("kind", period.kind().name())
                    .param("basis", period.legalBasis())
                    .param("fromWeek", CaseFacts.week(period.from()))
                    .param("fromMonth", CaseFacts.month(period.from()))
                    .param("untilWeek", period.until() == null ? null : CaseFacts.week(period.until()))
                    .param("untilMonth", period.until() == null ? null : CaseFacts.month(period.until()))
                    .param(
                            "days",
                            period.until() == null
                                    ? null
                                    : (int) ChronoUnit.DAYS.between(period.from(), period.until()) + 1)
                    .update();
        }
    }

    private void recomputeStockAndFlow(String municipality) {
        LocalDate lastMonth = CaseFacts.month(LocalDate.now(clock));
        jdbc.sql("DELETE FROM analytics.stock_flow_month WHERE municipality_code = :m")
                .param("m", municipality)
                .update();
        jdbc.sql("""
                        WITH f AS (
                            SELECT * FROM analytics.case_fact WHERE coalesce(municipality_code, :unknown) = :m
                        ), months AS (
                            SELECT generate_series(min(signalled_month),
                                greatest(:last, max(signalled_month), max(closed_month)), interval '1 month')::date AS month
                            FROM f
                        )
                        INSERT INTO analytics.stock_flow_month (municipality_code, region, month, open_at_start,
                            inflow, inflow_municipality, inflow_dtenv, inflow_ind, inflow_police, inflow_kmar,
                            outflow, outflow_departed, outflow_lawful_residence, outflow_deceased, outflow_administrative,
                            open_at_end)
                        SELECT :m, :region, months.month,
                            count(f.case_key) FILTER (WHERE f.signalled_month < months.month
                                AND (f.closed_month IS NULL OR f.closed_month >= months.month)),
                            count(f.case_key) FILTER (WHERE f.signalled_month = months.month),
                            count(f.case_key) FILTER (WHERE f.signalled_month = months.month AND f.source = 'MUNICIPALITY'),
                            count(f.case_key) FILTER (WHERE f.signalled_month = months.month AND f.source = 'DTENV'),
                            count(f.case_key) FILTER (WHERE f.signalled_month = months.month AND f.source = 'IND'),
                            count(f.case_key) FILTER (WHERE f.signalled_month = months.month AND f.source = 'POLICE'),
                            count(f.case_key) FILTER (WHERE f.signalled_month = months.month AND f.source = 'KMAR'),
                            count(f.case_key) FILTER (WHERE f.closed_month = months.month),
                            count(f.case_key) FILTER (WHERE f.closed_month = months.month AND f.outcome = 'DEPARTED'),
                            count(f.case_key) FILTER (WHERE f.closed_month = months.month
                                AND f.outcome = 'LAWFUL_RESIDENCE_GRANTED'),
                            count(f.case_key) FILTER (WHERE f.closed_month = months.month AND f.outcome = 'DECEASED'),
                            count(f.case_key) FILTER (WHERE f.closed_month = months.month AND f.outcome = 'ADMINISTRATIVE'),
                            count(f.case_key) FILTER (WHERE f.signalled_month <= months.month
                                AND (f.closed_month IS NULL OR f.closed_month > months.month))
                        FROM months CROSS JOIN f
                        GROUP BY months.month
                        """)
                .param("unknown", Regions.UNKNOWN)
                .param("m", municipality)
                .param("region", Regions.of(municipality))
                .param("last", lastMonth)
                .update();
    }
}
