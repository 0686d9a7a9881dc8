package nl.terugkeer.api.aliens;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.accesslog.RequestAccess;
import nl.terugkeer.api.http.Links;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.api.security.Actor;
import nl.terugkeer.api.security.Role;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.VNumber;
import nl.terugkeer.projections.casehistory.FindPersons;
import nl.terugkeer.projections.casestatus.CaseStatus;
import nl.terugkeer.projections.casestatus.FindCaseStatus;
import nl.terugkeer.projections.entitlement.FindCasesOfPerson;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Searching by V-number or name: a POST to a {@code _zoek} resource, so that personal data stays in the body and
 * never reaches a URL, a query string or a log line (NL API Design Rules; product.md).
 */
@RestController
class PersonSearchController {

    private final QueryGateway queries;

    PersonSearchController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Search by {@code vNumber}, or by {@code surname} (with {@code dateOfBirth} to narrow it). */
    record Search(String vNumber, String surname, LocalDate dateOfBirth) {

        @Override
        public String toString() {
            return "Search[***]";
        }
    }

    /** A person found, by id only (no personal data in the answer). */
    record PersonFound(UUID alienId, Links _links) {
        static PersonFound of(UUID alienId) {
            return new PersonFound(alienId, Links.self("/v1/aliens/" + alienId));
        }
    }

    record PersonsFound(List<PersonFound> persons) {}

    record CaseFound(UUID caseId, UUID alienId, Links _links) {}

    /** The cases found; with a V-number also the person, so that a municipality can signal a first case. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CasesFound(List<CaseFound> cases, List<PersonFound> persons) {}

    @PostMapping("/v1/aliens/_zoek")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = PersonsFound.class)))
    ResponseEntity<?> persons(@RequestBody Search search) {
        if (invalid(search)) {
            return ResponseEntity.badRequest().body(Problems.malformedBody(CRITERIA));
        }
        List<UUID> found = find(search);
        RequestAccess.returned(found); // each person returned gets an access-log record
        return ResponseEntity.ok(
                new PersonsFound(found.stream().map(PersonFound::of).toList()));
    }

    /**
     * The cases of the persons found. Scoped like a read (issue 9): a municipality gets only the cases of its own
     * municipality, never another's, exactly as {@code GET /v1/cases/{caseId}} answers it 404 for those. A search by
     * V-number (an exact identifier, not a way to enumerate) also lists the person found as {@code persons}, so that
     * a municipality can signal a case for a person who has none of its own.
     */
    @PostMapping("/v1/cases/_zoek")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CasesFound.class)))
    ResponseEntity<?> cases(@RequestBody Search search) {
        if (invalid(search)) {
            return ResponseEntity.badRequest().body(Problems.malformedBody(CRITERIA));
        }
        Optional<String> municipality =
                Actor.current().filter(actor -> actor.is(Role.GEMEENTE)).map(Actor::organisation);
        List<UUID> found = find(search);
        List<CaseFound> cases = found.stream()
                .flatMap(alienId -> queries
                        .query(
                                new FindCasesOfPerson(new AlienId(alienId)),
                                ResponseTypes.multipleInstancesOf(CaseId.class))
                        .join()
                        .stream()
                        .filter(caseId -> municipality.isEmpty() || municipality.equals(municipalityOf(caseId)))
                        .map(caseId -> new CaseFound(caseId.value(), alienId, Links.self("/v1/cases/" + caseId))))
                .toList();
        RequestAccess.returned(cases.stream().map(CaseFound::alienId).toList());
        List<PersonFound> persons = null;
        if (search.vNumber() != null) {
            RequestAccess.returned(found);
            persons = found.stream().map(PersonFound::of).toList();
        }
        CasesFound body = new CasesFound(cases, persons);
        return ResponseEntity.ok(body);
    }

    private Optional<String> municipalityOf(CaseId caseId) {
        return queries.query(new FindCaseStatus(caseId), ResponseTypes.optionalInstanceOf(CaseStatus.class))
                .join()
                .map(CaseStatus::municipalityCode);
    }

    private static final String CRITERIA = "give a vNumber (10 digits), or a surname (optionally with dateOfBirth)";

    private static boolean invalid(Search search) {
        if (search.vNumber() != null) {
            new VNumber(search.vNumber()); // refuses anything but 10 digits with a 400
            return false;
        }
        return search.surname() == null || search.surname().isBlank();
    }

    private List<UUID> find(Search search) {
        return queries.query(
                        new FindPersons(search.vNumber(), search.surname(), search.dateOfBirth()),
                        ResponseTypes.multipleInstancesOf(UUID.class))
                .join();
    }
}
