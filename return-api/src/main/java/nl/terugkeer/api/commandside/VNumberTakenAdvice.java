package nl.terugkeer.api.commandside;

import java.util.Map;
import nl.terugkeer.api.http.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 409 for a second registration with a V-number: a problem detail with a link to the person who holds it (only the
 * roles that register persons get here, and they may read persons). The V-number itself is not repeated.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class VNumberTakenAdvice {

    @ExceptionHandler(VNumberTaken.class)
    ProblemDetail taken(VNumberTaken taken) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONFLICT,
                "V-number already registered",
                "V_NUMBER_ALREADY_REGISTERED",
                "A person with this V-number is already registered; see the link.");
        String href = "/v1/aliens/" + taken.holder().value();
        problem.setProperty("existingAlienId", taken.holder().value());
        problem.setProperty("_links", Map.of("existing", Map.of("href", href)));
        return problem;
    }
}
