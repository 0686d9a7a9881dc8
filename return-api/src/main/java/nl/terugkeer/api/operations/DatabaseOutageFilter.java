package nl.terugkeer.api.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside every other filter but the response headers: a request that fails because the database cannot be reached
 * is answered 503 problem+json with {@code Retry-After} (issue 14, ADR 0026), not 500 with the container's default
 * body. Readiness goes DOWN at the same time (the {@code db} component), so a load balancer stops sending.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    /** Seconds a client should wait: the service recovers within seconds of the database coming back. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final AtomicLong answered = new AtomicLong();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            long count = answered.incrementAndGet();
            log.warn(
                    "The database cannot be reached: {} {} answered 503 ({} so far): {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    count,
                    failure.getClass().getName());
            unavailable(response);
        }
    }

    static void unavailable(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"Database unavailable\","
                        + "\"detail\":\"The database cannot be reached now; nothing was recorded by this request"
                        + " unless a retry with the same Idempotency-Key says so. Try again after Retry-After"
                        + " seconds.\",\"code\":\"DATABASE_UNAVAILABLE\"}");
        response.flushBuffer();
    }
}
