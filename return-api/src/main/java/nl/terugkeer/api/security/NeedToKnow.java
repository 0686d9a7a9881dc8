package nl.terugkeer.api.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.terugkeer.projections.casehistory.HistoryEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Need-to-know (issue 9, ADR 0021): the special categories of personal data (AVG art. 9 and 10) are shown only to
 * the roles that need them. Health (art. 64 grounds, medical obstacles, BMA advice, a medical buitenschuld route, an
 * application's purpose), trafficking (the reflection period, a trafficking permit, trafficking signals) and the
 * grounds of detention (public order and criminal grounds) are for IND, DTenV and auditors; every other role sees that
 * the fact exists, without its grounds: the field is left out, listed in {@code verborgenVelden}, and the view is
 * marked {@code "afgeschermd": true}. The same rules serve the case status, the person and every history entry.
 */
public final class NeedToKnow {

    /** The roles that see the special categories. */
    public static final Set<Role> SEE_SPECIAL_CATEGORIES = EnumSet.of(Role.IND, Role.DTENV, Role.AUDITOR);

    public static final String SHIELDED = "afgeschermd";
    public static final String HIDDEN_FIELDS = "verborgenVelden";
    /** What a shielded obstacle or whole fact is shown as. */
    public static final String SHIELDED_VALUE = "AFGESCHERMD";

    private static final Set<String> SPECIAL_OBSTACLES =
            Set.of("MEDICAL", "PREGNANCY", "TUBERCULOSIS", "HUMAN_TRAFFICKING_SIGNAL");

    /** An event field that is special, always or when the event's values say so. */
    private record Rule(String eventType, List<String> fields, Predicate<JsonNode> when) {}

    /** Per event type, the fields that hold a special category. */
    private static final List<Rule> RULES = List.of(
            // health: art. 64 and what resembles it
            rule("DepartureDeferralRequested", "ground"),
            rule("EquatedCategoryRecorded", "category"),
            rule("RegularApplicationFiled", "purpose"),
            rule("BmaAdviceRecorded", "permanentlyUnableToTravel"),
            new Rule("BuitenschuldEstablished", List.of("route"), p -> "MEDICAL".equals(text(p, "route"))),
            // health and trafficking signals among the obstacles
            new Rule(
                    "ObstacleRegistered",
                    List.of("type", "description"),
                    p -> SPECIAL_OBSTACLES.contains(text(p, "type"))),
            new Rule(
                    "ObstacleResolved",
                    List.of("type", "resolution"),
                    p -> SPECIAL_OBSTACLES.contains(text(p, "type"))),
            // trafficking
            new Rule("ResidencePermitGranted", List.of("kind"), p -> "HUMAN_TRAFFICKING".equals(text(p, "kind"))),
            rule("ReflectionPeriodGranted", "grantedOn", "endsOn"),
            // grounds of detention (public order, criminal law)
            rule("DetentionOrdered", "ground", "article39Applies"),
            rule("DetentionExtended", "reason"));

    /** Event types whose very type names the category: shown as a shielded fact, type and all. */
    private static final Set<String> SHIELDED_TYPES = Set.of("ReflectionPeriodGranted");

    private final boolean seesSpecialCategories;
    private final JsonMapper json;

    private NeedToKnow(boolean seesSpecialCategories, JsonMapper json) {
        this.seesSpecialCategories = seesSpecialCategories;
        this.json = json;
    }

    /** The view of the current request's actor; without one (no token) everything special is shielded. */
    public static NeedToKnow ofCurrentActor(JsonMapper json) {
        return of(Actor.current().map(Actor::role), json);
    }

    public static NeedToKnow of(Optional<Role> role, JsonMapper json) {
        return new NeedToKnow(role.filter(SEE_SPECIAL_CATEGORIES::contains).isPresent(), json);
    }

    public boolean seesSpecialCategories() {
        return seesSpecialCategories;
    }

    /**
     * One entry of a history as the caller may see it: the payload as a JSON object (not a string holding JSON);
     * special categories of personal data shielded ({@code afgeschermd}, with the names of the hidden fields) for
     * roles without the need to know. Field order and names are those of {@link HistoryEntry}.
     */
    public record HistoryEntryView(
            String eventId,
            String aggregateType,
            UUID aggregateId,
            long sequence,
            String eventType,
            LocalDate businessDate,
            Instant recordedAt,
            String userId,
            String role,
            String organisation,
            String correlationId,
            String causationId,
            Long correctsSequence,
            Long correctedBySequence,
            JsonNode payload,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean afgeschermd,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> verborgenVelden) {}

    /** A history entry as the role may see it. */
    public HistoryEntryView historyEntry(HistoryEntry entry) {
        JsonNode stored = entry.payload() == null ? json.createObjectNode() : json.readTree(entry.payload());
        ObjectNode payload = stored instanceof ObjectNode object ? object : json.createObjectNode();
        List<String> hidden = shield(entry.eventType(), payload);
        boolean wholeFact = !hidden.isEmpty() && SHIELDED_TYPES.contains(entry.eventType());
        return new HistoryEntryView(
                entry.eventId(),
                entry.aggregateType(),
                entry.aggregateId(),
                entry.sequence(),
                wholeFact ? SHIELDED_VALUE : entry.eventType(),
                wholeFact ? null : entry.businessDate(),
                entry.recordedAt(),
                entry.userId(),
                entry.role(),
                entry.organisation(),
                entry.correlationId(),
                entry.causationId(),
                entry.correctsSequence(),
                entry.correctedBySequence(),
                payload,
                hidden.isEmpty() ? null : true,
                hidden.isEmpty() ? null : wholeFact ? List.of("eventType", "businessDate", "payload") : hidden);
    }

    /**
     * Leaves out of {@code payload} (in place) the fields of {@code eventType} that this role may not see; returns
     * their names, empty when nothing was left out.
     */
    List<String> shield(String eventType, ObjectNode payload) {
        if (seesSpecialCategories) {
            return List.of();
        }
        List<String> hidden = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.eventType().equals(eventType) && rule.when().test(payload)) {
                for (String field : rule.fields()) {
                    if (payload.has(field)) {
                        payload.remove(field);
                        hidden.add(field);
                    }
                }
            }
        }
        return hidden;
    }

    /**
     * The case status as the role may see it: special obstacles shown as {@code AFGESCHERMD}, the detention's ground
     * left out.
     */
    public JsonNode caseStatus(Object response) {
        ObjectNode view = json.valueToTree(response);
        if (seesSpecialCategories) {
            return view;
        }
        List<String> hidden = new ArrayList<>();
        if (view.get("openObstacles") instanceof ArrayNode obstacles) {
            ArrayNode shown = json.createArrayNode();
            boolean any = false;
            for (JsonNode obstacle : obstacles) {
                if (SPECIAL_OBSTACLES.contains(obstacle.asString())) {
                    shown.add(SHIELDED_VALUE);
                    any = true;
                } else {
                    shown.add(obstacle);
                }
            }
            view.set("openObstacles", shown);
            if (any) {
                hidden.add("openObstacles[].type");
            }
        }
        if (view.get("detention") instanceof ObjectNode detention && detention.hasNonNull("ground")) {
            detention.remove("ground");
            hidden.add("detention.ground");
        }
        if (view.hasNonNull("detentionGround")) { // the projection's own record, as embedded after a command
            view.remove("detentionGround");
            hidden.add("detentionGround");
        }
        return mark(view, hidden);
    }

    /** A person's legal position as the role may see it: no trafficking permit kind or reflection period. */
    public JsonNode person(Object response) {
        ObjectNode view = json.valueToTree(response);
        if (seesSpecialCategories || !(view.get("legalPosition") instanceof ObjectNode position)) {
            return view;
        }
        List<String> hidden = new ArrayList<>();
        if ("HUMAN_TRAFFICKING".equals(text(position, "permitKind"))) {
            position.remove("permitKind");
            hidden.add("legalPosition.permitKind");
        }
        if (position.hasNonNull("reflectionPeriodEndsOn")) {
            position.remove("reflectionPeriodEndsOn");
            hidden.add("legalPosition.reflectionPeriodEndsOn");
        }
        return mark(view, hidden);
    }

    private static ObjectNode mark(ObjectNode view, List<String> hidden) {
        if (!hidden.isEmpty()) {
            view.put(SHIELDED, true);
            ArrayNode names = view.putArray(HIDDEN_FIELDS);
            hidden.forEach(names::add);
        }
        return view;
    }

    private static Rule rule(String eventType, String... fields) {
        return new Rule(eventType, List.of(fields), payload -> true);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
