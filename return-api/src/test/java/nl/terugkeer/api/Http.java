package nl.terugkeer.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running application, acting as one user with a token of the dev issuer. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Http(int port) {
        this.port = port;
    }

    /** A DTenV case worker. */
    public static Http asDtenv(int port) {
        return as(port, "u-dtenv-1", "DTENV", "DTENV");
    }

    /** A municipality's official; {@code municipality} is its CBS code. */
    public static Http asGemeente(int port, String municipality) {
        return as(port, "u-gm-" + municipality, "GEMEENTE", municipality);
    }

    /** A user in {@code role}, acting for the organisation named after the role. */
    public static Http as(int port, String role) {
        return as(port, "u-" + role.toLowerCase(java.util.Locale.ROOT) + "-1", role, role);
    }

    /** Any user, with a real token from the development token issuer at {@code POST /dev/tokens}. */
    public static Http as(int port, String userId, String role, String organisation) {
        String token = TOKENS.computeIfAbsent(port + "|" + userId + "|" + role + "|" + organisation, key -> {
            Response issued = anonymous(port).post("/dev/tokens", """
                    {"sub":"%s","role":"%s","organisation":"%s"}""".formatted(userId, role, organisation));
            if (issued.status() != 200) {
                throw new IllegalStateException("no dev token: " + issued.status() + " " + issued.body());
            }
            return issued.json().get("accessToken").asString();
        });
        return new Http(port).bearer(token);
    }

    public static Http anonymous(int port) {
        return new Http(port);
    }

    /** The same user (same headers) on another port of the application, e.g. the management port. */
    public Http on(int otherPort) {
        Http copy = new Http(otherPort);
        copy.headers.putAll(headers);
        return copy;
    }

    public Http bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    public Http header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Any method with a JSON body (DELETE and PUT included). */
    public Response send(String method, String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response send(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Response send(HttpRequest.Builder builder) {
        headers.forEach(builder::header);
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(HttpResponse<String> raw) {
        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
