package nl.terugkeer.api.http;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests Spring Security's firewall refuses before anything else runs (an HTTP method outside the standard ones,
 * such as {@code QUERY}; encoded slashes or semicolons in the path) get a problem detail like every other refusal:
 * 405 for a method, 400 otherwise. Spring's default is a bare 400 that the access log and metrics cannot tell apart.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, rejected) -> {
            boolean method =
                    rejected.getMessage() != null && rejected.getMessage().contains("HTTP method");
            if (method) {
                response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
                Problems.write(
                        response,
                        405,
                        "Method Not Allowed",
                        "This HTTP method is not supported.",
                        "METHOD_NOT_ALLOWED");
            } else {
                Problems.write(
                        response, 400, "Bad Request", "The request was rejected as malformed.", "MALFORMED_REQUEST");
            }
        };
    }
}
