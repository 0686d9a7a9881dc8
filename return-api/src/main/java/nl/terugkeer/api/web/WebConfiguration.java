package nl.terugkeer.api.web;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    /** The full semantic version of the API, sent on every response (NL API Design Rules, API-57). */
    public static final String API_VERSION = "0.1.0";

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CommandMetadataResolver());
    }

    /** No command needs more than this; larger bodies are refused before they are read. */
    static final long MAX_BODY_BYTES = 256 * 1024;

    @Bean
    OncePerRequestFilter bodySizeLimit() {
        return new BodySizeLimit(MAX_BODY_BYTES);
    }

    /** First of all filters, so that refusals by Spring Security carry the headers too. */
    @Bean
    FilterRegistrationBean<ResponseHeaders> responseHeaders() {
        FilterRegistrationBean<ResponseHeaders> registration = new FilterRegistrationBean<>(new ResponseHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** A browser may fetch the OpenAPI document from any origin; nothing else is open to other origins. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(ResponseHeaders.OPENAPI_PATH).allowedOrigins("*").allowedMethods("GET");
    }
}
