package nl.terugkeer.api.security;

import static nl.terugkeer.api.web.CommandMetadata.Role.ADMIN;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import nl.terugkeer.api.accesslog.AccessLogFilter;
import nl.terugkeer.api.web.CommandMetadata.Role;
import nl.terugkeer.api.web.IdempotencyFilter;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may do what (ADR 0007). Every request but the public ones needs a bearer JWT; the token's one role decides
 * which operations it may use, as the one table {@link AccessPolicy} says. Finer rules live next to the data: a municipality sees only its own cases
 * ({@link MunicipalityScope}) and signals only for itself ({@link CommandAuthorization}). Paths that no rule
 * names are refused, so a new endpoint is closed until a rule here opens it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

<<<<<<< HEAD
=======
    /** Roles that may read personal data of persons and cases. */
    private static final Role[] CASE_READERS = {GEMEENTE, DTENV, AUDITOR};

    private static final Role[] PERSON_READERS = {DTENV, IND, AUDITOR};

    /** Roles that may follow the downstream feed, each within its own scope (nl.terugkeer.api.feed.FeedScope). */
    private static final Role[] FEED_READERS = {GEMEENTE, DTENV, IND, AUDITOR, ADMIN, COA};

>>>>>>> wt-11
    @Bean
    SecurityFilterChain api(HttpSecurity http, AccessLogFilter accessLog, IdempotencyFilter idempotency)
            throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> cors.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> {})
                // The security headers of the Design Rules are written by nl.terugkeer.api.web.SecurityHeaders.
                .headers(headers -> headers.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
<<<<<<< HEAD
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/error")
                            .permitAll()
                            // no handler matches a trailing slash: let MVC answer 404 (/core/no-trailing-slash)
                            .requestMatchers(SecurityConfiguration::trailingSlash)
                            .permitAll()
                            .requestMatchers(HttpMethod.GET, "/v1/openapi.json")
                            .permitAll()
                            .requestMatchers(HttpMethod.OPTIONS, "/v1/openapi.json")
                            .permitAll()
                            .requestMatchers("/dev/**")
                            .permitAll() // loopback only, checked by DevTokenController
                            // health for orchestrators; metrics for the scraper: no personal data in either (ADR 7)
                            .requestMatchers(
                                    HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .hasRole(ADMIN.name());
                    // every operation of the API as the one policy table says (AccessPolicy)
                    for (AccessPolicy.Operation operation : AccessPolicy.BY_SPECIFICITY) {
                        var rule = requests.requestMatchers(operation.method(), operation.fullPath());
                        if (operation.permitted().isEmpty()) {
                            rule.denyAll();
                        } else {
                            rule.hasAnyRole(names(operation.permitted().toArray(Role[]::new)));
                        }
                    }
                    requests.anyRequest().denyAll();
                })
