package nl.terugkeer.api.security;

import static nl.terugkeer.api.security.Role.ADMIN;
import static nl.terugkeer.api.security.Role.ANALYST;
import static nl.terugkeer.api.security.Role.AUDITOR;
import static nl.terugkeer.api.security.Role.COA;
import static nl.terugkeer.api.security.Role.DTENV;
import static nl.terugkeer.api.security.Role.GEMEENTE;
import static nl.terugkeer.api.security.Role.IND;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one authorization table (ADR 0007, issue 9): every operation of the OpenAPI document ({@code /v1/openapi.json})
 * with, per role, whether it is {@link Access#ALLOWED}, {@link Access#SCOPED} (allowed, limited to the caller's own
 * municipality: {@link MunicipalityScope}, {@link CommandAuthorization} and the searches) or {@link Access#DENIED}.
 * {@link SecurityConfiguration} builds its path rules from this table, the access log names each request's processing
 * activity from it, and {@code AccessPolicyTest} calls every operation as every role and compares the outcome. A role
 * not named in an entry is denied; an operation missing here is refused for everyone and fails that test.
 */
public final class AccessPolicy {

    /** What a role may do with an operation. */
    public enum Access {
        ALLOWED,
        /** Allowed within the caller's own municipality only: another municipality's case answers 404. */
        SCOPED,
        DENIED
    }

    /** The processing activities (verwerkingsactiviteiten) of the register that the access log refers to. */
    public static final class ProcessingActivity {
        private static final String BASE = "urn:nl:terugkeer:verwerkingsactiviteit:";
        public static final String RETURN_CASE = BASE + "terugkeerzaak-behandelen";
        public static final String LEGAL_POSITION = BASE + "verblijfspositie-vastleggen";
        public static final String ENTITLEMENT = BASE + "opvangrecht-bepalen";
        public static final String ACCOUNTABILITY = BASE + "verantwoording-toegang";
        public static final String OPERATIONS = BASE + "beheer-leesmodellen";
        public static final String DOWNSTREAM = BASE + "wijzigingen-doorgeven";
        /** Pseudonymised, suppressed statistics for policy and supervision (issue 10, ADR 0025). */
        public static final String STATISTICS = BASE + "beleidsinformatie";

        private ProcessingActivity() {}
    }

    /**
     * One operation of the OpenAPI document.
     *
     * @param method the HTTP method
     * @param path the path as the OpenAPI document names it, relative to {@code /v1}
     * @param activity the human-readable name of the action (the access log's {@code name})
     * @param processingActivity the processing activity it serves (the access log's {@code processing_activity_id})
     * @param access per role; a role not in the map is {@link Access#DENIED}
     */
    public record Operation(
            HttpMethod method, String path, String activity, String processingActivity, Map<Role, Access> access) {

        public Access accessOf(Role role) {
            return access.getOrDefault(role, Access.DENIED);
        }

        /** The roles for which the path rule opens the operation (allowed or scoped). */
        public Set<Role> permitted() {
            return Arrays.stream(Role.values())
                    .filter(role -> accessOf(role) != Access.DENIED)
                    .collect(Collectors.toUnmodifiableSet());
        }

        /** As in the OpenAPI document: {@code GET /cases/{caseId}}. */
        public String key() {
            return method.name() + " " + path;
        }

        /** The full request path pattern, with the {@code /v1} base. */
        public String fullPath() {
            return "/v1" + path;
        }

        PathPattern pattern() {
            return PATTERNS.computeIfAbsent(fullPath(), PARSER::parse);
        }
    }

    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final Map<String, PathPattern> PATTERNS = new ConcurrentHashMap<>();

    private static final Map<Role, Access> CASE_READ =
            access(GEMEENTE, Access.SCOPED, DTENV, Access.ALLOWED).and(AUDITOR, Access.ALLOWED);
    private static final Map<Role, Access> PERSON_READ =
            access(DTENV, Access.ALLOWED, IND, Access.ALLOWED).and(AUDITOR, Access.ALLOWED);

    private static final Map<Role, Access> FEED_READ = access(GEMEENTE, Access.SCOPED, DTENV, Access.ALLOWED)
            .and(IND, Access.ALLOWED)
            .and(AUDITOR, Access.ALLOWED)
            .and(ADMIN, Access.ALLOWED)
            .and(COA, Access.ALLOWED);
    private static final Map<Role, Access> EVERY_ROLE = access(Role.values());

    /** Every operation, in the order of the OpenAPI document's paths. */
    public static final List<Operation> OPERATIONS = List.of(
            // persons
            op("POST /aliens", "register a person", ProcessingActivity.LEGAL_POSITION, access(DTENV, IND)),
            op(
                    "GET /aliens/{alienId}",
                    "read a person's legal position",
                    ProcessingActivity.LEGAL_POSITION,
                    PERSON_READ),
            op("POST /aliens/_zoek", "search persons", ProcessingActivity.LEGAL_POSITION, PERSON_READ),
            op(
                    "POST /aliens/{id}/{subResource}",
                    "record on a person's legal position",
                    ProcessingActivity.LEGAL_POSITION,
                    access(IND)),
            op(
                    "GET /aliens/{id}/{subResource}",
                    "read entries of a person",
                    ProcessingActivity.LEGAL_POSITION,
                    PERSON_READ),
            op(
                    "GET /aliens/{alienId}/entitlement",
                    "determine entitlement to reception",
                    ProcessingActivity.ENTITLEMENT,
                    PERSON_READ),
            op(
                    "GET /aliens/{alienId}/entitlement-periods",
                    "read periods of entitlement",
                    ProcessingActivity.ENTITLEMENT,
                    PERSON_READ),
            // cases
            op(
                    "POST /cases",
                    "signal a return case",
                    ProcessingActivity.RETURN_CASE,
                    access(GEMEENTE, Access.SCOPED, DTENV, Access.ALLOWED)),
            op("POST /cases/_zoek", "search return cases", ProcessingActivity.RETURN_CASE, CASE_READ),
            op("GET /cases/{caseId}", "read a return case", ProcessingActivity.RETURN_CASE, CASE_READ),
            op(
                    "GET /cases/{caseId}/history",
                    "read a return case's history",
                    ProcessingActivity.RETURN_CASE,
                    CASE_READ),
            op(
                    "POST /cases/{id}/{subResource}",
                    "record on a return case",
                    ProcessingActivity.RETURN_CASE,
                    access(DTENV)),
            op(
                    "GET /cases/{id}/{subResource}",
                    "read entries of a return case",
                    ProcessingActivity.RETURN_CASE,
                    CASE_READ),
            // work lists
            op("GET /work-lists", "read a work list", ProcessingActivity.RETURN_CASE, CASE_READ),
            // accountability
            op("GET /access-log", "read the access log", ProcessingActivity.ACCOUNTABILITY, access(AUDITOR)),
            op("POST /access-log/_zoek", "search the access log", ProcessingActivity.ACCOUNTABILITY, access(AUDITOR)),
            // the hash chains' verification names positions only (ADR 0022)
            op(
                    "GET /admin/integrity",
                    "verify the history's hash chains",
                    ProcessingActivity.ACCOUNTABILITY,
                    access(AUDITOR, ADMIN)),
            // the downstream feed and webhooks (ADR 24): COA has these and nothing else; a municipality its own cases
            op("GET /feed", "follow the changes", ProcessingActivity.DOWNSTREAM, FEED_READ),
            op("GET /feed/schemas/{file}", "read an event schema", ProcessingActivity.DOWNSTREAM, EVERY_ROLE),
            op("POST /subscriptions", "subscribe to changes", ProcessingActivity.DOWNSTREAM, FEED_READ),
            op("GET /subscriptions", "list subscriptions", ProcessingActivity.DOWNSTREAM, FEED_READ),
            op("GET /subscriptions/{id}", "read a subscription", ProcessingActivity.DOWNSTREAM, FEED_READ),
            op(
                    "GET /subscriptions/{id}/deliveries",
                    "read a subscription's deliveries",
                    ProcessingActivity.DOWNSTREAM,
                    FEED_READ),
            op("DELETE /subscriptions/{id}", "end a subscription", ProcessingActivity.DOWNSTREAM, FEED_READ),
            op(
                    "POST /subscriptions/{id}/replays",
                    "replay dead-lettered deliveries",
                    ProcessingActivity.DOWNSTREAM,
                    access(ADMIN)),
            // statistics for analysts (ADR 0025): aggregates only, small cells suppressed
            op(
                    "GET /statistics/stock-and-flow",
                    "read stock-and-flow statistics",
                    ProcessingActivity.STATISTICS,
                    access(ANALYST)),
            op("GET /statistics/outcomes", "read outcome statistics", ProcessingActivity.STATISTICS, access(ANALYST)),
            op(
                    "GET /statistics/instruments",
                    "read instrument statistics",
                    ProcessingActivity.STATISTICS,
                    access(ANALYST)),
            op(
                    "GET /statistics/entitlement",
                    "read entitlement statistics",
                    ProcessingActivity.STATISTICS,
                    access(ANALYST)),
            op(
                    "GET /statistics/detention",
                    "read detention statistics",
                    ProcessingActivity.STATISTICS,
                    access(ANALYST)),
            op(
                    "GET /statistics/regietafel-report",
                    "read the Regietafel report",
                    ProcessingActivity.STATISTICS,
                    access(ANALYST)),
            // operations
            op("GET /admin/projections", "read the projections' state", ProcessingActivity.OPERATIONS, access(ADMIN)),
            op(
                    "POST /admin/projections/{name}/rebuild",
                    "rebuild a projection",
                    ProcessingActivity.OPERATIONS,
                    access(ADMIN)),
            // the projections' dead letters (issue 14, ADR 0026)
            op("GET /admin/dead-letters", "read the dead letters", ProcessingActivity.OPERATIONS, access(ADMIN)),
            op(
                    "POST /admin/dead-letters/{projection}/retries",
                    "retry dead letters",
                    ProcessingActivity.OPERATIONS,
                    access(ADMIN)),
            op(
                    "DELETE /admin/dead-letters/{projection}/{letterId}",
                    "evict a dead letter",
                    ProcessingActivity.OPERATIONS,
                    access(ADMIN)));

    /** Most specific first (literal segments before variables), the order in which path rules must be tried. */
    static final List<Operation> BY_SPECIFICITY = sortedBySpecificity();

    private AccessPolicy() {}

    /** The operation a request is for, if the table has one. */
    public static Optional<Operation> match(String method, String requestUri) {
        PathContainer path = PathContainer.parsePath(requestUri);
        return BY_SPECIFICITY.stream()
                .filter(op -> op.method().matches(method) && op.pattern().matches(path))
                .findFirst();
    }

    /** The operation named as in the OpenAPI document, e.g. {@code GET /cases/{caseId}}. */
    public static Optional<Operation> byKey(String key) {
        return OPERATIONS.stream().filter(op -> op.key().equals(key)).findFirst();
    }

    private static List<Operation> sortedBySpecificity() {
        List<Operation> sorted = new ArrayList<>(OPERATIONS);
        sorted.sort(Comparator.comparing(Operation::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        return List.copyOf(sorted);
    }

    private static Operation op(String key, String activity, String processingActivity, Map<Role, Access> access) {
        String[] parts = key.split(" ", 2);
        return new Operation(HttpMethod.valueOf(parts[0]), parts[1], activity, processingActivity, Map.copyOf(access));
    }

    /** The roles named, all {@link Access#ALLOWED}. */
    private static Map<Role, Access> access(Role... roles) {
        Map<Role, Access> map = new EnumMap<>(Role.class);
        for (Role role : roles) {
            map.put(role, Access.ALLOWED);
        }
        return map;
    }

    private static AccessMap access(Role first, Access firstAccess, Role second, Access secondAccess) {
        AccessMap map = new AccessMap();
        map.put(first, firstAccess);
        map.put(second, secondAccess);
        return map;
    }

    /** An access map built in steps. */
    private static final class AccessMap extends EnumMap<Role, Access> {
        AccessMap() {
            super(Role.class);
        }

        AccessMap and(Role role, Access access) {
            put(role, access);
            return this;
        }
    }
}
