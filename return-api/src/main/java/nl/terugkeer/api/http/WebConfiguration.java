package nl.terugkeer.api.http;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    /** The full semantic version of the API, sent on every response (NL API Design Rules, API-57). */
    public static final String API_VERSION = "0.1.0";

    /** No command needs more than this; larger bodies are refused before they are read. */
    public static final long MAX_BODY_BYTES = 256 * 1024;

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
}
