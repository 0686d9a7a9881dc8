package nl.terugkeer.api.http;

import java.util.Map;
import java.util.stream.Collectors;
import nl.terugkeer.core.shared.Rejection;
import nl.terugkeer.core.shared.RejectionCode;
import nl.terugkeer.core.shared.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where failures become RFC 9457 problem details. Spring MVC's own failures (malformed JSON, wrong
 * types, unknown paths, wrong methods) are handled by the parent class; the table below adds the model's.
 *
 * <table>
 *   <tr><td>malformed input, missing or unknown actor</td><td>400</td></tr>
 *   <tr><td>unknown case or person</td><td>404</td></tr>
 *   <tr><td>lost race on the same aggregate</td><td>409</td></tr>
 *   <tr><td>a rule of the process refuses the command</td><td>422</td></tr>
 * </table>
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        Rejection rejection = violation.rejection();
        RejectionCode code = rejection.code();
        HttpStatus status = code.kind() == RejectionCode.Kind.INVALID_INPUT
                ? HttpStatus.BAD_REQUEST
                : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = Problems.of(status, code.english(), code.name(), rejection.detail());
        problem.setProperty("messages", Map.of("nl", code.dutch(), "en", code.english()));
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknown(AggregateNotFoundException notFound) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "Not found", "NOT_FOUND", "No such case or person.");
        return problem;
    }

    /** Says what is wrong with a body that cannot be read: which field is unknown or has the wrong type. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.malformedBody(describe(exception.getCause()));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** What is wrong with a body, from the first cause in the chain that says it; never echoes the value sent. */
    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return "unknown field '" + path(unknown) + "'";
            }
            // Any binding failure that knows its field, e.g. a number too large for a date, not only mismatches.
            if (cause instanceof JacksonException binding && !binding.getPath().isEmpty()) {
                return "field '" + path(binding) + "' has the wrong type or format";
            }
            if (cause instanceof RuleViolation violation) {
                return violation.rejection().detail();
            }
            if (cause instanceof JacksonException json && json.getLocation() != null) {
                return "the body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
                        + json.getLocation().getColumnNr() + ")";
            }
        }
        return "the body is missing or not readable as JSON";
    }

    private static String path(JacksonException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
