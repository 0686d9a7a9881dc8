package nl.terugkeer.api.concurrency;

import nl.terugkeer.api.http.Problems;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Lost races and stale versions (ADR 0014): 409 and 412 problems. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConcurrencyProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConcurrencyProblemAdvice.class);

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail lostRace(RuntimeException conflict) {
        log.info("Concurrent modification refused: {}", conflict.getClass().getSimpleName());
        return Problems.of(
                HttpStatus.CONFLICT,
                "Concurrent modification",
                "CONCURRENT_MODIFICATION",
                "Another change to the same case or person was recorded first; reload and retry.");
    }

    /** {@code If-Match} named another version than the current one; the current one is the ETag. */
    @ExceptionHandler(PreconditionFailed.class)
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailed failed) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.PRECONDITION_FAILED);
        if (failed.currentVersion() != null) {
            response.eTag(Long.toString(failed.currentVersion()));
        }
        return response.body(Problems.of(
                HttpStatus.PRECONDITION_FAILED, "Precondition failed", "STALE_VERSION", failed.getMessage()));
    }
}
