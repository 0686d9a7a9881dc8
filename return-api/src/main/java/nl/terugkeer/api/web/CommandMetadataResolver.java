package nl.terugkeer.api.web;

import java.util.Locale;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads the actor from the {@code X-User-Id}, {@code X-User-Role} and {@code X-Organisation} headers and the
 * chain of work from {@code X-Correlation-Id} (or the W3C {@code traceparent}'s trace id).
 */
class CommandMetadataResolver implements HandlerMethodArgumentResolver {

    static final String USER_HEADER = "X-User-Id";
    static final String ROLE_HEADER = "X-User-Role";
    static final String ORGANISATION_HEADER = "X-Organisation";
    static final String CORRELATION_HEADER = "X-Correlation-Id";

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
        return new CommandMetadata(
                request.getHeader(USER_HEADER),
                role(request.getHeader(ROLE_HEADER)),
                request.getHeader(ORGANISATION_HEADER),
                correlationId(request));
    }

    private static CommandMetadata.Role role(String header) {
        if (header == null) {
            throw new CommandMetadata.InvalidActor(ROLE_HEADER + " is required");
        }
        try {
            return CommandMetadata.Role.valueOf(header.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new CommandMetadata.InvalidActor(
                    ROLE_HEADER + " must be one of GEMEENTE, DTENV, IND, AUDITOR, ANALYST, ADMIN");
        }
    }

    private static String correlationId(NativeWebRequest request) {
        String explicit = request.getHeader(CORRELATION_HEADER);
        if (explicit != null) {
            return explicit;
        }
        String traceparent = request.getHeader("traceparent");
        if (traceparent != null && traceparent.length() >= 35) {
            return traceparent.substring(3, 35);
        }
        return null;
    }
}
