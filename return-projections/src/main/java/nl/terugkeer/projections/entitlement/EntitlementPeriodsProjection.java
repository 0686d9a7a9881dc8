package nl.terugkeer.projections.entitlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.entitlement.EntitlementPeriod;
import nl.terugkeer.core.entitlement.EntitlementPolicy;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.asof.AsOfViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps {@code projections.entitlement_period}: after any event of a person or of one of the person's cases, the
 * person's periods are recomputed from the stored events with core's {@link EntitlementPolicy} and replaced, so
 * writes are idempotent. Runs in one segment, so that a person's events from several aggregates never race.
 */
@ProcessingGroup(EntitlementPeriodsProjection.PROCESSING_GROUP)
public class EntitlementPeriodsProjection {

    public static final String PROCESSING_GROUP = "entitlement-periods";

    private static final String TOUCHED = EntitlementPeriodsProjection.class.getName() + ".touched";

    private final JdbcClient jdbc;
    private final AsOfViews views;
    private final EntitlementPolicy policy;

    public EntitlementPeriodsProjection(JdbcClient jdbc, AsOfViews views, EntitlementPolicy policy) {
        this.jdbc = jdbc;
        this.views = views;
        this.policy = policy;
    }

    @EventHandler
    void on(AlienEvent event) {
        recomputeOnce(event.alienId());
    }

    @EventHandler
    void on(CaseEvent event) {
        if (event instanceof ReturnSignalled signal) {
            jdbc.sql("INSERT INTO projections.entitlement_case (case_id, alien_id) VALUES (:caseId, :alienId)"
                            + " ON CONFLICT DO NOTHING")
                    .param("caseId", signal.caseId().value())
                    .param("alienId", signal.alienId().value())
                    .update();
        }
        jdbc.sql("SELECT alien_id FROM projections.entitlement_case WHERE case_id = :caseId")
                .param("caseId", event.caseId().value())
                .query(UUID.class)
                .optional()
                .ifPresent(alienId -> recomputeOnce(new AlienId(alienId)));
    }

    /**
     * Recomputes a person's periods once per batch of events rather than once per event: the persons touched in
     * the processor's unit of work are collected and recomputed just before it commits, in the same transaction as
     * the token. A replay, which brings a person's events in batches of up to 100, reads each history once per batch.
     */
    private void recomputeOnce(AlienId alienId) {
        if (!CurrentUnitOfWork.isStarted()) {
            recompute(alienId);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Set<AlienId> touched = unitOfWork.getOrComputeResource(TOUCHED, key -> {
            Set<AlienId> persons = new LinkedHashSet<>();
            unitOfWork.onPrepareCommit(u -> persons.forEach(this::recompute));
            return persons;
        });
        touched.add(alienId);
    }

    private void recompute(AlienId alienId) {
        List<EntitlementPeriod> periods =
                policy.periods(views.personHistory(alienId, handle(new FindCasesOfPerson(alienId)), Instant.MAX));
        jdbc.sql("DELETE FROM projections.entitlement_period WHERE alien_id = :alienId")
                .param("alienId", alienId.value())
                .update();
        for (EntitlementPeriod period : periods) {
            jdbc.sql("""
                            INSERT INTO projections.entitlement_period (alien_id, valid_from, valid_until, kind, legal_basis)
                            VALUES (:alienId, :from, :until, :kind, :basis)
                            """)
                    .param("alienId", alienId.value())
                    .param("from", period.from())
                    .param("until", period.until())
                    .param("kind", period.kind().name())
                    .param("basis", period.legalBasis())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE projections.entitlement_period, projections.entitlement_case")
                .update();
    }

    @QueryHandler
    public List<EntitlementPeriod> handle(FindEntitlementPeriods query) {
        return jdbc.sql("""
                        SELECT kind, legal_basis, valid_from, valid_until FROM projections.entitlement_period
                        WHERE alien_id = :alienId ORDER BY valid_from
                        """)
                .param("alienId", query.alienId().value())
                .query((rs, row) -> new EntitlementPeriod(
                        nl.terugkeer.core.entitlement.EntitlementKind.valueOf(rs.getString("kind")),
                        rs.getString("legal_basis"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class)))
                .list();
    }

    @QueryHandler
    public List<CaseId> handle(FindCasesOfPerson query) {
        return jdbc
                .sql("SELECT case_id FROM projections.entitlement_case WHERE alien_id = :alienId ORDER BY case_id")
                .param("alienId", query.alienId().value())
                .query(UUID.class)
                .list()
                .stream()
                .map(CaseId::new)
                .toList();
    }
}
