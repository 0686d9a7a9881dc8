package nl.terugkeer.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import nl.terugkeer.api.commands.CommandRoutes;

/** Summaries and parameter descriptions for operations whose controller gives none. */
final class Descriptions {

    private Descriptions() {}

    private static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry("POST /cases", "Signal a return case for a registered person"),
            Map.entry("GET /cases/{caseId}", "Where the case stands; as-of views with geldigOp and beschikbaarOp"),
            Map.entry("GET /cases/{caseId}/history", "The timeline of the case and its person, with who recorded what"),
            Map.entry("POST /cases/{id}/{subResource}", "Record a command on the case as an entry of a sub-resource"),
            Map.entry("GET /cases/{id}/{subResource}", "The entries of one sub-resource of the case"),
            Map.entry("POST /aliens", "Register a person"),
            Map.entry("GET /aliens/{alienId}", "The person's legal position (no names or numbers); as-of views"),
            Map.entry("POST /aliens/{id}/{subResource}", "Record a command on the person's legal position"),
            Map.entry("GET /aliens/{id}/{subResource}", "The entries of one sub-resource of the person"),
            Map.entry("POST /aliens/_zoek", "Find persons by V-number or name, given in the body"),
            Map.entry("POST /cases/_zoek", "Find the cases of persons by V-number or name, given in the body"),
            Map.entry("GET /aliens/{alienId}/entitlement", "Entitled to rijksopvang or not, why, since and until when"),
            Map.entry("GET /aliens/{alienId}/entitlement-periods", "The person's periods of entitlement"),
            Map.entry("GET /work-lists", "Open cases with deadlines due soon, per case manager or municipality"),
            Map.entry("GET /access-log", "The access log: who read or changed whose data (auditors only)"),
            Map.entry("POST /access-log/_zoek", "Search the access log by the person's id in the body (auditors only)"),
            Map.entry("GET /admin/projections", "The state of every projection"),
            Map.entry("POST /admin/projections/{name}/rebuild", "Rebuild one projection from the events"));

    static void describe(PathItem.HttpMethod method, String path, Operation operation) {
        if (operation.getSummary() == null) {
            operation.setSummary(SUMMARIES.getOrDefault(method.name() + " " + path, fallback(method, path)));
        }
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("subResource".equals(parameter.getName()) && path.startsWith("/cases/")) {
                parameter
                        .description("The kind of entry (the command it records)")
                        .schema(new StringSchema()._enum(subResources(CommandRoutes.Aggregate.CASE)));
            } else if ("subResource".equals(parameter.getName()) && path.startsWith("/aliens/")) {
                parameter
                        .description("The kind of entry (the command it records)")
                        .schema(new StringSchema()._enum(subResources(CommandRoutes.Aggregate.ALIEN)));
            } else if (parameter.getDescription() == null) {
                parameter.description(
                        switch (parameter.getName()) {
                            case "id", "caseId", "alienId" -> "The id of the case or person (not personal data)";
                            case "geldigOp" -> "Show the state valid on this date";
                            case "beschikbaarOp" -> "Show the state as it was known at this moment (UTC)";
                            default -> parameter.getName();
                        });
            }
        }
    }

    private static List<String> subResources(CommandRoutes.Aggregate aggregate) {
        return CommandRoutes.ALL.stream()
                .filter(route -> route.aggregate() == aggregate)
                .map(CommandRoutes.Route::subResource)
                .toList();
    }

    private static String fallback(PathItem.HttpMethod method, String path) {
        String resource = path.replaceAll("\\{[^}]+}", "").replaceAll("/+", " ").trim();
        return (method == PathItem.HttpMethod.GET ? "Read " : "Change ") + resource;
    }
}
