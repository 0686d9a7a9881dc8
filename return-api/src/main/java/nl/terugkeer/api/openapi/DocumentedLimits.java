package nl.terugkeer.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The limits the server enforces, written into the OpenAPI document (issue 14, fuzzing finding): page and page size
 * (1-500; 1-100 for the access log), the V-number (10 digits), the municipality code (GM and 4 digits) and the
 * Idempotency-Key (1-255 visible ASCII characters). A client generated from the document then never sends what
 * the server refuses for its form.
 */
final class DocumentedLimits {

    static final String V_NUMBER = "^[0-9]{10}$";
    static final String MUNICIPALITY = "^GM[0-9]{4}$";
    static final String IDEMPOTENCY_KEY = "^[\\x21-\\x7e]{1,255}$";

    private DocumentedLimits() {}

    static void apply(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (operation.getParameters() == null) {
                return;
            }
            for (Parameter parameter : operation.getParameters()) {
                limit(path, parameter);
            }
        }));
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas != null) {
            schemas.values().forEach(DocumentedLimits::limitProperties);
            if (schemas.get("VNumber") != null) {
                schemas.get("VNumber").setPattern(V_NUMBER);
            }
            if (schemas.get("MunicipalityCode") != null) {
                schemas.get("MunicipalityCode").setPattern(MUNICIPALITY);
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static void limit(String path, Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || parameter.getName() == null) {
            return;
        }
        switch (parameter.getName()) {
            case "page" -> schema.setMinimum(BigDecimal.ONE);
            case "pageSize" -> {
                schema.setMinimum(BigDecimal.ONE);
                schema.setMaximum(BigDecimal.valueOf(path.startsWith("/access-log") ? 100 : 500));
            }
            case "municipalityCode" -> schema.setPattern(MUNICIPALITY);
            case "vNumber" -> schema.setPattern(V_NUMBER);
            case "Idempotency-Key" -> {
                schema.setPattern(IDEMPOTENCY_KEY);
                schema.setMinLength(1);
                schema.setMaxLength(255);
            }
            default -> {}
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void limitProperties(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.forEach((name, property) -> {
            if ("vNumber".equals(name) && property.get$ref() == null) {
                property.setPattern(V_NUMBER);
            } else if (("municipalityCode".equals(name) || "participatingMunicipality".equals(name))
                    && property.get$ref() == null) {
                property.setPattern(MUNICIPALITY);
            }
        });
    }
}
