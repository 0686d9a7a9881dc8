package nl.terugkeer.api.aliens;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.terugkeer.api.http.AsOfQuery;
import nl.terugkeer.api.http.Links;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.core.entitlement.EntitlementAnswer;
import nl.terugkeer.core.entitlement.EntitlementPeriod;
import nl.terugkeer.core.entitlement.EntitlementPolicy;
import nl.terugkeer.core.entitlement.PersonHistory;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.asof.AsOf;
import nl.terugkeer.projections.asof.AsOfViews;
import nl.terugkeer.projections.entitlement.FindCasesOfPerson;
import nl.terugkeer.projections.entitlement.FindEntitlementPeriods;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Is this person entitled to rijksopvang, on what basis, since when and until when: evaluated by core's
 * {@link EntitlementPolicy} on the stored events, today or as valid on {@code geldigOp} as known at
 * {@code beschikbaarOp}; and the person's periods of entitlement.
 */
@RestController
class EntitlementController {

    private final QueryGateway queries;
    private final AsOfViews views;
    private final EntitlementPolicy policy;
    private final Clock clock;

    EntitlementController(QueryGateway queries, AsOfViews views, EntitlementPolicy policy, Clock clock) {
        this.queries = queries;
        this.views = views;
        this.policy = policy;
        this.clock = clock;
    }

    record EntitlementResponse(
            UUID alienId, LocalDate geldigOp, Instant beschikbaarOp, EntitlementAnswer entitlement) {}

    @GetMapping("/v1/aliens/{alienId}/entitlement")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EntitlementResponse.class)))
    ResponseEntity<?> entitlement(@PathVariable UUID alienId, @ParameterObject AsOfQuery query) {
        AsOf asOf = query.resolve(clock);
        AlienId id = new AlienId(alienId);
        List<CaseId> cases = queries.query(new FindCasesOfPerson(id), ResponseTypes.multipleInstancesOf(CaseId.class))
                .join();
        PersonHistory history = views.personHistory(id, cases, asOf.knownAt());
        if (history.person().isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("person"));
        }
        return ResponseEntity.ok(new EntitlementResponse(
                alienId, asOf.validOn(), query.beschikbaarOp(), policy.on(history, asOf.validOn())));
    }

    /** The person's periods of entitlement and the cases they were derived from. */
    record EntitlementPeriods(UUID alienId, List<CaseId> cases, List<EntitlementPeriod> periods, Links _links) {}

    @GetMapping("/v1/aliens/{alienId}/entitlement-periods")
    EntitlementPeriods periods(@PathVariable UUID alienId) {
        List<EntitlementPeriod> periods = queries.query(
                        new FindEntitlementPeriods(new AlienId(alienId)),
                        ResponseTypes.multipleInstancesOf(EntitlementPeriod.class))
                .join();
        List<CaseId> cases = queries.query(
                        new FindCasesOfPerson(new AlienId(alienId)), ResponseTypes.multipleInstancesOf(CaseId.class))
                .join();
        return new EntitlementPeriods(
                alienId, cases, periods, Links.self("/v1/aliens/" + alienId + "/entitlement-periods"));
    }
}
