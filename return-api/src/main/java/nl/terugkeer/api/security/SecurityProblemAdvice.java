package nl.terugkeer.api.security;

import nl.terugkeer.api.http.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals decided after the request reached a controller: 403 for the command's content, 400 for an unclear actor. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemAdvice {

    @ExceptionHandler(ActionForbidden.class)
    ProblemDetail forbidden(ActionForbidden forbidden) {
        return Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "FORBIDDEN", forbidden.getMessage());
    }

    @ExceptionHandler(CommandMetadata.InvalidActor.class)
    ProblemDetail invalidActor(CommandMetadata.InvalidActor invalid) {
        return Problems.of(
                HttpStatus.BAD_REQUEST, "Who acts is missing or malformed", "INVALID_ACTOR", invalid.getMessage());
    }
}
