package nl.terugkeer.api.cases;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.aliens.PersonOverviews;
import nl.terugkeer.api.concurrency.CommandAnswers;
import nl.terugkeer.api.concurrency.VersionedCommands;
import nl.terugkeer.api.http.AsOfQuery;
import nl.terugkeer.api.http.Links;
import nl.terugkeer.api.http.Paging;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.api.security.CommandMetadata;
import nl.terugkeer.api.security.NeedToKnow;
import nl.terugkeer.core.cases.SignalSource;
import nl.terugkeer.core.cases.commands.SignalReturn;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import nl.terugkeer.projections.Slice;
import nl.terugkeer.projections.asof.AsOfViews;
import nl.terugkeer.projections.casehistory.FindCaseHistory;
import nl.terugkeer.projections.casehistory.HistoryEntry;
import nl.terugkeer.projections.casestatus.CaseStatus;
import nl.terugkeer.projections.casestatus.FindCaseStatus;
import nl.terugkeer.projections.personoverview.PersonOverview;
import nl.terugkeer.projections.worklist.DeadlineKind;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Return cases: signal one, read where it stands. */
@RestController
@RequestMapping("/v1/cases")
class CaseController {

    private final VersionedCommands commands;
    private final CommandAnswers answers;
    private final QueryGateway queries;
    private final Clock clock;
    private final AsOfViews asOfViews;
    private final PersonOverviews persons;
    private final JsonMapper json;

    CaseController(
            VersionedCommands commands,
            CommandAnswers answers,
            QueryGateway queries,
            Clock clock,
            AsOfViews asOfViews,
            PersonOverviews persons,
            JsonMapper json) {
        this.commands = commands;
        this.answers = answers;
        this.queries = queries;
        this.clock = clock;
        this.asOfViews = asOfViews;
        this.persons = persons;
        this.json = json;
    }

    /** {@code municipalityCode} is required when the source is {@code MUNICIPALITY}. */
    record SignalReturnRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID alienId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            SignalSource source,

            @Schema(pattern = "^GM[0-9]{4}$", example = "GM0363")
            String municipalityCode,

