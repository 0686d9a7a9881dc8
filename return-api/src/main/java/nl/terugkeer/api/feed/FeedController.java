package nl.terugkeer.api.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.api.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pull feed (ADR 24): integration events in feed order after an opaque cursor, of the asked types, as far as the
 * caller's role may see them ({@link FeedScope}); waits up to {@code wait} seconds (at most 30) when there is nothing
 * new yet. And the JSON Schema of each type, public at a stable URL.
 */
@RestController
class FeedController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final int MAX_WAIT_SECONDS = 30;
    private static final Duration POLL = Duration.ofMillis(200);
    private static final String CURSOR_PREFIX = "p:";

    private final FeedStore feed;

    FeedController(FeedStore feed) {
        this.feed = feed;
    }

    @GetMapping("/v1/feed")
    ResponseEntity<?> feed(
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String types,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String wait)
            throws InterruptedException {
        List<String> errors = new ArrayList<>();
        long position = 0;
        if (after != null) {
            Optional<Long> decoded = decode(after);
            if (decoded.isEmpty()) {
                errors.add("after must be a cursor returned by this feed");
            } else {
                position = decoded.get();
            }
        }
        List<FeedType> asked = new ArrayList<>();
        if (types == null || types.isBlank()) {
            asked.addAll(Arrays.asList(FeedType.values()));
        } else {
            for (String type : types.split(",", -1)) {
                FeedType.of(type.trim()).ifPresentOrElse(asked::add, () -> errors.add("unknown type in types"));
            }
        }
        int pageSize = number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "limit", errors);
        int waitSeconds = number(wait, 0, 0, MAX_WAIT_SECONDS, "wait", errors);
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.malformedQuery(String.join("; ", errors)));
        }
        FeedScope scope = FeedScope.of(Actor.current().orElseThrow());
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        List<FeedStore.Stored> page = feed.page(position, asked, scope, pageSize);
        while (page.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            page = feed.page(position, asked, scope, pageSize);
        }
        long next = page.isEmpty() ? position : page.getLast().position();
        String cursor = encode(next);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", page.stream().map(feed::envelope).toList());
        body.put("cursor", cursor);
        StringBuilder nextHref = new StringBuilder("/v1/feed?after=").append(cursor);
        if (types != null && !types.isBlank()) {
            nextHref.append("&types=")
                    .append(String.join(",", asked.stream().map(FeedType::type).toList()));
        }
        if (limit != null) {
            nextHref.append("&limit=").append(pageSize);
        }
        body.put("_links", Map.of("next", Map.of("href", nextHref.toString())));
        return ResponseEntity.ok(body);
    }

    @GetMapping(path = "/v1/feed/schemas/{file}", produces = "application/schema+json")
    ResponseEntity<?> schema(@PathVariable String file) throws IOException {
        Optional<FeedType> type = file.endsWith(".json")
                ? FeedType.of(file.substring(0, file.length() - ".json".length()))
                : Optional.empty();
        if (type.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.notFound("event type"));
        }
        try (InputStream in = FeedController.class.getResourceAsStream(
                "/feed/schemas/" + type.get().type() + ".json")) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/schema+json"))
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static String encode(long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Long> decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(CURSOR_PREFIX)) {
                return Optional.empty();
            }
            long position = Long.parseLong(raw.substring(CURSOR_PREFIX.length()));
            return position < 0 ? Optional.empty() : Optional.of(position);
        } catch (IllegalArgumentException notACursor) {
            return Optional.empty();
        }
    }

    private static int number(String raw, int fallback, int min, int max, String name, List<String> errors) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(name + " must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
