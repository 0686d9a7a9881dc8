package nl.terugkeer.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.terugkeer.api.concurrency.ExpectedVersions;
import nl.terugkeer.api.http.WebConfiguration;
import nl.terugkeer.api.security.CommandMetadata;
import nl.terugkeer.core.shared.AlienId;
import nl.terugkeer.core.shared.CaseId;
import nl.terugkeer.core.shared.MunicipalityCode;
import nl.terugkeer.core.shared.VNumber;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v1/openapi.json}, generated from the controllers and completed here so that it
 * passes the NL API Design Rules linter (ADR 0008): the server carries the major version ({@code /v1}) and the
 * paths are relative to it; every success response declares {@code API-Version}; every error is a problem detail
 * with {@code status}, {@code title} and {@code detail}; every operation that takes input can answer 400.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BASE_PATH = "/v1";
    static final String PROBLEM = "Problem";
    static final String BEARER = "bearer-jwt";

    static {
        // CommandMetadata and ExpectedVersions are resolved from the token and headers, not from the request's
        // parameters; the model's value types travel as their one value (@JsonValue).
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(CommandMetadata.class, ExpectedVersions.class)
                .replaceWithSchema(
                        CaseId.class, new StringSchema().format("uuid").description("The id of a case"))
                .replaceWithSchema(
                        AlienId.class, new StringSchema().format("uuid").description("The id of a person"))
                .replaceWithSchema(
                        VNumber.class,
                        new StringSchema()
                                .pattern("^[0-9]{10}$")
                                .example("1234567890")
                                .description("The V-number (vreemdelingennummer), 10 digits"))
                .replaceWithSchema(
                        MunicipalityCode.class,
                        new StringSchema()
                                .pattern("^GM[0-9]{4}$")
                                .example("GM0363")
                                .description("A municipality's CBS code"));
    }

    @Bean
    OpenAPI returnApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Terugkeerproces API")
                        .version(WebConfiguration.API_VERSION)
                        .description("Event-sourced backend of the Dutch return process: return cases, the person's"
                                + " legal position, histories, as-of views and work lists. Personal data never"
                                + " appears in a path or query string.")
                        .contact(new Contact()
                                .name("Team terugkeerproces")
                                .url("https://github.com/terugkeer/return-process")
                                .email("terugkeerproces@example.org")))
                .servers(List.of(new Server().url(BASE_PATH).description("This service, major version 1")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("OAuth2 access token with the claims sub, roles (one of"
                                                + " GEMEENTE, DTENV, IND, AUDITOR, ANALYST, ADMIN) and"
                                                + " organisation")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer designRules() {
        return OpenApiConfiguration::applyDesignRules;
    }

    static void applyDesignRules(OpenAPI openApi) {
        CommandSubResources.expand(openApi);
        AnswerSchemas.add(openApi);
        Paths relative = new Paths();
        openApi.getPaths().forEach((path, item) -> {
            String key = path.startsWith(BASE_PATH + "/") ? path.substring(BASE_PATH.length()) : path;
            relative.addPathItem(key, item);
            item.readOperationsMap().forEach((method, operation) -> complete(method, key, operation));
        });
        openApi.setPaths(relative);
        if (openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().remove("ProblemDetail");
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        DocumentedLimits.apply(openApi);
    }

    private static void complete(PathItem.HttpMethod method, String path, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        Descriptions.describe(method, path, operation);
        String created = path.startsWith("/admin/") ? "202" : "201";
        if (method == PathItem.HttpMethod.POST
                && !path.endsWith("/_zoek")
                && responses.containsKey("200")
                && !responses.containsKey(created)) {
            ApiResponse ok = responses.remove("200");
            ok.setDescription(created.equals("201") ? "Recorded" : "Accepted");
            responses.addApiResponse(created, ok);
        }
        Map<String, ApiResponse> errors = new LinkedHashMap<>();
        boolean hasInput = method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (hasInput) {
            errors.put("400", problem("The request is malformed or invalid; the detail says what is wrong."));
        }
        errors.put("401", problem("No valid bearer token."));
        errors.put("403", problem("The token's role may not do this."));
        if (path.contains("{")) {
            errors.put("404", problem("No such resource, or not visible to the caller's organisation."));
        }
        if (method == PathItem.HttpMethod.POST) {
            errors.put(
                    "409",
                    problem("Another change to the same case or person was recorded first, or a request"
                            + " with the same Idempotency-Key is still being handled."));
            errors.put(
                    "422",
                    problem("A rule of the return process refuses the command, or the Idempotency-Key"
                            + " was used for another request."));
            withHeader(
                    operation,
                    header(
                            "Idempotency-Key",
                            "A key chosen by the client (1-255 visible ASCII characters). A retry with the same key and"
                                    + " body gets the first answer again and records nothing new."));
            if (path.matches("/(cases|aliens)/\\{id}/[a-z-]+")) {
                withHeader(
                        operation,
                        header(
                                "If-Match",
                                "The ETag (version) the client last saw; if the case or person has changed since, 412."));
                errors.put("412", problem("If-Match names a version that is no longer current."));
            }
            if (path.startsWith("/cases")) {
                withHeader(
                        operation,
                        header(
                                "Prefer",
                                "return=representation: wait (at most 5 s) until the case status includes this change and"
                                        + " embed it as _embedded.caseStatus (Preference-Applied tells that it did)."));
            }
        }
        errors.put(
                "503",
                problem("The access log cannot record this request, so nothing was done and nothing is answered"
                        + " (ADR 0009); try again later."));
        errors.forEach((status, response) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, response);
            }
        });
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
                if (response.getDescription() == null
                        || response.getDescription().isBlank()) {
                    response.setDescription("A problem detail (RFC 9457).");
                }
            } else if (status.startsWith("2") || status.startsWith("3")) {
                if (method == PathItem.HttpMethod.POST || path.matches("/(cases|aliens)/\\{[^}]+}")) {
                    response.addHeaderObject(
                            "ETag",
                            new Header()
                                    .description("The version of the case or person after this request.")
                                    .schema(new StringSchema().example("\"3\"")));
                }
                if (response.getHeaders() == null || !response.getHeaders().containsKey("API-Version")) {
                    response.addHeaderObject(
                            "API-Version",
                            new Header()
                                    .description("The full semantic version of the API.")
                                    .schema(new StringSchema().example(WebConfiguration.API_VERSION)));
                }
            }
        });
    }

    /** Adds the header parameter, or completes the one the controller declared under that name. */
    private static void withHeader(Operation operation, Parameter header) {
        if (operation.getParameters() != null) {
            operation
                    .getParameters()
                    .removeIf(
                            p -> "header".equals(p.getIn()) && header.getName().equals(p.getName()));
        }
        operation.addParametersItem(header);
    }

    private static Parameter header(String name, String description) {
        return new Parameter()
                .in("header")
                .name(name)
                .required(false)
                .description(description)
                .schema(new StringSchema());
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        "application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("A problem detail (RFC 9457).")
                .addProperty("type", new StringSchema().description("A URI that identifies the problem type."))
                .addProperty("status", new IntegerSchema().description("The HTTP status code."))
                .addProperty("title", new StringSchema().description("A short summary of the problem type."))
                .addProperty("detail", new StringSchema().description("What is wrong with this request."))
                .addProperty("instance", new StringSchema().description("The request path."))
                .addProperty("code", new StringSchema().description("A stable code for the problem."))
                .required(List.of("status", "title", "detail"));
    }
}
