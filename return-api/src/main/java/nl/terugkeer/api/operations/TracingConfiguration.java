package nl.terugkeer.api.operations;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tracing (issue 14, ADR 0027): Micrometer Tracing over OpenTelemetry creates a span per request from the caller's
 * W3C {@code traceparent} (or a new trace); Spring Boot puts its ids in every log line, the access log takes the
 * same trace id ({@code TraceIds}), every event carries it as {@code traceId} in its metadata, and the answer
 * names it in {@code traceparent}. Export over OTLP only when an endpoint is configured
 * ({@code MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT}).
 */
@Configuration(proxyBeanMethods = false)
public class TracingConfiguration {

    /** The key of the trace id in an event's metadata. */
    public static final String TRACE_ID = "traceId";

    @Bean
    CorrelationDataProvider traceIdOfTheRequest() {
        return message -> {
            SpanContext span = Span.current().getSpanContext();
            return span.isValid() ? Map.of(TRACE_ID, span.getTraceId()) : Map.of();
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> traceparentOnTheAnswer() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        SpanContext span = Span.current().getSpanContext();
                        if (span.isValid()) {
                            response.setHeader(
                                    "traceparent",
                                    "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                                            + span.getTraceFlags().asHex());
                        }
                        chain.doFilter(request, response);
                    }
                });
        // inside Spring's observation filter (HIGHEST_PRECEDENCE + 1), which opens the request's span
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
