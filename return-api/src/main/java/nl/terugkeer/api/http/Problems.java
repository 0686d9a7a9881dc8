package nl.terugkeer.api.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way this API says what went wrong (RFC 9457, ADR 0005): a problem detail with a stable {@code code}
 * beside status, title and detail. Controllers and advices return {@link #of}; filters that refuse a request
 * before Spring MVC runs {@link #write} the same form to the response.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String title, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail malformedBody(String detail) {
        return of(HttpStatus.BAD_REQUEST, "Malformed request body", "MALFORMED_BODY", detail);
    }

    public static ProblemDetail malformedQuery(String detail) {
        return of(HttpStatus.BAD_REQUEST, "Invalid query parameters", "INVALID_QUERY", detail);
    }

    public static ProblemDetail notFound(String what) {
        return of(HttpStatus.NOT_FOUND, "Not found", "NOT_FOUND", "No " + what + " with this id.");
    }

    public static void write(HttpServletResponse response, int status, String title, String detail, String code)
            throws IOException {
        write(response, of(HttpStatus.valueOf(status), title, code, detail));
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "type",
                problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("status", problem.getStatus());
        body.put("title", problem.getTitle());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
