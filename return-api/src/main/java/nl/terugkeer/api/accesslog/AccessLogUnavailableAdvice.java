package nl.terugkeer.api.accesslog;

import nl.terugkeer.api.http.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A command whose access-log record could not be written did not commit: 503, and nothing of it is answered. */
@RestControllerAdvice
class AccessLogUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(AccessLogUnavailableAdvice.class);

    @ExceptionHandler(AccessLogUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(AccessLogUnavailable unavailable) {
        log.error("A command was rolled back: its access-log record could not be written", unavailable);
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Service unavailable",
                "ACCESS_LOG_UNAVAILABLE",
                "The access log cannot record this request, so it is not carried out; try again later.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .body(problem);
    }
}
