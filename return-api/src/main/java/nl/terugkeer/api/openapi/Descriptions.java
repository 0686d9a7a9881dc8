package nl.terugkeer.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;

/** Summaries and parameter descriptions for operations whose controller gives none. */
final class Descriptions {

    private Descriptions() {}

    private static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry("POST /cases", "Signal a return case for a registered person"),
            Map.entry("GET /cases/{caseId}", "Where the case stands; as-of views with geldigOp and beschikbaarOp"),
            Map.entry("GET /cases/{caseId}/history", "The timeline of the case and its person, with who recorded what"),
            Map.entry("POST /aliens", "Register a person"),
            Map.entry("GET /aliens/{alienId}", "The person's legal position (no names or numbers); as-of views"),
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
            if (parameter.getDescription() == null) {
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

    /** {@code RecordDepartureInterview} as "Record departure interview". */
    static String words(String typeName) {
        String spaced = typeName.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String fallback(PathItem.HttpMethod method, String path) {
        String resource = path.replaceAll("\\{[^}]+}", "").replaceAll("/+", " ").trim();
        return (method == PathItem.HttpMethod.GET ? "Read " : "Change ") + resource;
    }
}
