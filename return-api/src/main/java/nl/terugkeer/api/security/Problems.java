package nl.terugkeer.api.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/** Writes a problem detail straight to the response, for refusals made before Spring MVC runs. */
final class Problems {

    private Problems() {}

    static void write(HttpServletResponse response, int status, String title, String detail, String code)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\""
                        + detail + "\",\"code\":\"" + code + "\"}");
    }
}
