package nl.terugkeer.api.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The W3C trace id of a request: from {@code traceparent}, or a new one. */
public final class TraceIds {

    /** Request attribute holding the trace id, also used as the commands' correlation id. */
    public static final String ATTRIBUTE = TraceIds.class.getName();

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceIds() {}

    /** The caller's span (the parent id of a valid {@code traceparent}), or null. */
    public static String parentSpanOf(HttpServletRequest request) {
        String header = request.getHeader("traceparent");
        if (header != null && TRACEPARENT.matcher(header.trim()).matches()) {
            String parent = header.trim().substring(36, 52);
            return parent.equals("0".repeat(16)) ? null : parent;
        }
        return null;
    }

    /** A new random 64-bit span id as 16 hex characters. */
    public static String newSpanId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String traceId) {
            return traceId;
        }
        String header = request.getHeader("traceparent");
        String traceId;
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            // the request's span (Micrometer Tracing over OpenTelemetry, issue 14): the same id in logs and exports
            traceId = span.getTraceId();
        } else if (header != null
                && TRACEPARENT.matcher(header.trim()).matches()
                && !header.contains("-" + "0".repeat(32))) {
            traceId = header.trim().substring(3, 35);
        } else {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            traceId = HexFormat.of().formatHex(bytes);
        }
        request.setAttribute(ATTRIBUTE, traceId);
        return traceId;
    }
}
