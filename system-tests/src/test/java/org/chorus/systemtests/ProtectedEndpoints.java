package org.chorus.systemtests;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint under /api/ that a service serves and that needs a login, read from the running services' own
 * OpenAPI documents: a new endpoint is covered by the access tests the day it is added, without anyone listing it.
 * Path parameters are filled with values that name nothing, so that a call that wrongly got through would change
 * nothing of the demo campaign.
 */
final class ProtectedEndpoints {

    /** The services and where each answers directly (bypassing the gateway). */
    static final List<String> SERVICES = List.of("http://localhost:8081", "http://localhost:8082",
            "http://localhost:8083");

    /** What anyone may call under /api/ (API.md): signing, counting, confirming, withdrawing, a signer's receipt. */
    private static final Set<String> PUBLIC = Set.of("GET /api/petitions/{slug}", "GET /api/petitions/{slug}/tally",
            "GET /api/petitions/{slug}/tally/stream", "GET /api/petitions/{slug}/proof-of-work",
            "POST /api/petitions/{slug}/signatures", "POST /api/signatures/confirm", "POST /api/signatures/withdraw",
            "GET /api/letters/batches/{id}/receipts/{signatureId}");

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** One operation of a service, with its path parameters filled. */
    record Call(String service, String method, String template, String path) {

        boolean forPartners() {
            return template.startsWith("/api/partner/");
        }

        Response send(String base, RequestSpecification request) {
            if (WRITES.contains(method)) {
                request = request.contentType(ContentType.JSON).body("{}");
            }
            return request.when().request(method, base + path);
        }

        @Override
        public String toString() {
            return method + " " + template + " of " + service;
        }
    }

    private ProtectedEndpoints() {
    }

    static List<Call> all() {
        List<Call> calls = new ArrayList<>();
        for (String service : SERVICES) {
            Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).when().get(service + "/q/openapi")
                    .then().statusCode(200).extract().path("paths");
            paths.forEach((template, operations) -> operations.keySet().stream()
                    .map(String::toUpperCase)
                    .filter(method -> Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method))
                    .filter(method -> template.startsWith("/api/") && !PUBLIC.contains(method + " " + template))
                    .forEach(method -> calls.add(new Call(service, method, template, filled(template)))));
        }
        return calls;
    }

    private static String filled(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = name.equals("locale") ? "en"
                    : name.toLowerCase().contains("slug") ? "no-such-slug" : UUID.randomUUID().toString();
            parameter.appendReplacement(path, value);
        }
        parameter.appendTail(path);
        return path.toString();
    }
}
