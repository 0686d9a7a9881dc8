package nl.terugkeer.api.integrity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.terugkeer.api.http.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/admin/integrity} (AUDITOR, ADMIN): verifies the hash chains of the event store and the access log
 * and names the first altered or missing event or entry by position. With an anchor from the daily log line
 * ({@code eventsUpTo}, {@code eventsDigest}, {@code accessLogUpTo}, {@code accessLogDigest}, all four) it also tells
 * whether the stored rows still give that anchor.
 */
@RestController
class IntegrityController {

    private final IntegrityVerifier verifier;

    IntegrityController(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/v1/admin/integrity")
    ResponseEntity<?> integrity(
            @RequestParam(required = false) String eventsUpTo,
            @RequestParam(required = false) String eventsDigest,
            @RequestParam(required = false) String accessLogUpTo,
            @RequestParam(required = false) String accessLogDigest) {
        long given = Stream.of(eventsUpTo, eventsDigest, accessLogUpTo, accessLogDigest)
                .filter(value -> value != null)
                .count();
        IntegrityVerifier.Anchor anchor = null;
        if (given > 0) {
            if (given < 4
                    || !eventsUpTo.matches("\\d{1,18}")
                    || !accessLogUpTo.matches("\\d{1,18}")
                    || !eventsDigest.matches("[0-9a-f]{64}")
                    || !accessLogDigest.matches("[0-9a-f]{64}")) {
                return ResponseEntity.badRequest()
                        .body(Problems.malformedQuery(
                                "an anchor needs all of eventsUpTo and accessLogUpTo (whole numbers) and eventsDigest"
                                        + " and accessLogDigest (64 lower-case hex characters)"));
            }
            anchor = new IntegrityVerifier.Anchor(
                    Long.parseLong(eventsUpTo), eventsDigest, Long.parseLong(accessLogUpTo), accessLogDigest);
        }
        IntegrityVerifier.Report report = verifier.verify();
        Boolean anchorMatches = anchor == null ? null : verifier.matches(anchor);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intact", report.intact() && (anchorMatches == null || anchorMatches));
        body.put("verifiedAt", report.verifiedAt().toString());
        body.put("events", report.events());
        body.put("accessLog", report.accessLog());
        if (anchor != null) {
            body.put("anchorMatches", anchorMatches);
        }
        return ResponseEntity.ok(body);
    }
}
