package nl.terugkeer.api.security;

import static nl.terugkeer.api.security.Role.ADMIN;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import nl.terugkeer.api.http.Problems;
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
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Who may do what (ADR 0007). Every request but the public ones needs a bearer JWT; the token's one role decides
 * which operations it may use, as the one table {@link AccessPolicy} says. Finer rules live next to the data: a municipality sees only its own cases
 * ({@link MunicipalityScope}) and signals only for itself ({@link CommandAuthorization}). Paths that no rule
 * names are refused, so a new endpoint is closed until a rule here opens it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /**
     * Authentication and the path rules of {@link AccessPolicy} on {@code http}; the request pipeline
     * (config.RequestPipeline) adds CORS and the filters that run inside the chain, and builds it.
     */
    public static HttpSecurity apiRules(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> {})
                // The security headers of the Design Rules are written by nl.terugkeer.api.http.ResponseHeaders.
                .headers(headers -> headers.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
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
                            // the feed's event schemas are public documentation (ADR 24)
                            .requestMatchers(HttpMethod.GET, "/v1/feed/schemas/*")
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
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized("A valid bearer token is required."))
                        .accessDeniedHandler((request, response, denied) ->
                                Problems.write(response, 403, "Forbidden", "Your role may not do this.", "FORBIDDEN")))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(unauthorized("The bearer token is missing, invalid or expired."))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authentication)));
        return http;
    }

    /** 401 with the bearer challenge ({@code WWW-Authenticate}) and a problem detail that says why. */
    private static AuthenticationEntryPoint unauthorized(String detail) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, failure) -> {
            bearer.commence(request, response, failure);
            Problems.write(response, 401, "Unauthorized", detail, "UNAUTHENTICATED");
        };
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
    CommandAuthorization commandAuthorization() {
        return new CommandAuthorization();
    }

    static boolean trailingSlash(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.length() > 1 && uri.endsWith("/");
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
