package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RoutingTest {

    @TestHTTPResource("/")
    URI root;

    @ParameterizedTest
    @CsvSource({
            "GET, /api/petitions/myanmar-arms-embargo, petition-service",
            "GET, /api/petitions/myanmar-arms-embargo/tally?at=now, petition-service",
            "POST, /api/signatures/confirm, petition-service",
            "GET, /p/myanmar-arms-embargo, petition-service",
            "GET, /confirm?token=t0k3n, petition-service",
            "GET, /withdraw?token=t0k3n, petition-service",
            "GET, /widget.js, petition-service",
            "GET, /embed/myanmar-arms-embargo?partner=demo-partner, petition-service" })
    void publicPathsReachTheirService(String method, String pathAndQuery, String service) {
        given().when().request(method, pathAndQuery)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo(method))
                .body("uri", equalTo(pathAndQuery));
    }

    @Test
    void pathQueryAndBodyArriveIntact() throws Exception {
        // java.net.http sends the query exactly as written (REST Assured would reorder and re-encode it).
        String pathAndQuery = "/api/signatures/withdraw?a=1&b=two%20words&a=3";
        String body = "{\"token\":\"abc\",\"note\":\"ünïcode\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root.resolve(pathAndQuery))
                .header("Content-Type", "application/json; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        JsonObject echo = new JsonObject(response.body());
        assertEquals("PUT", echo.getString("method"));
        assertEquals(pathAndQuery, echo.getString("uri"));
        assertEquals(body, echo.getString("body"));
        assertEquals("application/json; charset=UTF-8", echo.getJsonObject("headers").getString("content-type"));
    }

    @Test
    void serviceStatusAndHeadersComeBack() {
        given().header("X-Stand-In-Status", "201")
                .when().post("/api/signatures/confirm")
                .then().statusCode(201)
                .header("X-Served-By", "petition-service")
                .contentType("application/json");
    }

    @Test
    void forwardedHeadersAreSetAndHopByHopHeadersStayBehind() {
        given().header("Connection", "keep-alive, X-Private-Hop")
                .header("X-Private-Hop", "secret")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("X-Forwarded-For", "203.0.113.7")
                .header("Authorization", "Bearer passed-along")
                .when().get("/p/myanmar-arms-embargo")
                .then().statusCode(200)
                .body("headers", not(hasKey("x-private-hop")))
                .body("headers", not(hasKey("proxy-authorization")))
                .body("headers", not(hasKey("connection")))
                .body("headers.authorization", equalTo("Bearer passed-along"))
                .body("headers.x-forwarded-for", equalTo("203.0.113.7, 127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", notNullValue());
    }

    @ParameterizedTest
    @CsvSource({ "/", "/nowhere", "/api/petitionsX", "/api/other", "/confirm/more", "/widget.jsx" })
    void unknownPathIsNotFoundProblem(String path) {
        given().when().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", notNullValue());
    }

    @Test
    void dotSegmentsCannotLeaveAPublicRoute() {
        given().when().post("/api/petitions/x/../../letters/batches")
                .then().statusCode(401);
    }
}
