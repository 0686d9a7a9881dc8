package nl.terugkeer.api.concurrency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.api.security.Actor;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST (ADR 0014). The first request with a key (per user) is executed and its successful
 * answer stored; a retry with the same key and the same method, path and body gets that answer again
 * ({@code Idempotent-Replayed: true}) and causes nothing new; the same key with another request is refused with 422;
 * a retry while the first is still running gets 409. A first attempt that fails (not 2xx) releases the key. Runs
 * inside Spring Security's chain after authorization, so keys are scoped to the authenticated user.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";

    /** The claimed (user, key) of this request, for marking it committed in the command's transaction (issue 14). */
    public static final String CLAIM_ATTRIBUTE = IdempotencyFilter.class.getName() + ".claim";

    public record Claim(String userId, String key) {}

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyStore store;
    private final long maxBodyBytes;

    public IdempotencyFilter(IdempotencyStore store, long maxBodyBytes) {
        this.store = store;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Optional<Actor> actor = Actor.current();
        if (actor.isEmpty() || request.getContentLengthLong() > maxBodyBytes) {
            chain.doFilter(request, response); // refused further on (403, 413)
            return;
        }
        if (!KEY.matcher(key).matches()) {
            Problems.write(
                    response,
                    400,
                    "Invalid Idempotency-Key",
                    "Idempotency-Key must be 1-255 visible ASCII characters.",
                    "INVALID_IDEMPOTENCY_KEY");
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            Problems.write(
                    response,
                    413,
                    "Request body too large",
                    "the body exceeds " + maxBodyBytes + " bytes",
                    "BODY_TOO_LARGE");
            return;
        }
        String userId = actor.get().userId();
        String hash = hash(request, body);
        if (!store.claim(userId, key, hash)) {
            replayOrRefuse(response, store.find(userId, key), hash);
            return;
        }
        request.setAttribute(CLAIM_ATTRIBUTE, new Claim(userId, key));
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), captured);
            int status = captured.getStatus();
            if (status >= 200 && status < 300) {
                store.complete(
                        userId,
                        key,
                        status,
                        captured.getContentType(),
                        captured.getHeader("Location"),
                        captured.getHeader("ETag"),
                        captured.getContentAsByteArray());
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(userId, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private static void replayOrRefuse(
            HttpServletResponse response, Optional<IdempotencyStore.Stored> stored, String hash) throws IOException {
        if (stored.isPresent() && !stored.get().requestHash().equals(hash)) {
            Problems.write(
                    response,
                    422,
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request.",
                    "IDEMPOTENCY_KEY_REUSED");
        } else if (stored.isPresent()
                && !stored.get().completed()
                && stored.get().committed()) {
            // The first attempt's command is stored but its answer was lost (issue 14): never run it again.
            String on = stored.get().committedAggregateId() == null
                    ? ""
                    : " (case or person " + stored.get().committedAggregateId().replaceAll("[^0-9a-f-]", "") + ")";
            Problems.write(
                    response,
                    409,
                    "Request already recorded",
                    "The first request with this Idempotency-Key was recorded" + on + ", but its answer was lost;"
                            + " read the case or person instead of sending it again.",
                    "IDEMPOTENT_REQUEST_RECORDED");
        } else if (stored.isEmpty() || !stored.get().completed()) {
            Problems.write(
                    response,
                    409,
                    "Request in progress",
                    "A request with this Idempotency-Key is being handled; retry later.",
                    "IDEMPOTENT_REQUEST_IN_PROGRESS");
        } else {
            IdempotencyStore.Stored first = stored.get();
            response.setStatus(first.status());
            if (first.contentType() != null) {
                response.setContentType(first.contentType());
            }
            if (first.location() != null) {
                response.setHeader("Location", first.location());
            }
            if (first.etag() != null) {
                response.setHeader("ETag", first.etag());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (first.body() != null) {
                response.getOutputStream().write(first.body());
            }
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once and served again from memory. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The body is already in memory: all of it is available at once. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
