package nl.terugkeer.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.projections.casestatus.CaseStatus;
import nl.terugkeer.projections.casestatus.FindCaseStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A municipality sees only the cases of its own municipality: for any other case, and for a case not (yet) known,
 * every path under {@code /v1/cases/{caseId}} answers 404, exactly as for a case that does not exist, so that a
 * municipality cannot even learn that another municipality's case exists.
 */
@Configuration(proxyBeanMethods = false)
class MunicipalityScope implements WebMvcConfigurer, HandlerInterceptor {

    private final QueryGateway queries;

    MunicipalityScope(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/v1/cases/{caseId}", "/v1/cases/{caseId}/**");
        registry.addInterceptor(new OwnWorkListOnly()).addPathPatterns("/v1/work-lists");
    }

    /** A municipality reads only its own municipality's work list, never a case manager's. */
    static final class OwnWorkListOnly implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws IOException {
            Optional<Actor> municipality = municipality();
            if (municipality.isEmpty()) {
                return true;
            }
            if (request.getParameter("caseManager") == null
                    && municipality.get().organisation().equals(request.getParameter("municipalityCode"))) {
                return true;
            }
            Problems.write(
                    response,
                    403,
                    "Forbidden",
                    "A municipality may read only its own work list (municipalityCode=its CBS code).",
                    "FORBIDDEN");
            return false;
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Optional<Actor> municipality = municipality();
        if (municipality.isEmpty()) {
            return true;
        }
        UUID caseId = caseId(request);
        if (caseId == null) {
            return true; // not a case id (malformed): the controller answers; _zoek is scoped by its controller
        }
        Optional<CaseStatus> found = queries.query(
                        new FindCaseStatus(new CaseId(caseId)), ResponseTypes.optionalInstanceOf(CaseStatus.class))
                .join();
        if (found.isPresent()
                && municipality.get().organisation().equals(found.get().municipalityCode())) {
            return true;
        }
        Problems.write(response, 404, "Not found", "No case with this id.", "NOT_FOUND");
        return false;
    }

    /** The caller, if a municipality acts; other roles are not scoped here. */
    private static Optional<Actor> municipality() {
        return Actor.current().filter(actor -> actor.is(Role.GEMEENTE));
    }

    private static UUID caseId(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables instanceof Map<?, ?> map && map.get("caseId") instanceof String value
                ? value
                : segmentAfterCases(request.getRequestURI());
        try {
            return raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String segmentAfterCases(String uri) {
        String prefix = "/v1/cases/";
        if (!uri.startsWith(prefix)) {
            return null;
        }
        String rest = uri.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
