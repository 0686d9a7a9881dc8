package nl.terugkeer.api.aliens;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.accesslog.RequestAccess;
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

    @PostMapping("/v1/aliens/_zoek")
    ResponseEntity<?> persons(@RequestBody Search search) {
        if (invalid(search)) {
            return ResponseEntity.badRequest().body(Problems.malformedBody(CRITERIA));
        }
        List<UUID> found = find(search);
        RequestAccess.returned(found); // each person returned gets an access-log record
        List<Map<String, Object>> persons = found.stream()
                .map(id -> Map.<String, Object>of(
                        "alienId", id, "_links", Map.of("self", Map.of("href", "/v1/aliens/" + id))))
                .toList();
        return ResponseEntity.ok(Map.of("persons", persons));
    }

    /**
     * The cases of the persons found. Scoped like a read (issue 9): a municipality gets only the cases of its own
     * municipality, never another's, exactly as {@code GET /v1/cases/{caseId}} answers it 404 for those. A search by
     * V-number (an exact identifier, not a way to enumerate) also lists the person found as {@code persons}, so that
     * a municipality can signal a case for a person who has none of its own.
     */
    @PostMapping("/v1/cases/_zoek")
    ResponseEntity<?> cases(@RequestBody Search search) {
        if (invalid(search)) {
            return ResponseEntity.badRequest().body(Problems.malformedBody(CRITERIA));
        }
        Optional<String> municipality =
                Actor.current().filter(actor -> actor.is(Role.GEMEENTE)).map(Actor::organisation);
        List<UUID> found = find(search);
        List<Map<String, Object>> cases = found.stream()
                .flatMap(alienId -> queries
                        .query(
                                new FindCasesOfPerson(new AlienId(alienId)),
                                ResponseTypes.multipleInstancesOf(CaseId.class))
                        .join()
                        .stream()
                        .filter(caseId -> municipality.isEmpty() || municipality.equals(municipalityOf(caseId)))
                        .map(caseId -> Map.<String, Object>of(
                                "caseId", caseId.value(),
                                "alienId", alienId,
                                "_links", Map.of("self", Map.of("href", "/v1/cases/" + caseId)))))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cases", cases);
        RequestAccess.returned(cases.stream().map(c -> (UUID) c.get("alienId")).toList());
        if (search.vNumber() != null) {
            RequestAccess.returned(found);
            body.put(
                    "persons",
                    found.stream()
                            .map(id -> Map.<String, Object>of("alienId", id))
                            .toList());
        }
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
