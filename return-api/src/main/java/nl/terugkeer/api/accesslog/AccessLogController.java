package nl.terugkeer.api.accesslog;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.terugkeer.api.http.Links;
import nl.terugkeer.api.http.Paging;
import nl.terugkeer.api.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The access log for auditors: filter by person pseudonym, user or trace id, newest first, paginated with
 * {@code _links}. {@code POST /v1/access-log/_zoek} finds by the person's id (in the body, turned into the pseudonym
 * here), so that an auditor need not compute pseudonyms.
 */
@RestController
class AccessLogController {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    private static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    private final AccessLog accessLog;
    private final Pseudonyms pseudonyms;

    AccessLogController(AccessLog accessLog, Pseudonyms pseudonyms) {
        this.accessLog = accessLog;
        this.pseudonyms = pseudonyms;
    }

    @GetMapping("/v1/access-log")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AccessLogPage.class)))
    ResponseEntity<?> entries(
            @RequestParam(required = false) String personPseudonym,
            @RequestParam(required = false) String userId,
            @RequestParam(required = false) String traceId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int pageSize) {
        return answer(personPseudonym, userId, traceId, page, pageSize);
    }

    /**
     * @param alienId the person's id; turned into its pseudonym
     */
    record Search(UUID alienId, String userId, String traceId, Integer page, Integer pageSize) {}

    @PostMapping("/v1/access-log/_zoek")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AccessLogPage.class)))
    ResponseEntity<?> search(@RequestBody Search search) {
        return answer(
                search.alienId() == null ? null : pseudonyms.of(search.alienId()),
                search.userId(),
                search.traceId(),
                search.page() == null ? 1 : search.page(),
                search.pageSize() == null ? DEFAULT_PAGE_SIZE : search.pageSize());
    }

    private ResponseEntity<?> answer(String person, String userId, String traceId, int page, int pageSize) {
        List<String> errors = new ArrayList<>();
        if (person != null && !PSEUDONYM.matcher(person).matches()) {
            errors.add("personPseudonym must be 64 lower-case hex characters");
        }
        if (userId != null && !USER_ID.matcher(userId).matches()) {
            errors.add("userId must be 1-100 characters of letters, digits and . _ : @ -");
        }
        if (traceId != null && !TRACE_ID.matcher(traceId).matches()) {
            errors.add("traceId must be 32 lower-case hex characters");
        }
        if (page < 1) {
            errors.add("page must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            errors.add("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (!errors.isEmpty()) {
            ProblemDetail problem = Problems.of(
                    HttpStatus.BAD_REQUEST, "Invalid access-log query", "INVALID_QUERY", String.join("; ", errors));
            problem.setProperty("errors", errors);
            return ResponseEntity.badRequest().body(problem);
        }
        Paging paging = new Paging(page, pageSize);
        List<AccessLog.Entry> rows = accessLog.find(
                new AccessLog.Filter(person, userId, traceId),
                paging.slice().offset(),
                paging.slice().limit());
        return ResponseEntity.ok(paging.of(rows, path(person, userId, traceId)));
    }

    /** A page of the access log, oldest first. */
    record AccessLogPage(List<AccessLog.Entry> entries, Links _links) {}

    /** The collection with the caller's filters; the page and its size are added by the paging. */
    private static String path(String person, String userId, String traceId) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/v1/access-log");
        if (person != null) {
            uri.queryParam("personPseudonym", person);
        }
        if (userId != null) {
            uri.queryParam("userId", userId);
        }
        if (traceId != null) {
            uri.queryParam("traceId", traceId);
        }
        return uri.build().toUriString();
    }
}
