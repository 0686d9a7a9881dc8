package nl.terugkeer.api.accesslog;

/**
 * The access log could not record an access. Whoever meets it must not answer with data (503) and, inside a
 * command, makes the command roll back: no access without its record.
 */
public class AccessLogUnavailable extends RuntimeException {

    AccessLogUnavailable(Throwable cause) {
        super("the access log could not record this access", cause);
    }
}
