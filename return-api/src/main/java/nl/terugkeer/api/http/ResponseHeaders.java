package nl.terugkeer.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers the NL API Design Rules ask on every response, also on refusals made before Spring MVC runs
 * (401, 403, 413): {@code API-Version} (/core/version-header) and the security headers
 * (/core/transport/security-headers). Only the OpenAPI document may be read from any origin (/core/publish-openapi,
 * /core/transport/cors).
 */
public class ResponseHeaders extends OncePerRequestFilter {

    public static final String OPENAPI_PATH = "/v1/openapi.json";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("API-Version", WebConfiguration.API_VERSION);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (OPENAPI_PATH.equals(request.getRequestURI())) {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
        chain.doFilter(request, response);
    }
}
