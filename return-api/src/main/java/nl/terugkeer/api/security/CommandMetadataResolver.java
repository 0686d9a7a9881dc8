package nl.terugkeer.api.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.terugkeer.api.http.TraceIds;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Takes the actor (user, role, organisation) from the authenticated bearer token and the chain of work from
 * {@code X-Correlation-Id}, else the request's W3C trace id ({@code traceparent}'s, or the one the access log
 * generated), so that the access log's trace id finds the events a request caused.
 */
public class CommandMetadataResolver implements HandlerMethodArgumentResolver {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandMetadata.class;
    }

    @Override
    public CommandMetadata resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Actor actor = Actor.current()
                .orElseThrow(() -> new CommandMetadata.InvalidActor(
                        "the bearer token does not name one user, one known role and an organisation"));
        return new CommandMetadata(actor.userId(), actor.role(), actor.organisation(), correlationId(request));
    }

    private static String correlationId(NativeWebRequest request) {
        String explicit = request.getHeader(CORRELATION_HEADER);
        if (explicit != null) {
            return explicit;
        }
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        return servletRequest == null ? null : TraceIds.of(servletRequest);
    }
}
