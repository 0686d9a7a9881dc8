package nl.terugkeer.api.accesslog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.terugkeer.api.commandside.CommandSideRegisters;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.api.http.TraceIds;
import nl.terugkeer.api.security.AccessPolicy;
import nl.terugkeer.api.security.Actor;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every request that reads or changes a person's or case's data, the access log itself and the operations on
 * the read models, whatever its outcome (also 403 and 404), so that no access goes unrecorded (issue 9, ADR 0009):
 * <ul>
 *   <li>a command is recorded in the command's own transaction ({@link AccessLogCommandRecorder}): if it commits, so
 *       does its record, and if the record cannot be written, the command does not commit;
 *   <li>every other request is recorded here once its answer is known but before any of it leaves: the answer is
 *       held back until the record is written, and is replaced by 503 if it cannot be;
 *   <li>a request that returns several persons (a search) gets one child record per person, by pseudonym.
 * </ul>
 * Runs inside Spring Security's chain, after authentication and around the authorization decision, so it knows the
 * actor and the final status. Requests with an invalid token are refused by the resource server before this filter
 * and are not logged.
 */
public class AccessLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLogFilter.class);
    private static final Pattern LOGGED = Pattern.compile(
            "/v1/(cases|aliens|work-lists|access-log|admin|subscriptions|statistics|feed(?!/schemas/))(/.*)?");
    private static final Pattern ALIEN_PATH = Pattern.compile("/v1/aliens/([0-9a-fA-F-]{36})(/.*)?");
    private static final Pattern CASE_PATH = Pattern.compile("/v1/cases/([0-9a-fA-F-]{36})(/.*)?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccessLog accessLog;
    private final Pseudonyms pseudonyms;
    private final CommandSideRegisters registers;

    public AccessLogFilter(AccessLog accessLog, Pseudonyms pseudonyms, CommandSideRegisters registers) {
        this.accessLog = accessLog;
        this.pseudonyms = pseudonyms;
        this.registers = registers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGGED.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestAccess access = new RequestAccess(
                TraceIds.of(request),
                TraceIds.newSpanId(),
                TraceIds.parentSpanOf(request),
                Instant.now(),
                request.getMethod(),
                request.getRequestURI());
        request.setAttribute(RequestAccess.ATTRIBUTE, access);
        Map<String, String> outerHeaders = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            outerHeaders.put(name, response.getHeader(name));
        }
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        boolean failed = true;
        try {
            chain.doFilter(request, held);
            failed = false;
        } finally {
            if (failed) {
                recordFailure(access);
            } else if (access.recordedWithCommand()) {
                held.copyBodyToResponse(); // recorded in the command's transaction
            } else {
                try {
                    accessLog.appendAll(records(access, held.getStatus(), held));
                    held.copyBodyToResponse();
                } catch (RuntimeException unavailable) { // AccessLogUnavailable, or the case register unreadable
                    log.error(
                            "The access log could not record a request (trace {}); answering 503 instead",
                            access.traceId,
                            unavailable);
                    answerUnavailable(response, outerHeaders);
                }
            }
        }
    }

    /** The handler failed with an exception that will become a 500: record it if possible, it is answered anyway. */
    private void recordFailure(RequestAccess access) {
        try {
            accessLog.appendAll(records(access, 500, null));
        } catch (RuntimeException e) {
            log.error("The access log could not record a failed request (trace {})", access.traceId, e);
        }
    }

    /** Nothing of the held answer leaves: the same headers as the outer filters set, and a 503 problem. */
    static void answerUnavailable(HttpServletResponse response, Map<String, String> outerHeaders) throws IOException {
        if (response.isCommitted()) {
            log.error("The answer was already on its way and could not be withheld");
            return;
        }
        response.reset();
        outerHeaders.forEach(response::setHeader);
        response.setHeader("Retry-After", "5");
        Problems.write(
                response,
                503,
                "Service unavailable",
                "The access log cannot record this request, so it is not answered; try again later.",
                "ACCESS_LOG_UNAVAILABLE");
    }

    /** The request's record, and one child record per person it returned when it returned several. */
    private List<AccessLog.Record> records(RequestAccess access, int status, ContentCachingResponseWrapper held) {
        Optional<UUID> subject = person(access.uri, held, status);
        List<UUID> returned = access.returnedPersons().stream()
                .filter(id -> subject.isEmpty() || !subject.get().equals(id))
                .toList();
        List<AccessLog.Record> records = new ArrayList<>();
        if (subject.isEmpty() && returned.size() == 1) {
            records.add(record(access, status, returned.getFirst(), access.spanId, access.parentSpanId, ""));
            return records;
        }
        records.add(record(access, status, subject.orElse(null), access.spanId, access.parentSpanId, ""));
        for (UUID person : returned) {
            records.add(record(access, status, person, TraceIds.newSpanId(), access.spanId, ": a person returned"));
        }
        return records;
    }

    private AccessLog.Record record(
            RequestAccess access, int status, UUID person, String spanId, String parentSpanId, String nameSuffix) {
        return of(
                access,
                Actor.current(),
                status,
                person == null ? null : pseudonyms.of(person),
                spanId,
                parentSpanId,
                nameSuffix);
    }

    /** A record of {@code access} with the given outcome; shared with {@link AccessLogCommandRecorder}. */
    static AccessLog.Record of(
            RequestAccess access,
            Optional<Actor> actor,
            int status,
            String pseudonym,
            String spanId,
            String parentSpanId,
            String nameSuffix) {
        Optional<AccessPolicy.Operation> operation = AccessPolicy.match(access.method, access.uri);
        return new AccessLog.Record(
                actor.map(Actor::userId).orElse(null),
                actor.map(a -> a.role().name()).orElse(null),
                actor.map(Actor::organisation).orElse(null),
                action(access.method, access.uri),
                access.method,
                resource(access.uri),
                pseudonym,
                access.traceId,
                status,
                spanId,
                parentSpanId,
                operation.map(AccessPolicy.Operation::activity).orElse(access.method + " " + resource(access.uri))
                        + nameSuffix,
                access.start,
                Instant.now(),
                status >= 500 ? "ERROR" : status >= 400 ? "UNSET" : "OK",
                operation.map(AccessPolicy.Operation::processingActivity).orElse(null),
                callingApplication());
    }

    /** The application that called on the user's behalf ({@code azp} of the token), if the token names one. */
    private static String callingApplication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                ? jwt.getClaimAsString("azp")
                : null;
    }

    static String action(String method, String uri) {
        return switch (method) {
            case "GET", "HEAD" -> "READ";
            case "POST" -> uri.endsWith("/_zoek") ? "SEARCH" : "CHANGE";
            case "PUT", "PATCH", "DELETE" -> "CHANGE";
            default -> method;
        };
    }

    /** The path, with a person's id replaced by a placeholder: the entry names the person only by pseudonym. */
    static String resource(String uri) {
        Matcher alien = ALIEN_PATH.matcher(uri);
        return alien.matches() ? "/v1/aliens/{alienId}" + (alien.group(2) == null ? "" : alien.group(2)) : uri;
    }

    private Optional<UUID> person(String uri, ContentCachingResponseWrapper held, int status) {
        Matcher alien = ALIEN_PATH.matcher(uri);
        if (alien.matches()) {
            return uuid(alien.group(1));
        }
        Matcher caseMatcher = CASE_PATH.matcher(uri);
        if (caseMatcher.matches()) {
            return uuid(caseMatcher.group(1)).flatMap(this::alienOfCase);
        }
        if (held != null && status == 201 && (uri.equals("/v1/aliens") || uri.equals("/v1/cases"))) {
            JsonNode body = JSON.readTree(held.getContentAsByteArray());
            if (body.hasNonNull("alienId")) {
                return uuid(body.get("alienId").asString());
            }
            if (body.hasNonNull("caseId")) {
                return uuid(body.get("caseId").asString()).flatMap(this::alienOfCase);
            }
        }
        return Optional.empty();
    }

    private Optional<UUID> alienOfCase(UUID caseId) {
        return registers.alienOf(new CaseId(caseId)).map(AlienId::value);
    }

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
