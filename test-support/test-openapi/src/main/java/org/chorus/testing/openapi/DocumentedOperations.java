package org.chorus.testing.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What each operation of an OpenAPI document (JSON) must say for a developer who reads only the document: a summary
 * of its own (not the Java method's name, which is what SmallRye writes when nobody wrote one), a description, and
 * at least one 4xx answer; every 4xx and 5xx answer is problem+json, or, from a page, an HTML page. The operation ids
 * must name the Java method ({@code quarkus.smallrye-openapi.operation-id-strategy=class-method}), so that a summary
 * copied from the method's name is caught.
 */
public final class DocumentedOperations {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String HTML = "text/html";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private DocumentedOperations() {
    }

    /** One line per shortcoming, {@code "GET /api/x: ..."}; empty when every operation says what it must. */
    public static List<String> faults(String openApiJson) {
        JsonNode paths = read(openApiJson).path("paths");
        List<String> faults = new ArrayList<>();
        if (paths.isEmpty()) {
            faults.add("the document has no paths");
        }
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    check(operation.getValue()).forEach(fault -> faults.add(name + ": " + fault));
                }
            }
        }
        return faults;
    }

    private static List<String> check(JsonNode operation) {
        List<String> faults = new ArrayList<>();
        String summary = operation.path("summary").asText("");
        String method = javaMethod(operation.path("operationId").asText(""));
        if (summary.isBlank()) {
            faults.add("no summary");
        } else if (method.isEmpty()) {
            faults.add("no operationId naming its Java method");
        } else if (letters(summary).equals(letters(method))) {
            faults.add("its summary \"" + summary + "\" is only the Java method's name");
        }
        if (operation.path("description").asText("").isBlank()) {
            faults.add("no description");
        }
        boolean clientError = false;
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            String status = response.getKey();
            clientError |= status.startsWith("4");
            boolean error = status.startsWith("4") || status.startsWith("5");
            JsonNode content = response.getValue().path("content");
            if (error && !content.has(PROBLEM_JSON) && !content.has(HTML)) {
                faults.add(status + " is not answered as " + PROBLEM_JSON + " (nor, by a page, as " + HTML + ")");
            }
        }
        if (!clientError) {
            faults.add("no 4xx answer");
        }
        return faults;
    }

    /** class-method ids are {@code Class_method}; SmallRye may add a suffix to keep ids unique. */
    private static String javaMethod(String operationId) {
        String method = operationId.substring(operationId.indexOf('_') + 1);
        return method.replaceFirst("_\\d+$", "");
    }

    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
        }
    }
}
