package nl.terugkeer.api.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.terugkeer.api.commands.CommandRoutes;
import nl.terugkeer.api.commands.CommandRoutes.Aggregate;
import nl.terugkeer.api.commands.CommandRoutes.Route;

/**
 * The command sub-resources as the client sees them: one path per command ({@code /cases/{id}/departure-interviews}),
 * whose POST takes that command's own body schema (generated from the command record, without the id of the case
 * or person, which comes from the path) and whose GET lists that sub-resource's entries. The controller serves them
 * all through one mapping ({@code /cases/{id}/{subResource}}), which the document does not show.
 */
final class CommandSubResources {

    static final String RECORDED = "CommandRecorded";
    static final String ENTRIES = "HistoryEntryPage";

    private CommandSubResources() {}

    @SuppressWarnings({"rawtypes", "unchecked"})
    static void expand(OpenAPI openApi) {
        PathItem template = openApi.getPaths().remove("/v1/{collection}/{id}/{subResource}");
        if (template == null) {
            return;
        }
        // the generic body (a JSON object) that only the hidden mapping took
        openApi.getComponents().getSchemas().remove("JsonNode");
        for (Route route : CommandRoutes.ALL) {
            Aggregate aggregate = route.aggregate();
            String name = route.commandType().getSimpleName();
            Map<String, Schema> schemas = ModelConverters.getInstance().readAll(new AnnotatedType(route.commandType()));
            schemas.forEach((schemaName, schema) -> {
                if (!schemaName.equals(name)) {
                    openApi.getComponents().getSchemas().putIfAbsent(schemaName, schema);
                }
            });
            Schema body = schemas.get(name);
            if (body.getProperties() != null) {
                body.getProperties().remove(aggregate.idField());
            }
            if (body.getRequired() != null) {
                body.getRequired().remove(aggregate.idField());
            }
            List<String> required = RequiredFields.of(route.commandType());
            body.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
            body.setDescription(
                    Descriptions.words(name) + " (" + route.eventType().getSimpleName() + ")");
            openApi.getComponents().addSchemas(name, body);
            PathItem item = new PathItem()
                    .post(new Operation()
                            .tags(template.getPost().getTags())
                            .operationId(lowerFirst(name))
                            .summary(Descriptions.words(name))
                            .addParametersItem(idParameter(aggregate))
                            .requestBody(new RequestBody().required(true).content(json(ref(name))))
                            .responses(new ApiResponses()
                                    .addApiResponse(
                                            "201",
                                            new ApiResponse()
                                                    .description("Recorded")
                                                    .content(new Content()
                                                            .addMediaType(
                                                                    "application/json",
                                                                    new MediaType().schema(ref(RECORDED)))))))
                    .get(new Operation()
                            .tags(template.getGet().getTags())
                            .operationId("list" + route.eventType().getSimpleName())
                            .summary("The "
                                    + Descriptions.words(route.eventType().getSimpleName())
                                            .toLowerCase() + " entries")
                            .parameters(new ArrayList<>(List.of(idParameter(aggregate))))
                            .parameters(withPaging(template.getGet().getParameters(), aggregate))
                            .responses(new ApiResponses()
                                    .addApiResponse(
                                            "200",
                                            new ApiResponse().description("OK").content(json(ref(ENTRIES))))));
            openApi.getPaths().addPathItem("/v1/" + aggregate.path() + "/{id}/" + route.subResource(), item);
        }
    }

    /** An example for every date and id, so that a client's generated mocks and the rendered docs read well. */
    @SuppressWarnings("rawtypes")
    private static void withExamples(Schema body) {
        if (body.getProperties() == null) {
            return;
        }
        for (Object value : body.getProperties().values()) {
            Schema property = (Schema) value;
            if ("date".equals(property.getFormat()) && property.getExample() == null) {
                property.setExample("2026-05-01");
            } else if ("uuid".equals(property.getFormat()) && property.getExample() == null) {
                property.setExample("3fa85f64-5717-4562-b3fc-2c963f66afa6");
            }
        }
    }

    private static List<Parameter> withPaging(List<Parameter> templateParameters, Aggregate aggregate) {
        List<Parameter> parameters = new ArrayList<>(List.of(idParameter(aggregate)));
        if (templateParameters != null) {
            templateParameters.stream()
                    .filter(p -> p.getName().equals("page") || p.getName().equals("pageSize"))
                    .forEach(parameters::add);
        }
        return parameters;
    }

    private static Parameter idParameter(Aggregate aggregate) {
        return new Parameter()
                .in("path")
                .name("id")
                .required(true)
                .description(aggregate == Aggregate.CASE ? "The id of the case" : "The id of the person")
                .schema(new StringSchema().format("uuid"));
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
