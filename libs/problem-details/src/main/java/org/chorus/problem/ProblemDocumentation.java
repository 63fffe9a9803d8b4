package org.chorus.problem;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Says in every OpenAPI document of a service what its error answers look like, so that each operation only names
 * which errors it can give and why: every 4xx and 5xx answer is problem+json (the {@code Problem} schema), a page's
 * an HTML page but for a missing login, and every operation that takes a body can answer 413 (BodySizeLimit). Runs at
 * startup, after the answers Quarkus adds itself (400 for operations with input, 401 and 403 for secured ones).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.RUNTIME_STARTUP,
        documentNames = OpenApiFilter.FILTER_RUN_FOR_ANY_DOCUMENT)
public class ProblemDocumentation implements OASFilter {

    static final String SCHEMA = "Problem";

    /** What Quarkus' own answers (described "Bad Request", "Not Authorized", "Not Allowed") mean here. */
    private static final Map<String, String> GENERIC = Map.of(
            "Bad Request", "The input breaks a rule or is not JSON; a validation problem's errors name each field.",
            "Not Authorized", "No valid bearer token of Keycloak realm chorus.",
            "Not Allowed", "The token's roles do not allow this operation.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addSchema(openAPI.getComponents());
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().values().forEach(ProblemDocumentation::document);
        }
    }

    private static void document(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getRequestBody() != null && operation.getResponses().getAPIResponse("413") == null) {
            operation.getResponses().addAPIResponse("413", OASFactory.createAPIResponse()
                    .description("The body is larger than the service accepts."));
        }
        boolean page = isPage(operation);
        operation.getResponses().getAPIResponses().forEach((status, response) -> describe(status, response, page));
    }

    /** A page (its answers are HTML) tells a person what went wrong with a page too, but for a missing login. */
    private static boolean isPage(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .filter(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null
                        && e.getValue().getContent().getMediaTypes() != null)
                .anyMatch(e -> e.getValue().getContent().getMediaTypes().keySet().stream()
                        .allMatch(type -> type.startsWith(MediaType.TEXT_HTML)));
    }

    private static void describe(String status, APIResponse response, boolean page) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        if (response.getDescription() != null && GENERIC.containsKey(response.getDescription())) {
            response.setDescription(GENERIC.get(response.getDescription()));
        }
        Content content = response.getContent();
        if (content != null && content.getMediaTypes() != null && !content.getMediaTypes().isEmpty()) {
            return;   // declared by the operation itself
        }
        if (page && !status.equals("401") && !status.equals("403")) {
            response.setContent(OASFactory.createContent().addMediaType(MediaType.TEXT_HTML,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
            return;
        }
        int code = Integer.parseInt(status);
        Response.Status known = Response.Status.fromStatusCode(code);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = response.getDescription() == null ? title : response.getDescription();
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA))
                .addExample("problem", OASFactory.createExample()
                        .value(Map.of("title", title, "status", code, "detail", detail)))));
    }

    private static void addSchema(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey(SCHEMA)) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        components.addSchema(SCHEMA, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; errors lists the fields a validation problem is about.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("/problems/{name}: what went wrong, stable for programs to test"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)));
    }
}
