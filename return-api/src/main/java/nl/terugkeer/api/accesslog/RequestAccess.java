package nl.terugkeer.api.accesslog;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The access-log record of the current request while it is being handled: opened by {@link AccessLogFilter}, given
 * the persons a search returned by the controller ({@link #returned(Collection)}), and written either by
 * {@link AccessLogCommandRecorder} in the command's transaction or by the filter once the answer is known.
 */
public final class RequestAccess {

    static final String ATTRIBUTE = RequestAccess.class.getName();

    final String traceId;
    final String spanId;
    final String parentSpanId;
    final Instant start;
    final String method;
    final String uri;
    private final Set<UUID> returned = new LinkedHashSet<>();
    private volatile boolean recordedWithCommand;

    RequestAccess(String traceId, String spanId, String parentSpanId, Instant start, String method, String uri) {
        this.traceId = traceId;
        this.spanId = spanId;
        this.parentSpanId = parentSpanId;
        this.start = start;
        this.method = method;
        this.uri = uri;
    }

    /** The current request's record, if the request is one the access log covers. */
    static Optional<RequestAccess> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null
                ? Optional.empty()
                : Optional.ofNullable(attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST))
                        .filter(RequestAccess.class::isInstance)
                        .map(RequestAccess.class::cast);
    }

    /**
     * Tells the access log which persons' data this request returns (a search, a list): each gets a record of its own
     * under the request's record, by pseudonym.
     */
    public static void returned(Collection<UUID> alienIds) {
        current().ifPresent(access -> access.add(alienIds));
    }

    private synchronized void add(Collection<UUID> alienIds) {
        returned.addAll(alienIds);
    }

    synchronized List<UUID> returnedPersons() {
        return List.copyOf(returned);
    }

    void recordedWithCommand(boolean recorded) {
        recordedWithCommand = recorded;
    }

    boolean recordedWithCommand() {
        return recordedWithCommand;
    }
}
