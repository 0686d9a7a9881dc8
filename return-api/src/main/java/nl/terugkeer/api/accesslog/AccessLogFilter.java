package nl.terugkeer.api.accesslog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.terugkeer.api.commandside.CommandSideRegisters;
import nl.terugkeer.api.security.Actor;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends one access-log entry for every request that reads or changes a person's or case's data, whatever its
 * outcome (also 403 and 404). Runs inside Spring Security's chain, after authentication and around the
 * authorization decision, so it knows the actor and the final status. Requests with an invalid token are refused
 * by the resource server before this filter and are not logged.
 */
public class AccessLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLogFilter.class);
    private static final Pattern LOGGED = Pattern.compile("/v1/(cases|aliens|work-lists|access-log)(/.*)?");
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
        String traceId = TraceIds.of(request);
        String uri = request.getRequestURI();
        boolean creates = "POST".equals(request.getMethod()) && (uri.equals("/v1/aliens") || uri.equals("/v1/cases"));
        ContentCachingResponseWrapper captured = creates ? new ContentCachingResponseWrapper(response) : null;
        boolean failed = true;
        try {
            chain.doFilter(request, captured != null ? captured : response);
            failed = false;
        } finally {
            int status = failed ? 500 : response.getStatus();
            try {
                Optional<Actor> actor = Actor.current();
                accessLog.append(
                        actor.map(Actor::userId).orElse(null),
                        actor.map(a -> a.role().name()).orElse(null),
                        actor.map(Actor::organisation).orElse(null),
                        action(request.getMethod(), uri),
                        request.getMethod(),
                        resource(uri),
                        person(uri, captured, status).map(pseudonyms::of).orElse(null),
                        traceId,
                        status);
            } catch (RuntimeException e) {
                log.error("Could not append to the access log (trace {}, status {})", traceId, status, e);
            }
            if (captured != null) {
                captured.copyBodyToResponse();
            }
        }
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

    private Optional<UUID> person(String uri, ContentCachingResponseWrapper captured, int status) {
        Matcher alien = ALIEN_PATH.matcher(uri);
        if (alien.matches()) {
            return uuid(alien.group(1));
        }
        Matcher caseMatcher = CASE_PATH.matcher(uri);
        if (caseMatcher.matches()) {
            return uuid(caseMatcher.group(1)).flatMap(this::alienOfCase);
        }
        if (captured != null && status == 201) {
            JsonNode body = JSON.readTree(captured.getContentAsByteArray());
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

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
