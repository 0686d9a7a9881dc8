package nl.terugkeer.api.concurrency;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller the request's {@code If-Match} as {@link ExpectedVersions}. */
public class ExpectedVersionsResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ExpectedVersions.class;
    }

    @Override
    public ExpectedVersions resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return ExpectedVersions.fromIfMatch(request.getHeader("If-Match"));
    }
}
