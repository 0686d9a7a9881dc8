package nl.terugkeer.api.config;

import java.util.List;
import nl.terugkeer.api.accesslog.AccessLogCommandRecorder;
import nl.terugkeer.api.accesslog.AccessLogFilter;
import nl.terugkeer.api.commandside.CrossAggregateRules;
import nl.terugkeer.api.concurrency.ExpectedVersionsResolver;
import nl.terugkeer.api.concurrency.IdempotencyFilter;
import nl.terugkeer.api.concurrency.IfMatchGuard;
import nl.terugkeer.api.concurrency.VersionedCommands;
import nl.terugkeer.api.http.ResponseHeaders;
import nl.terugkeer.api.operations.CommittedIdempotencyKeys;
import nl.terugkeer.api.security.CommandAuthorization;
import nl.terugkeer.api.security.CommandMetadataResolver;
import nl.terugkeer.api.security.SecurityConfiguration;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The path of a request and of the command it sends, in the order the steps run, in one place (ADR 0003):
 *
 * <ol>
 *   <li>servlet filters: response headers, body size limit (http);
 *   <li>Spring Security's chain: CORS, bearer token, the access log around authorization (accesslog), the path
 *       rules of the policy table (security), then Idempotency-Key for permitted requests only (concurrency);
 *   <li>the controller, given the actor ({@link CommandMetadataResolver}) and the If-Match versions
 *       ({@link ExpectedVersionsResolver});
 *   <li>the command bus's handler interceptors, in the command's transaction: who may send this content
 *       ({@link CommandAuthorization}), If-Match ({@link IfMatchGuard}), the rules across aggregates
 *       ({@link CrossAggregateRules}), then the command's access-log record ({@link AccessLogCommandRecorder});
 *   <li>the event bus's dispatch interceptors, in the command's transaction: the versions written
 *       ({@link VersionedCommands}) and the request's Idempotency-Key marked as committed
 *       ({@link CommittedIdempotencyKeys}).
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
public class RequestPipeline implements WebMvcConfigurer {

    @Bean
    SecurityFilterChain api(
            HttpSecurity http, AccessLogFilter accessLog, IdempotencyFilter idempotency, CorsProperties cors)
            throws Exception {
        SecurityConfiguration.apiRules(http).cors(c -> c.configurationSource(corsSource(cors)));
        // inside the chain: after authentication (knows the actor), around authorization (sees 401/403)
        http.addFilterBefore(accessLog, ExceptionTranslationFilter.class);
        // after authorization: only permitted requests claim an Idempotency-Key, scoped to their user
        http.addFilterAfter(idempotency, AuthorizationFilter.class);
        return http.build();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CommandMetadataResolver());
        resolvers.add(new ExpectedVersionsResolver());
    }

    /** Registered once, in this order (Axon runs handler interceptors in the order of registration). */
    @Bean
    CommandPipeline commandPipeline(
            CommandBus commandBus,
            EventBus eventBus,
            CommandAuthorization authorization,
            IfMatchGuard ifMatch,
            CrossAggregateRules crossAggregateRules,
            AccessLogCommandRecorder accessLogRecord,
            VersionedCommands versions,
            CommittedIdempotencyKeys committedKeys) {
        commandBus.registerHandlerInterceptor(authorization);
        commandBus.registerHandlerInterceptor(ifMatch);
        commandBus.registerHandlerInterceptor(crossAggregateRules);
        commandBus.registerHandlerInterceptor(accessLogRecord);
        eventBus.registerDispatchInterceptor(versions);
        eventBus.registerDispatchInterceptor(committedKeys);
        return new CommandPipeline();
    }

    /** Marks that the command pipeline is assembled. */
    static final class CommandPipeline {}

    /**
     * The OpenAPI document may be fetched from any origin; the API itself only from the configured frontend
     * origins ({@code return.cors.allowed-origins}, none by default), with the headers a frontend needs to send
     * commands safely and to read their answers.
     */
    static CorsConfigurationSource corsSource(CorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration document = new CorsConfiguration();
        document.addAllowedOrigin("*");
        document.addAllowedMethod("GET");
        source.registerCorsConfiguration(ResponseHeaders.OPENAPI_PATH, document);
        if (!properties.allowedOrigins().isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOrigins(properties.allowedOrigins());
            api.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
            api.setAllowedHeaders(List.of(
                    "Authorization",
                    "Content-Type",
                    "If-Match",
                    "If-None-Match",
                    "Idempotency-Key",
                    "Prefer",
                    CommandMetadataResolver.CORRELATION_HEADER,
                    "traceparent"));
            api.setExposedHeaders(List.of(
                    "ETag", "Location", "API-Version", "Preference-Applied", "Content-Location", "Retry-After"));
            api.setMaxAge(properties.maxAge().toSeconds());
            source.registerCorsConfiguration("/v1/**", api);
        }
        return source;
    }
}
