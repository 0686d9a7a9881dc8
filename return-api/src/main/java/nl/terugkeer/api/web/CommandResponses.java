package nl.terugkeer.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.terugkeer.api.security.NeedToKnow;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.casestatus.CaseStatus;
import nl.terugkeer.projections.casestatus.FindCaseStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completes the answer to a successful command (ADR 0014): an {@code ETag} with the aggregate's version after the
 * command, and, when the client sends {@code Prefer: return=representation} for a case, waits (at most
 * {@link #MAX_WAIT}) until the case-status projection has caught up with that version and embeds the case's status
 * ({@code Preference-Applied: return=representation}). If the projection does not catch up in time the answer is
 * sent without it and without {@code Preference-Applied}.
 */
@ControllerAdvice
class CommandResponses implements ResponseBodyAdvice<Object> {

    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private static final Pattern ON_AGGREGATE = Pattern.compile("/v1/(cases|aliens)/([0-9a-fA-F-]{36})/[a-z0-9-]+");
    private static final Pattern CREATES = Pattern.compile("/v1/(cases|aliens)");

    private final AggregateVersions versions;
    private final QueryGateway queries;
    private final JsonMapper json;

    CommandResponses(AggregateVersions versions, QueryGateway queries, JsonMapper json) {
        this.versions = versions;
        this.queries = queries;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest servletRequest)
                || !(response instanceof ServletServerHttpResponse servletResponse)) {
            return body;
        }
        HttpServletRequest http = servletRequest.getServletRequest();
        int status = servletResponse.getServletResponse().getStatus();
        if (!"POST".equals(http.getMethod()) || status < 200 || status > 299) {
            return body;
        }
        Optional<Target> target = target(http.getRequestURI(), body);
        if (target.isEmpty()) {
            return body;
        }
        String aggregateId = target.get().id().toString();
        Optional<Long> version;
        try {
            version = AppendedVersions.appendedInThisRequest(aggregateId).or(() -> versions.current(aggregateId));
        } catch (RuntimeException readFailed) {
            // The command is committed: a read that fails after it must not turn the answer into a failure (issue 14)
            return body;
        }
        if (version.isEmpty()) {
            return body;
        }
        response.getHeaders().setETag("\"" + version.get() + "\"");
        if (target.get().isCase() && prefersRepresentation(http) && body instanceof Map<?, ?> map) {
            Optional<CaseStatus> caughtUp;
            try {
                caughtUp = awaitCaseStatus(new CaseId(target.get().id()), version.get());
            } catch (RuntimeException readFailed) {
                caughtUp = Optional.empty(); // committed all the same: answered without the representation
            }
            if (caughtUp.isPresent()) {
                response.getHeaders().set("Preference-Applied", "return=representation");
                response.getHeaders()
                        .set("Content-Location", "/v1/cases/" + target.get().id());
                Map<String, Object> withRepresentation = new LinkedHashMap<>();
                map.forEach((key, value) -> withRepresentation.put(String.valueOf(key), value));
                withRepresentation.put(
                        "_embedded",
                        Map.of("caseStatus", NeedToKnow.ofCurrentActor(json).caseStatus(caughtUp.get())));
                return withRepresentation;
            }
        }
        return body;
    }

    private record Target(boolean isCase, UUID id) {}

    private static Optional<Target> target(String uri, Object body) {
        Matcher onAggregate = ON_AGGREGATE.matcher(uri);
        if (onAggregate.matches()) {
            return uuid(onAggregate.group(2))
                    .map(id -> new Target(onAggregate.group(1).equals("cases"), id));
        }
        Matcher creates = CREATES.matcher(uri);
        if (creates.matches() && body instanceof Map<?, ?> map) {
            boolean isCase = creates.group(1).equals("cases");
            Object id = map.get(isCase ? "caseId" : "alienId");
            return id == null ? Optional.empty() : uuid(id.toString()).map(uuid -> new Target(isCase, uuid));
        }
        return Optional.empty();
    }

    /**
     * Polls the read model rather than waiting for an in-process signal: the event may be projected by another
     * instance, and the table is the one place every instance can see. Bounded by {@link #MAX_WAIT}.
     */
    private Optional<CaseStatus> awaitCaseStatus(CaseId caseId, long version) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            Optional<CaseStatus> status = queries.query(
                            new FindCaseStatus(caseId), ResponseTypes.optionalInstanceOf(CaseStatus.class))
                    .join();
            if (status.isPresent() && status.get().version() >= version) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    static boolean prefersRepresentation(HttpServletRequest request) {
        var values = request.getHeaders("Prefer");
        while (values.hasMoreElements()) {
            for (String preference : values.nextElement().split(",")) {
                if (preference.trim().replace(" ", "").equalsIgnoreCase("return=representation")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
