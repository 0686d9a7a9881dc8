package nl.terugkeer.api.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.terugkeer.api.http.Links;
import nl.terugkeer.api.security.NeedToKnow;

/**
 * The schemas of answers whose controllers build them as maps (the command answers, which may embed the case's
 * status) or return through one generic mapping (the pages of history entries). Each record here is
 * the documented form; {@code OpenApiContractTest} validates real answers against the document.
 */
final class AnswerSchemas {

    private AnswerSchemas() {}

    /** The answer to signalling a case. */
    record CaseSignalled(UUID caseId, Links _links, Embedded _embedded) {}

    /** The answer to registering a person. */
    record AlienRegistered(UUID alienId, Links _links) {}

    /** The answer to a command on a sub-resource: the type of the event it recorded. */
    record CommandRecorded(String recorded, Links _links, Embedded _embedded) {}

    /** With {@code Prefer: return=representation}: the case's status after the command. */
    record Embedded(Map<String, Object> caseStatus) {}

    /** A page of history entries. */
    record HistoryEntryPage(List<NeedToKnow.HistoryEntryView> entries, Links _links) {}

    private static final Map<String, Class<?>> ANSWERS = Map.of(
            "POST /v1/cases", CaseSignalled.class,
            "POST /v1/aliens", AlienRegistered.class,
            "GET /v1/cases/{caseId}/history", HistoryEntryPage.class);

    @SuppressWarnings({"rawtypes", "unchecked"})
    static void add(OpenAPI openApi) {
        for (Class<?> type :
                List.of(CaseSignalled.class, AlienRegistered.class, CommandRecorded.class, HistoryEntryPage.class)) {
            Map<String, Schema> schemas = ModelConverters.getInstance().readAll(new AnnotatedType(type));
            schemas.forEach(openApi.getComponents().getSchemas()::putIfAbsent);
        }
        Schema embedded = openApi.getComponents().getSchemas().get("Embedded");
        if (embedded != null && openApi.getComponents().getSchemas().containsKey("CaseStatusResponse")) {
            embedded.setProperties(new java.util.LinkedHashMap<>(
                    Map.of("caseStatus", new Schema<>().$ref("#/components/schemas/CaseStatusResponse"))));
        }
        ANSWERS.forEach((key, type) -> {
            String[] methodAndPath = key.split(" ", 2);
            PathItem item = openApi.getPaths().get(methodAndPath[1]);
            if (item == null) {
                return;
            }
            Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(methodAndPath[0]));
            if (operation == null || operation.getResponses() == null) {
                return;
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    answer(response, type.getSimpleName());
                }
            });
        });
    }

    private static void answer(ApiResponse response, String schemaName) {
        response.setContent(new Content()
                .addMediaType(
                        "application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schemaName))));
    }
}
