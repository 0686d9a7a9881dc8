package nl.terugkeer.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
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

    @Bean
    OncePerRequestFilter apiVersionHeader() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("API-Version", API_VERSION);
                chain.doFilter(request, response);
            }
        };
    }
}