            String reason,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate signalledOn) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> signalReturn(
            @RequestBody SignalReturnRequest request,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            CommandMetadata metadata) {
        CaseId caseId = CaseId.newId();
        var recorded = commands.send(
                new SignalReturn(
                        caseId,
                        request.alienId() == null ? null : new AlienId(request.alienId()),
                        request.source(),
                        request.municipalityCode() == null ? null : new MunicipalityCode(request.municipalityCode()),
                        request.reason(),
                        request.signalledOn()),
                metadata.asMetaData());
        URI self = URI.create("/v1/cases/" + caseId);
        return answers.createdOnCase(
                self,
                caseId,
                recorded,
                Map.of("caseId", caseId.value(), "_links", Map.of("self", Map.of("href", self.toString()))),
                prefer);
    }

    record Deadline(String kind, LocalDate dueOn, String note) {

        static Deadline of(DeadlineKind kind, LocalDate dueOn) {
            return new Deadline(kind.name(), dueOn, kind.note());
        }
    }

    record CaseStatusResponse(
            UUID caseId,
            UUID alienId,
            String phase,
            String signalSource,
            String municipalityCode,
            String reason,
            LocalDate signalledOn,
            String caseManager,
            List<String> activeMeasures,
            List<String> openObstacles,
            Detention detention,
            boolean detentionPastMaximum,
            LocalDate vblEndsOn,
            Departure departure,
            LocalDate closedOn,
            long daysOpen,
            List<Deadline> nextDeadlines,
            Links _links) {

        static CaseStatusResponse of(CaseStatus status, Optional<PersonOverview> person, LocalDate today) {
            List<Deadline> deadlines = new ArrayList<>();
            person.map(PersonOverview::departureTermEndsOn)
                    .filter(end -> !end.isBefore(today))
                    .ifPresent(end -> deadlines.add(Deadline.of(DeadlineKind.DEPARTURE_TERM_END, end)));
            person.map(PersonOverview::deferralLastDay)
                    .filter(end -> !end.isBefore(today))
                    .ifPresent(end -> deadlines.add(Deadline.of(DeadlineKind.ART_64_END, end)));
            boolean pastMaximum = status.detentionPastMaximumOn(today);
            if (status.detentionMaximumEndOn() != null) {
                deadlines.add(Deadline.of(
                        pastMaximum ? DeadlineKind.DETENTION_PAST_MAXIMUM : DeadlineKind.DETENTION_MAXIMUM,
                        status.detentionMaximumEndOn()));
            }
            if (status.vblEndsOn() != null) {
                deadlines.add(Deadline.of(DeadlineKind.VBL_END, status.vblEndsOn()));
            }
            deadlines.sort(Comparator.comparing(Deadline::dueOn));
            LocalDate openUntil = status.closedOn() != null ? status.closedOn() : today;
            String self = "/v1/cases/" + status.caseId();
            return new CaseStatusResponse(
                    status.caseId(),
                    status.alienId(),
                    status.phase(),
                    status.signalSource(),
                    status.municipalityCode(),
                    status.reason(),
                    status.signalledOn(),
                    status.caseManager(),
                    status.activeMeasures(),
                    status.openObstacles(),
                    detentionOf(status, pastMaximum),
                    pastMaximum,
                    status.vblEndsOn(),
                    status.departureType() == null
                            ? null
                            : new Departure(status.departureType(), status.departedOn(), status.departurePresumed()),
                    status.closedOn(),
                    ChronoUnit.DAYS.between(status.signalledOn(), openUntil),
                    deadlines,
                    Links.self(self).withHistory(self + "/history"));
        }
    }

    /** The current detention: basis, ground (absent for one recorded before grounds were), dates, past its maximum. */
    record Detention(String basis, String ground, LocalDate orderedOn, LocalDate maximumEndOn, boolean pastMaximum) {}

    /** How the person left (or is presumed to have left), and when. */
    record Departure(String type, LocalDate departedOn, Boolean presumed) {}

    private static Detention detentionOf(CaseStatus status, boolean pastMaximum) {
        return status.detentionBasis() == null
                ? null
                : new Detention(
                        status.detentionBasis(),
                        status.detentionGround(),
                        status.detentionOrderedOn(),
                        status.detentionMaximumEndOn(),
                        pastMaximum);
    }

    /**
     * Where the case stands: now from the case-status projection, or, with {@code geldigOp} (valid on a business
     * date) and/or {@code beschikbaarOp} (as known at a recording time), folded from the stored events.
     */
    @GetMapping("/{caseId}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CaseStatusResponse.class)))
    ResponseEntity<?> status(@PathVariable UUID caseId, @ParameterObject AsOfQuery asOf) {
        Optional<CaseStatus> found = asOf.isNow()
                ? queries.query(
                                new FindCaseStatus(new CaseId(caseId)),
                                ResponseTypes.optionalInstanceOf(CaseStatus.class))
                        .join()
                : asOfViews.caseStatus(new CaseId(caseId), asOf.resolve(clock));
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("case"));
        }
        return ResponseEntity.ok()
                .eTag(Long.toString(found.get().version()))
                .body(NeedToKnow.ofCurrentActor(json)
                        .caseStatus(CaseStatusResponse.of(
                                found.get(),
                                // the person's deadlines (departure term, art. 64) from the same point of view
                                persons.of(new AlienId(found.get().alienId()), asOf),
                                asOf.resolve(clock).validOn())));
    }

    @GetMapping("/{caseId}/history")
    ResponseEntity<?> history(
            @PathVariable UUID caseId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_PAGE_SIZE) int pageSize) {
        Paging paging = new Paging(page, pageSize);
        if (!paging.valid()) {
            return ResponseEntity.badRequest().body(Problems.malformedQuery(Paging.rule()));
        }
        List<HistoryEntry> entries = queries.query(
                        new FindCaseHistory(new CaseId(caseId), paging.slice()),
                        ResponseTypes.multipleInstancesOf(HistoryEntry.class))
                .join();
        if (entries.isEmpty() && (page == 1 || !exists(new CaseId(caseId)))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("case"));
        }
        NeedToKnow view = NeedToKnow.ofCurrentActor(json);
        return ResponseEntity.ok(
                paging.of(entries.stream().map(view::historyEntry).toList(), "/v1/cases/" + caseId + "/history"));
    }

    /** Whether the case has a history at all (a page past the end of one is empty, not unknown). */
    private boolean exists(CaseId caseId) {
        return !queries.query(
                        new FindCaseHistory(caseId, new Slice(0, 1)),
                        ResponseTypes.multipleInstancesOf(HistoryEntry.class))
                .join()
                .isEmpty();
    }
}
