package nl.terugkeer.api.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.terugkeer.api.http.Problems;
import nl.terugkeer.api.security.Actor;
import nl.terugkeer.api.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions (ADR 24): a consumer registers a callback URL and the types it wants, limited to what its
 * role may follow; it gets a secret once, to check the {@code Webhook-Signature} of each delivery. A consumer sees
 * and ends its own organisation's subscriptions; an operator (ADMIN) sees all, their dead letters, and replays them.
 */
@RestController
class SubscriptionController {

    static final int MAX_URL_LENGTH = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Subscriptions subscriptions;
    private final Clock clock;

    SubscriptionController(Subscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** @param types the event types wanted; all that the role may follow when absent */
    record NewSubscription(String callbackUrl, List<String> types) {}

    @PostMapping("/v1/subscriptions")
    ResponseEntity<?> create(@RequestBody NewSubscription request) {
        Actor actor = Actor.current().orElseThrow();
        FeedScope scope = FeedScope.of(actor);
        List<String> errors = new ArrayList<>();
        Optional<String> url = callbackUrl(request.callbackUrl(), errors);
        List<FeedType> types = new ArrayList<>();
        if (request.types() == null || request.types().isEmpty()) {
            types.addAll(scope.types());
        } else {
            for (String type : request.types()) {
                Optional<FeedType> known = type == null ? Optional.empty() : FeedType.of(type);
                if (known.isEmpty()) {
                    errors.add("types holds an unknown type");
                } else if (!types.contains(known.get())) {
                    types.add(known.get());
                }
            }
        }
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.malformedBody(String.join("; ", errors)));
        }
        if (types.isEmpty() || !types.stream().allMatch(scope::allows)) {
            ProblemDetail problem = Problems.of(
                    HttpStatus.FORBIDDEN, "Forbidden", "FORBIDDEN", "Your role may not follow these event types.");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Subscriptions.Subscription created = subscriptions.create(
                actor.role().name(),
                actor.organisation(),
                actor.userId(),
                scope.municipalityCode(),
                url.orElseThrow(),
                types,
                secret,
                clock.instant());
        Map<String, Object> body = view(created);
        body.put("secret", secret); // shown once: sign-checking key of the deliveries
        return ResponseEntity.created(URI.create("/v1/subscriptions/" + created.id()))
                .body(body);
    }

    @GetMapping("/v1/subscriptions")
    Map<String, Object> list() {
        Actor actor = Actor.current().orElseThrow();
        Optional<String[]> owner = actor.is(Role.ADMIN)
                ? Optional.empty()
                : Optional.of(new String[] {actor.role().name(), actor.organisation()});
        return Map.of(
                "entries",
                subscriptions.list(owner).stream().map(this::view).toList(),
                "_links",
                Map.of("self", Map.of("href", "/v1/subscriptions")));
    }

    @GetMapping("/v1/subscriptions/{id}")
    ResponseEntity<?> one(@PathVariable UUID id) {
        return visible(id)
                .<ResponseEntity<?>>map(s -> ResponseEntity.ok(view(s)))
                .orElseGet(SubscriptionController::notFound);
    }

    /** Deliveries of a subscription in one state, oldest first: {@code state=DEAD} lists the dead letters. */
    @GetMapping("/v1/subscriptions/{id}/deliveries")
    ResponseEntity<?> deliveries(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "DEAD") String state,
            @RequestParam(defaultValue = "100") int limit) {
        String wanted = state.toUpperCase(Locale.ROOT);
        if (!List.of("PENDING", "DELIVERED", "DEAD").contains(wanted) || limit < 1 || limit > 500) {
            return ResponseEntity.badRequest()
                    .body(Problems.malformedQuery("state must be PENDING, DELIVERED or DEAD and limit from 1 to 500"));
        }
        Optional<Subscriptions.Subscription> found = visible(id);
        if (found.isEmpty()) {
            return notFound();
        }
        return ResponseEntity.ok(Map.of("entries", subscriptions.deliveries(id, wanted, limit)));
    }

    @DeleteMapping("/v1/subscriptions/{id}")
    ResponseEntity<?> delete(@PathVariable UUID id) {
        if (visible(id).isEmpty()) {
            return notFound();
        }
        subscriptions.delete(id, clock.instant());
        return ResponseEntity.noContent().build();
    }

    /** ADMIN only (SecurityConfiguration): queues the dead deliveries again, in their order. */
    @PostMapping("/v1/subscriptions/{id}/replays")
    ResponseEntity<?> replay(@PathVariable UUID id) {
        if (subscriptions.find(id).isEmpty()) {
            return notFound();
        }
        int replayed = subscriptions.replayDead(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("subscriptionId", id, "replayed", replayed));
    }

    private Optional<Subscriptions.Subscription> visible(UUID id) {
        Actor actor = Actor.current().orElseThrow();
        return subscriptions
                .find(id)
                .filter(s -> actor.is(Role.ADMIN)
                        || (s.ownerRole().equals(actor.role().name())
                                && s.ownerOrganisation().equals(actor.organisation())));
    }

    private Map<String, Object> view(Subscriptions.Subscription s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id());
        view.put("callbackUrl", s.callbackUrl());
        view.put("types", s.types());
        view.put("createdAt", s.createdAt());
        view.put("deliveries", subscriptions.counts(s.id()));
        view.put("_links", Map.of("self", Map.of("href", "/v1/subscriptions/" + s.id())));
        return view;
    }

    private static ResponseEntity<?> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound("subscription"));
    }

    /** An absolute http(s) URL with a host, no user info and no fragment (ADR 24 on SSRF). */
    static Optional<String> callbackUrl(String raw, List<String> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add("callbackUrl is required");
            return Optional.empty();
        }
        if (raw.length() > MAX_URL_LENGTH) {
            errors.add("callbackUrl is longer than " + MAX_URL_LENGTH + " characters");
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute()
                    || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null) {
                errors.add("callbackUrl must be an absolute http or https URL with a host, without user info or"
                        + " fragment");
                return Optional.empty();
            }
            return Optional.of(uri.toString());
        } catch (URISyntaxException malformed) {
            errors.add("callbackUrl is not a valid URL");
            return Optional.empty();
        }
    }
}