=======
                .authorizeHttpRequests(requests -> requests.requestMatchers("/error")
                        .permitAll()
                        // no handler matches a trailing slash: let MVC answer 404 (/core/no-trailing-slash)
                        .requestMatchers(SecurityConfiguration::trailingSlash)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/v1/openapi.json")
                        .permitAll()
                        // the feed's event schemas are public documentation (ADR 24)
                        .requestMatchers(HttpMethod.GET, "/v1/feed/schemas/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/v1/openapi.json")
                        .permitAll()
                        .requestMatchers("/dev/**")
                        .permitAll() // loopback only, checked by DevTokenController
                        // health for orchestrators; metrics for the scraper: no personal data in either (ADR 7)
                        .requestMatchers(
                                HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(ADMIN.name())
                        // searches are reads that carry personal data in the body, never in the URL
                        .requestMatchers(HttpMethod.POST, "/v1/cases/_zoek")
                        .hasAnyRole(names(CASE_READERS))
                        .requestMatchers(HttpMethod.POST, "/v1/aliens/_zoek")
                        .hasAnyRole(names(PERSON_READERS))
                        // cases: a municipality signals (for itself only), DTenV does everything
                        .requestMatchers(HttpMethod.POST, "/v1/cases")
                        .hasAnyRole(GEMEENTE.name(), DTENV.name())
                        .requestMatchers(HttpMethod.POST, "/v1/cases/**")
                        .hasRole(DTENV.name())
                        .requestMatchers(HttpMethod.GET, "/v1/cases", "/v1/cases/**")
                        .hasAnyRole(names(CASE_READERS))
                        // persons: DTenV registers, the IND records the legal position
                        .requestMatchers(HttpMethod.POST, "/v1/aliens")
                        .hasAnyRole(DTENV.name(), IND.name())
                        .requestMatchers(HttpMethod.POST, "/v1/aliens/**")
                        .hasRole(IND.name())
                        .requestMatchers(HttpMethod.GET, "/v1/aliens", "/v1/aliens/**")
                        .hasAnyRole(names(PERSON_READERS))
                        .requestMatchers(HttpMethod.GET, "/v1/work-lists")
                        .hasAnyRole(names(CASE_READERS)) // a municipality only its own list: MunicipalityScope
                        .requestMatchers(HttpMethod.GET, "/v1/access-log")
                        .hasRole(AUDITOR.name())
                        .requestMatchers(HttpMethod.POST, "/v1/access-log/_zoek")
                        .hasRole(AUDITOR.name())
                        .requestMatchers("/v1/admin/**")
                        .hasRole(ADMIN.name())
                        // the downstream feed and webhooks (ADR 24): COA has these and nothing else
                        .requestMatchers(HttpMethod.GET, "/v1/feed")
                        .hasAnyRole(names(FEED_READERS))
                        .requestMatchers(HttpMethod.POST, "/v1/subscriptions/*/replays")
                        .hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/v1/subscriptions")
                        .hasAnyRole(names(FEED_READERS))
                        .requestMatchers(HttpMethod.GET, "/v1/subscriptions", "/v1/subscriptions/**")
                        .hasAnyRole(names(FEED_READERS))
                        .requestMatchers(HttpMethod.DELETE, "/v1/subscriptions/*")
                        .hasAnyRole(names(FEED_READERS))
                        .anyRequest()
                        .denyAll())
>>>>>>> wt-11
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> {
                            bearer.commence(request, response, failure);
                            Problems.write(
                                    response,
                                    401,
                                    "Unauthorized",
                                    "A valid bearer token is required.",
                                    "UNAUTHENTICATED");
                        })
                        .accessDeniedHandler((request, response, denied) ->
                                Problems.write(response, 403, "Forbidden", "Your role may not do this.", "FORBIDDEN")))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint((request, response, failure) -> {
                            bearer.commence(request, response, failure);
                            Problems.write(
                                    response,
                                    401,
                                    "Unauthorized",
                                    "The bearer token is missing, invalid or expired.",
                                    "UNAUTHENTICATED");
                        })
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authentication)));
        // inside the chain: after authentication (knows the actor), around authorization (sees 401/403)
        http.addFilterBefore(accessLog, ExceptionTranslationFilter.class);
        // after authorization: only permitted requests claim an Idempotency-Key, scoped to their user
        http.addFilterAfter(idempotency, AuthorizationFilter.class);
        return http.build();
    }

    /** The token's one role becomes the authority {@code ROLE_<role>}; a token without a clear actor gets none. */
    static AbstractAuthenticationToken authentication(Jwt jwt) {
        List<SimpleGrantedAuthority> authorities = Actor.of(jwt)
                .map(actor -> List.of(
                        new SimpleGrantedAuthority("ROLE_" + actor.role().name())))
                .orElse(List.of());
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    @Bean
    CommandAuthorization commandAuthorization(CommandBus commandBus) {
        return new CommandAuthorization(commandBus);
    }

    static boolean trailingSlash(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.length() > 1 && uri.endsWith("/");
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
