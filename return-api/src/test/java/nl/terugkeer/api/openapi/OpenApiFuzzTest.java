package nl.terugkeer.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.terugkeer.api.Http;
import nl.terugkeer.api.ReturnApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzing driven by the OpenAPI document (issue 14, item 5): for every documented operation, requests generated
 * from its parameters' and body's schemas, valid and invalid by turns (boundary numbers, malformed dates and ids,
 * missing required fields, wrong types, unknown fields, garbage bodies, odd headers), sent with a token of every
 * role. Whatever comes in, the answer is never a 5xx, and every refusal is a problem detail. The seed is fixed, so a
 * failure is reproducible; the figures are printed.
 */
@ReturnApiTest
class OpenApiFuzzTest {

    private static final int ROUNDS_PER_OPERATION_AND_ROLE = 3;
    private static final String[] ROLES = {"GEMEENTE", "DTENV", "IND", "AUDITOR", "ANALYST", "ADMIN", "COA"};
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort
    int port;

    private final Random random = new Random(20261130L);
    private JsonNode schemas;

    @Test
    void givenEveryDocumentedOperation_whenFedGeneratedRequestsAsEveryRole_thenNo5xxAndEveryRefusalIsAProblem() {
        JsonNode document = Http.anonymous(port).get("/v1/openapi.json").json();
        schemas = document.get("components").get("schemas");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : fields(document.get("paths"))) {
            for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                operations++;
                for (String role : ROLES) {
                    Http caller = role.equals("GEMEENTE") ? Http.asGemeente(port, "GM0363") : Http.as(port, role);
                    for (int round = 0; round < ROUNDS_PER_OPERATION_AND_ROLE; round++) {
                        String uri = "/v1" + fill(path.getKey(), operation.getValue());
                        String body = operation.getValue().has("requestBody") ? body(operation.getValue()) : null;
                        Http request = headers(caller, operation.getValue());
                        Http.Response answer = method.equals("GET")
                                ? request.get(uri)
                                : request.send(method, uri, body == null ? "" : body);
                        sent++;
                        String what = method + " " + uri + " as " + role + " -> " + answer.status();
                        if (answer.status() >= 500) {
                            failures.add(what + " " + answer.body());
                        } else if (answer.status() >= 400
                                && !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
                            failures.add(what + " without a problem detail: " + answer.contentType());
                        }
                    }
                }
            }
        }
        System.out.printf(
                "OpenAPI fuzzing: %d operations, %d requests, %d failures%n", operations, sent, failures.size());
        assertThat(sent).isGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    // ---- generation ----

    private String fill(String template, JsonNode operation) {
        StringBuilder path = new StringBuilder(template);
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : iterable(operation.get("parameters"))) {
            String name = parameter.get("name").asString();
            String in = parameter.get("in").asString();
            if (in.equals("path")) {
                int at = path.indexOf("{" + name + "}");
                if (at >= 0) {
                    path.replace(at, at + name.length() + 2, encode(pathValue(parameter.get("schema"))));
                }
            } else if (in.equals("query") && random.nextInt(3) > 0) {
                query.add(name + "=" + encode(queryValue(name, parameter.get("schema"))));
            }
        }
        return query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
    }

    private String pathValue(JsonNode schema) {
        return switch (random.nextInt(6)) {
            case 0 -> "x";
            case 1 -> "00000000-0000-0000-0000-000000000000";
            case 2 -> "a".repeat(300);
            case 3 -> "%00";
            default ->
                schema != null && "uuid".equals(text(schema, "format"))
                        ? UUID.randomUUID().toString()
                        : "case";
        };
    }

    private String queryValue(String name, JsonNode schema) {
        if (name.equals("wait")) { // the feed's long poll: never wait for real
            return pick("0", "-1", "x", "31");
        }
        String type = schema == null ? "string" : text(schema, "type");
        if ("integer".equals(type)) {
            return pick("0", "1", "-1", "2147483647", "2147483648", "99999999999999999999", "1.5", "x", "");
        }
        if ("date".equals(text(schema, "format"))) {
            return pick("2026-11-28", "2026-02-30", "yesterday", "0000-01-01", "99999-01-01", "");
        }
        if ("date-time".equals(text(schema, "format"))) {
            return pick("2026-11-28T10:00:00Z", "2026-11-28", "not-a-time", "");
        }
        if (schema != null && schema.has("enum") && random.nextBoolean()) {
            return schema.get("enum")
                    .get(random.nextInt(schema.get("enum").size()))
                    .asString();
        }
        return pick("", "x", "GM0363", "rv-1", "\u00e9\u00e8\u4e2d", "' OR 1=1 --", "a".repeat(2000), "%", "..");
    }

    private Http headers(Http caller, JsonNode operation) {
        Http request = caller;
        for (JsonNode parameter : iterable(operation.get("parameters"))) {
            if (!"header".equals(text(parameter, "in")) || random.nextBoolean()) {
                continue;
            }
            String name = parameter.get("name").asString();
            String value =
                    switch (name) {
                        case "If-Match" -> pick("\"0\"", "\"1\"", "*", "garbage", "W/\"99999999999999999999\"");
                        case "Idempotency-Key" -> pick(UUID.randomUUID().toString(), " ", "k".repeat(300), "key");
                        case "Prefer" -> pick("return=representation", "return=minimal", "x");
                        default -> "x";
                    };
            request = copy(request).header(name, value);
        }
        return request;
    }

    /** The callers are cached per role; headers are added to a fresh copy of one. */
    private Http copy(Http caller) {
        return caller.on(port);
    }

    private String body(JsonNode operation) {
        JsonNode content = operation.get("requestBody").get("content");
        JsonNode schema = content.has("application/json")
                ? content.get("application/json").get("schema")
                : null;
        return switch (random.nextInt(8)) {
            case 0 -> pick("", "{", "[]", "null", "\"text\"", "{\"a\":", "{}");
            case 1 -> JsonMapper.builder().build().writeValueAsString(wrongTypes(resolve(schema)));
            default -> {
                JsonNode generated = value(resolve(schema), 0);
                if (generated instanceof ObjectNode object && random.nextInt(4) == 0) {
                    object.put("unknownField" + random.nextInt(3), "x");
                }
                yield generated.toString();
            }
        };
    }

    private JsonNode value(JsonNode schema, int depth) {
        if (schema == null || depth > 4) {
            return NODES.stringNode("x");
        }
        schema = resolve(schema);
        if (schema.has("enum")) {
            return random.nextInt(6) == 0
                    ? NODES.stringNode("NOT_A_VALUE")
                    : schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = text(schema, "type");
        if (schema.has("properties") || "object".equals(type)) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, JsonNode> property : fields(schema.get("properties"))) {
                if (random.nextInt(5) > 0) {
                    object.set(property.getKey(), value(property.getValue(), depth + 1));
                }
            }
            return object;
        }
        if ("array".equals(type)) {
            ArrayNode array = NODES.arrayNode();
            for (int i = random.nextInt(3); i > 0; i--) {
                array.add(value(schema.get("items"), depth + 1));
            }
            return array;
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return NODES.numberNode(pickLong(0, 1, -1, 28, 2147483647L, -2147483648L, Long.MAX_VALUE));
        }
        if ("boolean".equals(type)) {
            return NODES.booleanNode(random.nextBoolean());
        }
        String format = text(schema, "format");
        if ("date".equals(format)) {
            return NODES.stringNode(pick("2026-11-01", "2026-11-28", "2030-01-01", "1900-01-01", "2026-13-01", "x"));
        }
        if ("uuid".equals(format)) {
            return NODES.stringNode(random.nextBoolean() ? UUID.randomUUID().toString() : "not-a-uuid");
        }
        if (schema.has("pattern") && random.nextBoolean()) {
            return NODES.stringNode(pick("1234567890", "GM0363", "123", "GM12"));
        }
        return NODES.stringNode(pick("x", "", "Amal", "\u4e2d\u6587", "a".repeat(5000), "<script>"));
    }

    /** Every property of the right name with a value of the wrong type. */
    private JsonNode wrongTypes(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : fields(schema == null ? null : schema.get("properties"))) {
            object.set(
                    property.getKey(),
                    switch (random.nextInt(4)) {
                        case 0 -> NODES.arrayNode().add(1);
                        case 1 -> NODES.objectNode().put("x", 1);
                        case 2 -> NODES.numberNode(3.5);
                        default -> NODES.booleanNode(true);
                    });
        }
        return object;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return schemas.get(name);
        }
        return schema;
    }

    // ---- small helpers ----

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private long pickLong(long... values) {
        return values[random.nextInt(values.length)];
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.has(field) ? null : node.get(field).asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array == null ? List.of() : array.valueStream().toList();
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        if (object != null) {
            for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                fields.add(Map.entry(name, object.get(name)));
            }
        }
        return fields;
    }
}
