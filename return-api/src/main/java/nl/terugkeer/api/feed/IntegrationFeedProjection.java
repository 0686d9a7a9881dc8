package nl.terugkeer.api.feed;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.security.CommandMetadata;
import nl.terugkeer.core.aliens.events.AlienEvent;
import nl.terugkeer.core.cases.CasePhase;
import nl.terugkeer.core.cases.CaseState;
import nl.terugkeer.core.cases.events.CaseClosed;
import nl.terugkeer.core.cases.events.CaseEvent;
import nl.terugkeer.core.cases.events.ReturnSignalled;
import nl.terugkeer.core.entitlement.EntitlementPeriod;
import nl.terugkeer.core.entitlement.EntitlementPolicy;
import nl.terugkeer.core.entitlement.PersonHistory;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.asof.AsOfViews;
import nl.terugkeer.projections.folds.LatestStates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;

/**
 * Fills the downstream feed from the event store (ADR 24): after each event it derives what the read side now says
 * about the case (phase) and the person (periods of rijksopvang), compares that with what the feed said last, and
 * appends an integration event for each change, in the same transaction as the processor's token. Everything is
 * derived from the events as known at the event's recording time, so a replay derives the same changes and,
 * with the same deterministic ids, appends nothing new. Runs in one segment: the feed's order is its write order.
 */
@ProcessingGroup(IntegrationFeedProjection.PROCESSING_GROUP)
public class IntegrationFeedProjection {

    public static final String PROCESSING_GROUP = "integration-feed";

    private static final TypeReference<List<EntitlementPeriod>> PERIODS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final FeedStore feed;
    private final LatestStates<CaseId, CaseEvent, CaseState> caseStates;
    private final AsOfViews views;
    private final EntitlementPolicy policy;

    public IntegrationFeedProjection(
            JdbcClient jdbc,
            FeedStore feed,
            LatestStates<CaseId, CaseEvent, CaseState> caseStates,
            AsOfViews views,
            EntitlementPolicy policy) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.caseStates = caseStates;
        this.views = views;
        this.policy = policy;
    }

    private record Snapshot(UUID alienId, String municipalityCode, String phase, long lastSequence) {}

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, EventMessage<?> message) {
        CaseState state = caseStates.after(event, sequence);
        Optional<ReturnSignalled> signal = state.signal();
        if (signal.isEmpty()) {
            return;
        }
        UUID caseId = event.caseId().value();
        Optional<Snapshot> previous = jdbc.sql(
                        "SELECT alien_id, municipality_code, phase, last_sequence FROM feed.case_snapshot"
                                + " WHERE case_id = :caseId")
                .param("caseId", caseId)
                .query((rs, row) -> new Snapshot(
                        rs.getObject("alien_id", UUID.class),
                        rs.getString("municipality_code"),
                        rs.getString("phase"),
                        rs.getLong("last_sequence")))
                .optional();
        if (previous.isPresent() && previous.get().lastSequence() >= sequence) {
            return; // seen before (a redelivery without a reset)
        }
        String municipality = signal.get().municipality() == null
                ? null
                : signal.get().municipality().value();
        UUID alienId = signal.get().alienId().value();
        String phase = state.phase().name();
        jdbc.sql("""
                        INSERT INTO feed.case_snapshot (case_id, alien_id, municipality_code, phase, last_sequence)
                        VALUES (:caseId, :alienId, :municipality, :phase, :sequence)
                        ON CONFLICT (case_id) DO UPDATE SET municipality_code = EXCLUDED.municipality_code,
                            phase = EXCLUDED.phase, last_sequence = EXCLUDED.last_sequence
                        """)
                .param("caseId", caseId)
                .param("alienId", alienId)
                .param("municipality", municipality)
                .param("phase", phase)
                .param("sequence", sequence)
                .update();
        String previousPhase = previous.map(Snapshot::phase).orElse(null);
        if (!phase.equals(previousPhase)) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("caseId", caseId);
            data.put("previousPhase", previousPhase);
            data.put("phase", phase);
            data.put("municipalityCode", municipality);
            append(message, FeedType.ZAAK_FASE_GEWIJZIGD, caseId, municipality, "/v1/cases/" + caseId, data);
            if (state.phase() == CasePhase.CLOSED) {
                Map<String, Object> closed = new LinkedHashMap<>();
                closed.put("caseId", caseId);
                closed.put("closedOn", state.closure().map(CaseClosed::closedOn).orElse(null));
                closed.put("municipalityCode", municipality);
                append(message, FeedType.ZAAK_GESLOTEN, caseId, municipality, "/v1/cases/" + caseId, closed);
            }
        }
        entitlementMayHaveChanged(new AlienId(alienId), message);
    }

    @EventHandler
    void on(AlienEvent event, EventMessage<?> message) {
        entitlementMayHaveChanged(event.alienId(), message);
    }

    private void entitlementMayHaveChanged(AlienId alienId, EventMessage<?> message) {
        List<CaseId> cases = jdbc
                .sql("SELECT case_id FROM feed.case_snapshot WHERE alien_id = :alienId ORDER BY case_id")
                .param("alienId", alienId.value())
                .query(UUID.class)
                .list()
                .stream()
                .map(CaseId::new)
                .toList();
        PersonHistory history = views.personHistory(alienId, cases, message.getTimestamp());
        if (history.person().isEmpty()) {
            return;
        }
        List<EntitlementPeriod> now = policy.periods(history);
        List<EntitlementPeriod> before = jdbc.sql(
                        "SELECT periods::text FROM feed.entitlement_snapshot WHERE alien_id = :alienId")
                .param("alienId", alienId.value())
                .query(String.class)
                .optional()
                .map(json -> FeedStore.JSON.readValue(json, PERIODS))
                .orElse(List.of());
        if (Objects.equals(before, now)) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO feed.entitlement_snapshot (alien_id, periods) VALUES (:alienId, CAST(:periods AS jsonb))
                        ON CONFLICT (alien_id) DO UPDATE SET periods = EXCLUDED.periods
                        """)
                .param("alienId", alienId.value())
                .param("periods", FeedStore.JSON.writeValueAsString(now))
                .update();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alienId", alienId.value());
        data.put("previous", before.isEmpty() ? null : period(before.getLast()));
        data.put("current", now.isEmpty() ? null : period(now.getLast()));
        append(
                message,
                FeedType.RIJKSOPVANG_GEWIJZIGD,
                alienId.value(),
                null,
                "/v1/aliens/" + alienId.value() + "/entitlement-periods",
                data);
    }

    private static Map<String, Object> period(EntitlementPeriod period) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", period.kind().name());
        out.put("legalBasis", period.legalBasis());
        out.put("from", period.from());
        out.put("until", period.until());
        return out;
    }

    private void append(
            EventMessage<?> message,
            FeedType type,
            UUID subject,
            String municipality,
            String dataref,
            Map<String, Object> data) {
        Object correlation = message.getMetaData().get(CommandMetadata.CORRELATION_ID);
        Instant recordedAt = message.getTimestamp();
        feed.append(
                EventIds.of(message.getIdentifier(), type),
                type,
                subject,
                municipality,
                recordedAt,
                correlation == null ? null : correlation.toString(),
                dataref,
                data);
    }

    /** A replay rebuilds what the feed said last; the feed itself and its deliveries stay (same ids, no new rows). */
    @ResetHandler
    void reset() {
        caseStates.forgetAll();
        jdbc.sql("TRUNCATE feed.case_snapshot, feed.entitlement_snapshot").update();
    }
}
